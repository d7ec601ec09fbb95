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
} from "./chunk-WD4YKMAG.js";
import "./chunk-Q44PZCA3.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-LXTLCW2B.js";
import "./chunk-QJ7IY6KL.js";
import "./chunk-ECX3T5YN.js";
import "./chunk-4MNREWED.js";
import "./chunk-22WLWT2S.js";
import "./chunk-3AQEHB2F.js";
import "./chunk-SJVLKRHK.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-SZREWI2H.js";
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
