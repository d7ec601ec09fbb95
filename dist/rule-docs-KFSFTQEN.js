import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  explainRule,
  listRules,
  listRulesJson,
  ruleMarkdown
} from "./chunk-W4SLFS7W.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";
export {
  explainRule,
  listRules,
  listRulesJson,
  ruleMarkdown
};
