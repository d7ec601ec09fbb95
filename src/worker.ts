// A worker thread of src/parallel.ts: lints the lone Dockerfiles it is given and replies once.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Linter } from './lint.js';
import { makeRuleSet } from './ruleset.js';
import { optimizeGrammarsForLongRuns } from './shell/grammars.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';
import type { Finding, SeveritySetting } from './types.js';

// A worker lints many files: worth letting V8 optimise the grammars.
optimizeGrammarsForLongRuns();
const request = workerData as WorkerRequest;
const linter = new Linter(makeRuleSet(), {
  profile: request.config.profile,
  severities: new Map(request.config.severities as [string, SeveritySetting][]),
  ignore: [],
  ignoreGlobs: [],
  private: null,
  failLevel: request.config.failLevel,
  source: null,
});
const findings: Finding[] = [];
const errors: string[] = [];
for (const file of request.files) {
  let text: string;
  try {
    // A worker thread has nothing else to do while it waits: a blocking read avoids a trip through
    // the event loop and libuv's pool per file (measured: most of a worker's time was idle).
    text = readFileSync(file, 'utf8');
  } catch (e) {
    errors.push(`${file}: ${(e as Error).message}`);
    continue;
  }
  const result = await linter.lintText(file, text);
  findings.push(...result.findings);
  errors.push(...result.errors);
}
parentPort?.postMessage({ findings, errors } satisfies WorkerReply);
