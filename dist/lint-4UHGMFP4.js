import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-DHOGZ6KL.js";
import {
  parseDockerfileText
} from "./chunk-OJ7GVOEY.js";
import "./chunk-2XLHFGKE.js";
import "./chunk-AOFKJ3N4.js";
import "./chunk-K65MXE3T.js";
import {
  FileLintError
} from "./chunk-VHZECTGP.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-VF57VZD3.js";
export {
  FileLintError,
  Linter,
  errorLine,
  parseDockerfileText
};
