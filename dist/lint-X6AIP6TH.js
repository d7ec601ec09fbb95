import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-AVLIF634.js";
import {
  parseDockerfileText
} from "./chunk-IP4N3TRN.js";
import "./chunk-7UNBXC4P.js";
import "./chunk-BZDZYGVP.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-UKMZNKWI.js";
import {
  FileLintError
} from "./chunk-VHZECTGP.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-22WLWT2S.js";
import "./chunk-SJVLKRHK.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";
export {
  FileLintError,
  Linter,
  errorLine,
  parseDockerfileText
};
