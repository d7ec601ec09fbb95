import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
} from "./chunk-PFGSVFID.js";
import "./chunk-IBVU2JGA.js";
import "./chunk-BZDZYGVP.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-UKMZNKWI.js";
import "./chunk-VHZECTGP.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-VF57VZD3.js";
export {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
};
