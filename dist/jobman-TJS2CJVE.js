import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
} from "./chunk-7TFGM4KD.js";
import "./chunk-7T2DVH7N.js";
import "./chunk-S33XTGDI.js";
import "./chunk-VF57VZD3.js";
export {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
};
