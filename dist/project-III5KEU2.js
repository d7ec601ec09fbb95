import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  describeDetection,
  percent,
  projectLicense,
  repositoryLicense
} from "./chunk-C4KPNP63.js";
import "./chunk-VF57VZD3.js";
export {
  describeDetection,
  percent,
  projectLicense,
  repositoryLicense
};
