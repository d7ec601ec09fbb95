import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-2X6PH6EX.js";
import "./chunk-OEG2IGPX.js";
import "./chunk-BUKZINYZ.js";
import "./chunk-R5ZA6B3C.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-U3ORZFCL.js";
import "./chunk-XRQSWACC.js";
import "./chunk-J4AQ6K6I.js";
import "./chunk-VLQWJGPQ.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
