import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
} from "./chunk-BGOJGAP3.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-WY5WSC7Q.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-D33BDPQG.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  MAX_DEPTH,
  buildEntrypointChain,
  usageExamples
};
