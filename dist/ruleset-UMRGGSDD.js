import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-L5QL2AAM.js";
import "./chunk-BRIL5EC4.js";
import "./chunk-P7ZECBQ3.js";
import "./chunk-C4KPNP63.js";
import "./chunk-CI53TVUJ.js";
import "./chunk-Y2WDVNEL.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-RWAWY74Y.js";
import "./chunk-7WUZ372P.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-D33BDPQG.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
