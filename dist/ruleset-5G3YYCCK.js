import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-VUNQXZLQ.js";
import "./chunk-OEG2IGPX.js";
import "./chunk-43OPX3F4.js";
import "./chunk-ZCYCEICG.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-XHWDVE3Q.js";
import "./chunk-KJYI4M2F.js";
import "./chunk-ME74HWAP.js";
import "./chunk-UKMZNKWI.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
