// Lints many lone Dockerfiles over the machine's cores. Each worker thread loads the engine once,
// reads its files itself (no text crosses threads) and takes them in small batches from a shared
// queue, so that a worker given slow files does not hold up the others.
//
// Workers outlive a call: a fresh worker is a new V8 isolate that loads the bundle and the WASM
// grammar again and runs cold code for its first thousand files or so (measured: 3-8 ms a file at
// first against 1.25 ms once warm), so one that lints only its share of 2,000 files never reaches
// full speed. Idle workers are unref'd: they never keep the process alive.
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

/** Files a worker takes at a time: large enough that messages cost nothing, small enough to balance. */
const BATCH = 25;

const pools = new Map<string, Worker[]>();

function poolOf(workerUrl: URL, size: number): Worker[] {
  let pool = pools.get(workerUrl.href);
  if (!pool) pools.set(workerUrl.href, (pool = []));
  while (pool.length < size) {
    const worker = new Worker(workerUrl);
    worker.unref();
    const forget = () => pool.splice(pool.indexOf(worker) >>> 0, 1);
    worker.once('exit', forget);
    pool.push(worker);
  }
  return pool.slice(0, size);
}

/** Files still to lint, handed out in batches; replies are kept in file order. */
interface Queue {
  files: string[];
  next: number;
  replies: WorkerReply[];
}

/** Lints one worker's batches until the queue is empty. */
function drain(worker: Worker, queue: Queue, config: SerializedConfig): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let batchIndex = -1;
    const fail = (error: Error) => {
      done();
      reject(error);
    };
    const exit = (code: number) => fail(new Error(`lint worker exited with code ${code}`));
    const next = () => {
      if (queue.next >= queue.files.length) {
        done();
        resolvePromise();
        return;
      }
      batchIndex = queue.next / BATCH;
      const files = queue.files.slice(queue.next, queue.next + BATCH);
      queue.next += BATCH;
      worker.postMessage({ config, files } satisfies WorkerRequest);
    };
    const receive = (reply: WorkerReply) => {
      queue.replies[batchIndex] = reply;
      next();
    };
    const done = () => {
      worker.off('message', receive).off('error', fail).off('exit', exit);
      worker.unref();
    };
    worker.ref();
    worker.on('message', receive).on('error', fail).on('exit', exit);
    next();
  });
}

/** Lints files over `threads` workers (default: the cores) running `workerUrl`, and merges the findings. */
export async function lintInWorkers(workerUrl: URL, files: string[], config: ResolvedConfig, threads = availableParallelism()): Promise<WorkerReply> {
  const count = Math.max(1, Math.min(threads, Math.ceil(files.length / BATCH)));
  const queue: Queue = { files, next: 0, replies: [] };
  const serialized = serializeConfig(config);
  await Promise.all(poolOf(workerUrl, count).map((worker) => drain(worker, queue, serialized)));
  return { findings: queue.replies.flatMap((r) => r.findings), errors: queue.replies.flatMap((r) => r.errors) };
}
