import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-KEFWOHLI.js";
import "./chunk-AKH3BUBS.js";
import "./chunk-7TFGM4KD.js";
import "./chunk-6CNCI67E.js";
import "./chunk-DZMKCHFJ.js";
import "./chunk-NKYZU4DX.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-7T2DVH7N.js";
import "./chunk-S33XTGDI.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
