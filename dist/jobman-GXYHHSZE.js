import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
} from "./chunk-LWCLGKSB.js";
import "./chunk-A45OOQMS.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
};
