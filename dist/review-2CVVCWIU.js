import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  reviewRepository
} from "./chunk-EFHQXLL3.js";
import "./chunk-QULLPBXD.js";
import "./chunk-7JSKQSFC.js";
import "./chunk-RO55QLQJ.js";
import "./chunk-CQJNBCNA.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";
export {
  reviewRepository
};
