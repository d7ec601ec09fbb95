import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
} from "./chunk-TZGIFGF4.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-HD44O2N2.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-A45OOQMS.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
};
