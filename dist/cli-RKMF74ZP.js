import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  STDIN_NAME,
  errorLine,
  failed,
  lintCommand,
  maskedIo,
  runCli,
  writeReportFile
} from "./chunk-HOSI4SLR.js";
import "./chunk-E6JAZCN7.js";
import "./chunk-QULLPBXD.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-63ZDQNVZ.js";
import "./chunk-7JSKQSFC.js";
import "./chunk-RO55QLQJ.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VP7USP2Q.js";
import "./chunk-6OYWZZZT.js";
import "./chunk-AKH3BUBS.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-7TFGM4KD.js";
import "./chunk-7T2DVH7N.js";
import "./chunk-S33XTGDI.js";
import "./chunk-VF57VZD3.js";
export {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  STDIN_NAME,
  errorLine,
  failed,
  lintCommand,
  maskedIo,
  runCli,
  writeReportFile
};
