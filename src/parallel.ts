// Lints many lone Dockerfiles over the machine's cores: each worker thread loads the engine once
// and takes files in batches, reading them itself so that no text crosses threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import type { Finding } from './types.js';

export interface SerializedConfig {
  profile: ResolvedConfig['profile'];
  severities: [string, string][];
  failLevel: ResolvedConfig['failLevel'];
}

export function serializeConfig(config: ResolvedConfig): SerializedConfig {
  return { profile: config.profile, severities: [...config.severities], failLevel: config.failLevel };
}

export interface WorkerRequest {
  config: SerializedConfig;
  files: string[];
}

export interface WorkerReply {
  findings: Finding[];
  errors: string[];
}

/** Splits files over `threads` workers (default: the cores) running `workerUrl`, and merges the findings. */
export async function lintInWorkers(workerUrl: URL, files: string[], config: ResolvedConfig, threads = availableParallelism()): Promise<WorkerReply> {
  const count = Math.max(1, Math.min(threads, files.length));
  const chunks: string[][] = Array.from({ length: count }, () => []);
  files.forEach((f, i) => chunks[i % count].push(f));
  const serialized = serializeConfig(config);
  const replies = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<WorkerReply>((resolvePromise, reject) => {
          const worker = new Worker(workerUrl, { workerData: { config: serialized, files: chunk } satisfies WorkerRequest });
          worker.once('message', (reply: WorkerReply) => {
            resolvePromise(reply);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return { findings: replies.flatMap((r) => r.findings), errors: replies.flatMap((r) => r.errors) };
}
