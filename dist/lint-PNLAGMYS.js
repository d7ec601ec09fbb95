import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-FA5ADUEX.js";
import {
  parseDockerfileText
} from "./chunk-6CNCI67E.js";
import "./chunk-DZMKCHFJ.js";
import "./chunk-NKYZU4DX.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-7T2DVH7N.js";
import {
  FileLintError
} from "./chunk-S33XTGDI.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-7JSKQSFC.js";
import "./chunk-RO55QLQJ.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";
export {
  FileLintError,
  Linter,
  errorLine,
  parseDockerfileText
};
