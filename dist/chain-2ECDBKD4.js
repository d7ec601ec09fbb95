import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
} from "./chunk-R5ZA6B3C.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-J4AQ6K6I.js";
import "./chunk-VLQWJGPQ.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-VF57VZD3.js";
export {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
};
