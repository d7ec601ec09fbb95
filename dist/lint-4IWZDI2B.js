import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-O456JA2T.js";
import {
  parseDockerfileText
} from "./chunk-XHWDVE3Q.js";
import "./chunk-KJYI4M2F.js";
import "./chunk-ME74HWAP.js";
import "./chunk-UKMZNKWI.js";
import {
  FileLintError
} from "./chunk-VHZECTGP.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-22WLWT2S.js";
import "./chunk-6DTU62CM.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";
export {
  FileLintError,
  Linter,
  errorLine,
  parseDockerfileText
};
