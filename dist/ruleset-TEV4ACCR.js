import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-LWHND4NY.js";
import "./chunk-OUVQ37RM.js";
import "./chunk-3X5I4E7A.js";
import "./chunk-HD6PQWEY.js";
import "./chunk-5TBVVWRI.js";
import "./chunk-ESIWSOIE.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-C72POPUP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-KF2KVCPK.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
