import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  reviewRepository
} from "./chunk-SGNUIVQH.js";
import "./chunk-ECX3T5YN.js";
import "./chunk-HJW2A7WD.js";
import "./chunk-22WLWT2S.js";
import "./chunk-ZLR7URAY.js";
import "./chunk-6DTU62CM.js";
import "./chunk-CQJNBCNA.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";
export {
  reviewRepository
};
