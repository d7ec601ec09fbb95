import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  describeDetection,
  percent,
  projectLicense,
  repositoryLicense
} from "./chunk-LJMRI5OF.js";
import "./chunk-VF57VZD3.js";
export {
  describeDetection,
  percent,
  projectLicense,
  repositoryLicense
};
