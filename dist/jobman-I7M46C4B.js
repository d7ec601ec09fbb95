import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
} from "./chunk-CI53TVUJ.js";
import "./chunk-D33BDPQG.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  parseImageRef,
  parseJobArguments,
  parseJobmanSubmit,
  readmeExamples,
  shellText
};
