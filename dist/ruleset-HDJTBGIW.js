import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-22ETQCIV.js";
import "./chunk-OEG2IGPX.js";
import "./chunk-QTQQDATI.js";
import "./chunk-IRTTP4NW.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-OJ7GVOEY.js";
import "./chunk-2XLHFGKE.js";
import "./chunk-AOFKJ3N4.js";
import "./chunk-K65MXE3T.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
