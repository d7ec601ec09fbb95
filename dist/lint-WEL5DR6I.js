import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-LABWFJTJ.js";
import {
  parseDockerfileText
} from "./chunk-U3ORZFCL.js";
import "./chunk-XRQSWACC.js";
import "./chunk-J4AQ6K6I.js";
import "./chunk-VLQWJGPQ.js";
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
