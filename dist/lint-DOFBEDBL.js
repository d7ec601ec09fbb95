import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-RGMMS3JZ.js";
import {
  parseDockerfileText
} from "./chunk-BRIL5EC4.js";
import "./chunk-P7ZECBQ3.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-RWAWY74Y.js";
import "./chunk-7WUZ372P.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-D33BDPQG.js";
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
