import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
} from "./chunk-7KKTL7O2.js";
import "./chunk-IBVU2JGA.js";
import "./chunk-NKYZU4DX.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-7T2DVH7N.js";
import "./chunk-S33XTGDI.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-VF57VZD3.js";
export {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
};
