import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_CACHE_FILE,
  LintCache,
  RecordingVfs,
  cacheFilePath,
  cacheInputs,
  keyFolderFor
} from "./chunk-LXTLCW2B.js";
import "./chunk-3AQEHB2F.js";
import "./chunk-SJVLKRHK.js";
import "./chunk-VF57VZD3.js";
export {
  DEFAULT_CACHE_FILE,
  LintCache,
  RecordingVfs,
  cacheFilePath,
  cacheInputs,
  keyFolderFor
};
