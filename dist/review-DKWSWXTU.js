import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  reviewRepository
} from "./chunk-W4XJVEXO.js";
import "./chunk-ECX3T5YN.js";
import "./chunk-4MNREWED.js";
import "./chunk-22WLWT2S.js";
import "./chunk-3AQEHB2F.js";
import "./chunk-SJVLKRHK.js";
import "./chunk-CQJNBCNA.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";
export {
  reviewRepository
};
