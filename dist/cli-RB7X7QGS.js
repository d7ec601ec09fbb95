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
} from "./chunk-T6WZQ5SJ.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-E6JAZCN7.js";
import "./chunk-QULLPBXD.js";
import "./chunk-7JSKQSFC.js";
import "./chunk-RO55QLQJ.js";
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
