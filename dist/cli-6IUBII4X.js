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
} from "./chunk-JQA22SUB.js";
import "./chunk-2NWXWBYG.js";
import "./chunk-RLRMCQ7G.js";
import "./chunk-6XQCBPTG.js";
import "./chunk-KNVZAHY2.js";
import "./chunk-MYJXCK24.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-I7T3YYFL.js";
import "./chunk-SZREWI2H.js";
import "./chunk-CIRJO6HG.js";
import "./chunk-AY5ENJPW.js";
import "./chunk-6DTU62CM.js";
import "./chunk-TDPMOBAT.js";
import "./chunk-QHHN7UPP.js";
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
