import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Linter,
  errorLine
} from "./chunk-MVBFCGVV.js";
import {
  parseDockerfileText
} from "./chunk-OJVLNEMA.js";
import "./chunk-MESOZZ23.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import "./chunk-6DTU62CM.js";
import "./chunk-WY5WSC7Q.js";
import "./chunk-VQIC7BFZ.js";
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
