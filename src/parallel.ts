// Lints many lone Dockerfiles, or many projects the CLI was given, over the machine's cores. Each worker thread loads the engine once,
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
import type { LintResult } from './lint.js';
import type { DockerfileTarget, RepositoryInfo } from './project/facts.js';
import type { Finding } from './types.js';

export interface SerializedConfig {
  profile: ResolvedConfig['profile'];
  otherProfiles: ResolvedConfig['otherProfiles'];
  severities: [string, string][];
  failLevel: ResolvedConfig['failLevel'];
  private: ResolvedConfig['private'];
}

export function serializeConfig(config: ResolvedConfig): SerializedConfig {
  return { profile: config.profile, otherProfiles: config.otherProfiles, severities: [...config.severities], failLevel: config.failLevel, private: config.private };
}

export interface WorkerRequest {
  config: SerializedConfig;
  files: string[];
}

export interface WorkerReply {
  findings: Finding[];
  errors: string[];
}

/** A local project the CLI discovered, as a worker rebuilds it: its listing travels, nothing is walked again. */
export interface ProjectJob {
  root: string;
  label: string;
  files: string[];
  truncated?: string;
  isRepository: boolean;
  targets: DockerfileTarget[];
  scope: string;
  repository: RepositoryInfo;
  /** Record what the run read, for --cache. */
  record: boolean;
}

export interface ProjectRequest {
  config: SerializedConfig;
  projects: ProjectJob[];
}

export interface ProjectReply {
  result: LintResult;
  /** With `record`: each file read, and its digest or why it could not be read (src/cache.ts). */
  reads?: [string, string][];
}

/** Files a worker takes at a time: large enough that messages cost nothing, small enough to balance. */
const BATCH = 25;

const pools = new Map<string, Worker[]>();

function poolOf(workerUrl: URL, size: number, preload = false): Worker[] {
  let pool = pools.get(workerUrl.href);
  if (!pool) pools.set(workerUrl.href, (pool = []));
  while (pool.length < size) {
    const worker = new Worker(workerUrl, { workerData: { preload } });
    worker.unref();
    const forget = () => pool.splice(pool.indexOf(worker) >>> 0, 1);
    worker.once('exit', forget);
    pool.push(worker);
  }
  return pool.slice(0, size);
}

/**
 * Starts the workers of a run known to need them before its work is ready, so that each loads the
 * engine and the shell grammar while this thread is still finding the files.
 */
export function startWorkers(workerUrl: URL, threads: number): void {
  poolOf(workerUrl, threads, true);
}

/** Work still to hand out, in batches of `batch`; replies are kept in order. */
interface Queue<T, R> {
  items: T[];
  batch: number;
  next: number;
  replies: R[];
  request: (items: T[]) => unknown;
}

/** Sends one worker batches until the queue is empty. */
function drain<T, R>(worker: Worker, queue: Queue<T, R>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let batchIndex = -1;
    const fail = (error: Error) => {
      done();
      reject(error);
    };
    const exit = (code: number) => fail(new Error(`lint worker exited with code ${code}`));
    const next = () => {
      if (queue.next >= queue.items.length) {
        done();
        resolvePromise();
        return;
      }
      batchIndex = queue.next / queue.batch;
      const items = queue.items.slice(queue.next, queue.next + queue.batch);
      queue.next += queue.batch;
      worker.postMessage(queue.request(items));
    };
    const receive = (reply: R) => {
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

async function run<T, R>(workerUrl: URL, items: T[], batch: number, threads: number, request: (items: T[]) => unknown): Promise<R[]> {
  const count = Math.max(1, Math.min(threads, Math.ceil(items.length / batch)));
  const queue: Queue<T, R> = { items, batch, next: 0, replies: [], request };
  await Promise.all(poolOf(workerUrl, count).map((worker) => drain(worker, queue)));
  return queue.replies;
}

/** Lints files over `threads` workers (default: the cores) running `workerUrl`, and merges the findings. */
export async function lintInWorkers(workerUrl: URL, files: string[], config: ResolvedConfig, threads = availableParallelism()): Promise<WorkerReply> {
  const serialized = serializeConfig(config);
  const replies = await run<string, WorkerReply>(workerUrl, files, BATCH, threads, (batch) => ({ config: serialized, files: batch }) satisfies WorkerRequest);
  return { findings: replies.flatMap((r) => r.findings), errors: replies.flatMap((r) => r.errors) };
}

/**
 * Fewer Dockerfiles than this are linted in the calling thread: a worker costs a new V8 isolate that
 * loads the bundle and the shell grammar (a few hundred ms of CPU), which a small run never earns back.
 */
export const PARALLEL_MIN_DOCKERFILES = 200;

/**
 * Without --threads, a worker is started for each this many Dockerfiles, up to one fewer than the
 * cores, and none for fewer than two workers' worth. A run keeps more than its own core busy: V8's
 * optimising compiler and collector work beside it (one thread's run of 2,000 files keeps 1.4 of
 * two cores busy), and each worker is a new isolate that does that work again. Measured on 2 cores
 * (generated corpus, whole processes timed in rounds): two workers took 1.15 times one thread's
 * time on 2,000 files, 1.04 on 4,000, 1.16 on 6,000 (single rounds from 0.90 to 1.20); two
 * separate processes with half the files each took 0.95 of one with all of them. So a 2-core
 * machine starts none.
 */
export const DOCKERFILES_PER_WORKER = 2000;

/**
 * How many workers lint `dockerfiles` Dockerfiles: `threads` when the user asked for them (any run of
 * PARALLEL_MIN_DOCKERFILES or more), else as many as pay; 0 when this thread lints them.
 */
export function workersFor(dockerfiles: number, threadsAsked: number | undefined, cores: number): number {
  const count = threadsAsked ?? Math.min(cores - 1, Math.floor(dockerfiles / DOCKERFILES_PER_WORKER));
  return count > 1 && dockerfiles >= PARALLEL_MIN_DOCKERFILES ? count : 0;
}

/** Lints whole projects (each a repository or a lone Dockerfile) over `threads` workers; results in the order given. */
export async function lintProjectsInWorkers(workerUrl: URL, projects: ProjectJob[], config: ResolvedConfig, threads: number): Promise<ProjectReply[]> {
  const serialized = serializeConfig(config);
  // Batches small enough that the last ones spread over every worker, large enough to cost no messages.
  const batch = Math.max(1, Math.min(16, Math.ceil(projects.length / (threads * 8))));
  const replies = await run<ProjectJob, ProjectReply[]>(workerUrl, projects, batch, threads, (items) => ({ config: serialized, projects: items }) satisfies ProjectRequest);
  return replies.flat();
}
