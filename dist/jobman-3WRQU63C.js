import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
} from "./chunk-5TBVVWRI.js";
import "./chunk-KF2KVCPK.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
};
