import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RecordingVfs
} from "./chunk-NQLW3KCZ.js";
import {
  Linter
} from "./chunk-RGMMS3JZ.js";
import {
  makeRuleSet
} from "./chunk-L5QL2AAM.js";
import "./chunk-BRIL5EC4.js";
import "./chunk-P7ZECBQ3.js";
import "./chunk-AXWLNZWU.js";
import {
  LocalVfs,
  readNamedFile
} from "./chunk-AY5ENJPW.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-SZREWI2H.js";
import {
  decodeText
} from "./chunk-6DTU62CM.js";
import "./chunk-C4KPNP63.js";
import "./chunk-CI53TVUJ.js";
import "./chunk-Y2WDVNEL.js";
import "./chunk-6X7DWYWZ.js";
import "./chunk-RWAWY74Y.js";
import "./chunk-7WUZ372P.js";
import "./chunk-HLZLW3LF.js";
import {
  loadGrammar,
  optimizeGrammarsForLongRuns
} from "./chunk-D33BDPQG.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var ruleSet = makeRuleSet();
if (workerData?.preload) loadGrammar("bash").catch(() => {
});
var current;
async function lintProjects(request) {
  const linter = linterFor(request.config);
  const replies = [];
  for (const job of request.projects) {
    const listed = LocalVfs.listed(job.root, job.label, job.files, job.truncated);
    const recording = job.record ? new RecordingVfs(listed) : null;
    const result = await linter.lint({ vfs: recording ?? listed, isRepository: job.isRepository, targets: job.targets, scope: job.scope, repository: job.repository, git: null });
    replies.push(recording ? { result, reads: await recording.recorded() } : { result });
  }
  return replies;
}
function linterFor(config) {
  const key = JSON.stringify(config);
  if (current?.key !== key) {
    const linter = new Linter(ruleSet, {
      profile: config.profile,
      otherProfiles: config.otherProfiles,
      severities: new Map(config.severities),
      ignore: [],
      ignoreGlobs: [],
      private: config.private,
      failLevel: config.failLevel,
      source: null
    });
    current = { key, linter };
  }
  return current.linter;
}
async function lintBatch(request) {
  optimizeGrammarsForLongRuns();
  const linter = linterFor(request.config);
  const findings = [];
  const errors = [];
  for (const file of request.files) {
    let text;
    try {
      text = decodeText(file, readNamedFile(file));
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
  if ("projects" in request) {
    void lintProjects(request).catch((e) => request.projects.map(() => ({ result: crashed(`${request.projects.map((p) => p.label).join(", ")}: ${e.message ?? String(e)}`) }))).then((reply) => parentPort?.postMessage(reply));
    return;
  }
  void lintBatch(request).catch((e) => ({ findings: [], errors: [`${request.files.join(", ")}: ${e.stack ?? String(e)}`] })).then((reply) => parentPort?.postMessage(reply));
});
function crashed(message) {
  return { findings: [], skipped: [], files: [], internalErrors: [message], crashes: [message], unread: [] };
}
