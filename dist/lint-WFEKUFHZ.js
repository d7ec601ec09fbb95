import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-GUHJNS4V.js";
import {
  parseDockerfileText
} from "./chunk-OUVQ37RM.js";
import "./chunk-3X5I4E7A.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-C72POPUP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-KF2KVCPK.js";
import {
  FileLintError
} from "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";
export {
  FileLintError,
  Linter,
  errorLine,
  parseDockerfileText
};
