import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  reviewRepository
} from "./chunk-KT2YTYFH.js";
import "./chunk-CQJNBCNA.js";
import "./chunk-W77HCS7B.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-WHQLALEC.js";
import "./chunk-AY5ENJPW.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-W4SLFS7W.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";
export {
  reviewRepository
};
