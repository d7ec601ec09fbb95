import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-NE7R4HMQ.js";
import "./chunk-7RB7SWRW.js";
import "./chunk-PS4IYBFE.js";
import "./chunk-HD6PQWEY.js";
import "./chunk-LWCLGKSB.js";
import "./chunk-TZGIFGF4.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-HD44O2N2.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-A45OOQMS.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
