import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-W724KZJS.js";
import "./chunk-OEG2IGPX.js";
import "./chunk-43OPX3F4.js";
import "./chunk-IP4N3TRN.js";
import "./chunk-7UNBXC4P.js";
import "./chunk-BZDZYGVP.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-UKMZNKWI.js";
import "./chunk-VHZECTGP.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-VF57VZD3.js";
export {
  makeRuleSet
};
