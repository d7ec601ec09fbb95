import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  cacheInputs
} from "./chunk-NQLW3KCZ.js";
import "./chunk-AXWLNZWU.js";
import {
  LocalVfs
} from "./chunk-AY5ENJPW.js";
import "./chunk-6DTU62CM.js";
import "./chunk-VF57VZD3.js";

// src/cli-parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// src/parallel.ts
import { Worker } from "node:worker_threads";
function serializeConfig(config) {
  return { profile: config.profile, otherProfiles: config.otherProfiles, severities: [...config.severities], failLevel: config.failLevel, private: config.private };
}
var pools = /* @__PURE__ */ new Map();
function poolOf(workerUrl2, size, preload = false) {
  let pool = pools.get(workerUrl2.href);
  if (!pool) pools.set(workerUrl2.href, pool = []);
  while (pool.length < size) {
    const worker = new Worker(workerUrl2, { workerData: { preload } });
    worker.unref();
    const forget = () => pool.splice(pool.indexOf(worker) >>> 0, 1);
    worker.once("exit", forget);
    pool.push(worker);
  }
  return pool.slice(0, size);
}
function startWorkers(workerUrl2, threads) {
  poolOf(workerUrl2, threads, true);
}
function drain(worker, queue) {
  return new Promise((resolvePromise, reject) => {
    let batchIndex = -1;
    const fail = (error) => {
      done();
      reject(error);
    };
    const exit = (code) => fail(new Error(`lint worker exited with code ${code}`));
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
    const receive = (reply) => {
      queue.replies[batchIndex] = reply;
      next();
    };
    const done = () => {
      worker.off("message", receive).off("error", fail).off("exit", exit);
      worker.unref();
    };
    worker.ref();
    worker.on("message", receive).on("error", fail).on("exit", exit);
    next();
  });
}
async function run(workerUrl2, items, batch, threads, request) {
  const count = Math.max(1, Math.min(threads, Math.ceil(items.length / batch)));
  const queue = { items, batch, next: 0, replies: [], request };
  await Promise.all(poolOf(workerUrl2, count).map((worker) => drain(worker, queue)));
  return queue.replies;
}
var PARALLEL_MIN_DOCKERFILES = 200;
var DOCKERFILES_PER_WORKER = 2e3;
function workersFor(dockerfiles, threadsAsked, cores) {
  const count = threadsAsked ?? Math.min(cores - 1, Math.floor(dockerfiles / DOCKERFILES_PER_WORKER));
  return count > 1 && dockerfiles >= PARALLEL_MIN_DOCKERFILES ? count : 0;
}
async function lintProjectsInWorkers(workerUrl2, projects, config, threads) {
  const serialized = serializeConfig(config);
  const batch = Math.max(1, Math.min(16, Math.ceil(projects.length / (threads * 8))));
  const replies = await run(workerUrl2, projects, batch, threads, (items) => ({ config: serialized, projects: items }));
  return replies.flat();
}

// src/cli-parallel.ts
function repositoryOf(project, config) {
  return { name: project.repoName, owner: project.repoOwner, isPrivate: config.private, githubLicense: null };
}
function workerUrl() {
  const url = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}
function startWorkersForPaths(pathCount, threadsWanted) {
  const workers = workersFor(pathCount, threadsWanted, availableParallelism());
  const url = workers > 0 ? workerUrl() : null;
  if (url) startWorkers(url, workers);
}
async function lintInParallel(projects, config, cache, threadsWanted) {
  const results = /* @__PURE__ */ new Map();
  const local = projects.filter((p) => p.vfs instanceof LocalVfs);
  const url = local.length > 1 && (threadsWanted ?? availableParallelism()) > 1 ? workerUrl() : null;
  if (!url) return results;
  const pending = [];
  for (const project of local) {
    const inputs = cacheInputs(project, config, repositoryOf(project, config));
    const kept = cache ? await cache.lookup(inputs) : null;
    if (kept) results.set(project, kept);
    else pending.push({ project, inputs });
  }
  const workers = workersFor(pending.reduce((n, { project }) => n + project.targets.length, 0), threadsWanted, availableParallelism());
  if (workers === 0) return results;
  const jobs = pending.map(({ project, inputs }) => {
    const vfs = project.vfs;
    return { root: vfs.root, label: vfs.label, files: [...vfs.files], truncated: vfs.truncated, isRepository: project.isRepository, targets: project.targets, scope: project.scope, repository: inputs.repository, record: cache !== null };
  });
  const replies = await lintProjectsInWorkers(url, jobs, config, workers);
  replies.forEach((reply, i) => {
    const { project, inputs } = pending[i];
    results.set(project, reply.result);
    if (cache && reply.reads) cache.store(inputs, reply.reads, reply.result);
  });
  return results;
}
export {
  lintInParallel,
  startWorkersForPaths
};
