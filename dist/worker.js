import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  makeRuleSet
} from "./chunk-KEFWOHLI.js";
import "./chunk-AKH3BUBS.js";
import "./chunk-7TFGM4KD.js";
import {
  Linter
} from "./chunk-FA5ADUEX.js";
import "./chunk-6CNCI67E.js";
import "./chunk-DZMKCHFJ.js";
import "./chunk-NKYZU4DX.js";
import "./chunk-HLZLW3LF.js";
import {
  optimizeGrammarsForLongRuns
} from "./chunk-7T2DVH7N.js";
import "./chunk-S33XTGDI.js";
import "./chunk-EQ46XGBI.js";
import "./chunk-7JSKQSFC.js";
import {
  decodeText,
  readRegularFileSync
} from "./chunk-RO55QLQJ.js";
import "./chunk-SZREWI2H.js";
import "./chunk-VF57VZD3.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
optimizeGrammarsForLongRuns();
var ruleSet = makeRuleSet();
var current;
function linterFor(config) {
  const key = JSON.stringify(config);
  if (current?.key !== key) {
    const linter = new Linter(ruleSet, {
      profile: config.profile,
      severities: new Map(config.severities),
      ignore: [],
      ignoreGlobs: [],
      private: null,
      failLevel: config.failLevel,
      source: null
    });
    current = { key, linter };
  }
  return current.linter;
}
async function lintBatch(request) {
  const linter = linterFor(request.config);
  const findings = [];
  const errors = [];
  for (const file of request.files) {
    let text;
    try {
      text = decodeText(file, readRegularFileSync(file));
    } catch (e) {
      errors.push(`${file}: ${e.message}`);
      continue;
    }
    const result = await linter.lintText(file, text);
    for (const f of result.findings) findings.push(f);
    for (const e of result.errors) errors.push(e);
  }
  return { findings, errors };
}
parentPort?.on("message", (request) => {
  void lintBatch(request).catch((e) => ({ findings: [], errors: [`${request.files.join(", ")}: ${e.stack ?? String(e)}`] })).then((reply) => parentPort?.postMessage(reply));
});
