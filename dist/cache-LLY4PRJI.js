import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_CACHE_FILE,
  LintCache,
  RecordingVfs,
  cacheFilePath,
  cacheInputs,
  keyFolderFor
} from "./chunk-NQLW3KCZ.js";
import "./chunk-AXWLNZWU.js";
import "./chunk-AY5ENJPW.js";
import "./chunk-6DTU62CM.js";
import "./chunk-VF57VZD3.js";
export {
  DEFAULT_CACHE_FILE,
  LintCache,
  RecordingVfs,
  cacheFilePath,
  cacheInputs,
  keyFolderFor
};
