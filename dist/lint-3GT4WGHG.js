import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-XPKTSUYA.js";
import {
  parseDockerfileText
} from "./chunk-7RB7SWRW.js";
import "./chunk-PS4IYBFE.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-HD44O2N2.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-A45OOQMS.js";
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
