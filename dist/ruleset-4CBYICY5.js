import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-UY4OMVOU.js";
import "./chunk-UREPC4F4.js";
import "./chunk-GD2DQ5F6.js";
import "./chunk-HD6PQWEY.js";
import "./chunk-CI53TVUJ.js";
import "./chunk-UQB4BJO5.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-6ZC37WJK.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-D33BDPQG.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
