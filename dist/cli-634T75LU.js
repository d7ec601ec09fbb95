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
} from "./chunk-BJBSVHBV.js";
import "./chunk-Q44PZCA3.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-AZCENLLF.js";
import "./chunk-QJ7IY6KL.js";
import "./chunk-ECX3T5YN.js";
import "./chunk-HJW2A7WD.js";
import "./chunk-22WLWT2S.js";
import "./chunk-ZLR7URAY.js";
import "./chunk-6DTU62CM.js";
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
