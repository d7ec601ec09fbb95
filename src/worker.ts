// A worker thread of src/parallel.ts: lints the batches of lone Dockerfiles it is sent, replying to
// each, and stays for the next ones (its engine and compiled code stay warm).
import { decodeText, readNamedFile } from './safe-read.js';
import { parentPort, workerData } from 'node:worker_threads';
import { Linter, type LintResult } from './lint.js';
import { RecordingVfs } from './cache.js';
import { LocalVfs } from './vfs.js';
import { makeRuleSet } from './ruleset.js';
import { loadGrammar, optimizeGrammarsForLongRuns } from './shell/grammars.js';
import type { ProjectReply, ProjectRequest, SerializedConfig, WorkerReply, WorkerRequest } from './parallel.js';
import type { Finding, SeveritySetting } from './types.js';

const ruleSet = makeRuleSet();
// Started early by the CLI (startWorkers): the shell grammar loads while the paths are still being
// found. A grammar that fails to load fails again, and is reported, at the first RUN.
if ((workerData as { preload?: boolean } | null)?.preload) loadGrammar('bash').catch(() => {});
let current: { key: string; linter: Linter } | undefined;

async function lintProjects(request: ProjectRequest): Promise<ProjectReply[]> {
  const linter = linterFor(request.config);
  const replies: ProjectReply[] = [];
  for (const job of request.projects) {
    const listed = LocalVfs.listed(job.root, job.label, job.files, job.truncated);
    const recording = job.record ? new RecordingVfs(listed) : null;
    const result = await linter.lint({ vfs: recording ?? listed, isRepository: job.isRepository, targets: job.targets, scope: job.scope, repository: job.repository, git: null });
    replies.push(recording ? { result, reads: await recording.recorded() } : { result });
  }
  return replies;
}

function linterFor(config: SerializedConfig): Linter {
  const key = JSON.stringify(config);
  if (current?.key !== key) {
    const linter = new Linter(ruleSet, {
      profile: config.profile,
      otherProfiles: config.otherProfiles,
      severities: new Map(config.severities as [string, SeveritySetting][]),
      ignore: [],
      ignoreGlobs: [],
      private: config.private,
      failLevel: config.failLevel,
      source: null,
    });
    current = { key, linter };
  }
  return current.linter;
}

async function lintBatch(request: WorkerRequest): Promise<WorkerReply> {
  // The benchmark's long runs of lone files: worth letting V8 optimise the grammars. Projects from the
  // CLI stay on the baseline compiler like its main thread (the optimising compile costs each worker
  // seconds of CPU, more than a CLI run of a few thousand files earns back).
  optimizeGrammarsForLongRuns();
  const linter = linterFor(request.config);
  const findings: Finding[] = [];
  const errors: string[] = [];
  for (const file of request.files) {
    let text: string;
    try {
      text = decodeText(file, readNamedFile(file));
    } catch (e) {
      errors.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    const result = await linter.lintText(file, text);
    for (const f of result.findings) findings.push(f);
    for (const e of result.errors) errors.push(e);
  }
  return { findings, errors };
}

parentPort?.on('message', (request: WorkerRequest | ProjectRequest) => {
  // A crash in the engine must still answer, or the caller would wait for ever.
  if ('projects' in request) {
    void lintProjects(request)
      .catch((e: unknown): ProjectReply[] => request.projects.map(() => ({ result: crashed(`${request.projects.map((p) => p.label).join(', ')}: ${(e as Error).message ?? String(e)}`) })))
      .then((reply) => parentPort?.postMessage(reply));
    return;
  }
  void lintBatch(request)
    .catch((e: unknown): WorkerReply => ({ findings: [], errors: [`${request.files.join(', ')}: ${(e as Error).stack ?? String(e)}`] }))
    .then((reply) => parentPort?.postMessage(reply satisfies WorkerReply));
});

/** A project the worker could not lint: reported as an internal error, as the CLI would in its own thread. */
function crashed(message: string): LintResult {
  return { findings: [], skipped: [], files: [], internalErrors: [message], crashes: [message], unread: [] };
}
