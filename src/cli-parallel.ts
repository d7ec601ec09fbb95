// The CLI given many paths (an organization's checkouts, a folder of Dockerfiles named one by one)
// lints them over worker threads: each path is a project a worker lints whole, from the listing the
// CLI already made. A run stays in this thread unless workers pay (src/parallel.ts: workersFor):
// each costs a start and a second warm-up of the optimising compiler.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cacheInputs, type CacheInputs, type LintCache } from './cache.js';
import type { ResolvedConfig } from './config.js';
import type { LintResult } from './lint.js';
import { lintProjectsInWorkers, startWorkers, workersFor, type ProjectJob } from './parallel.js';
import type { DiscoveredProject } from './project/discover.js';
import type { RepositoryInfo } from './project/facts.js';
import { LocalVfs } from './vfs.js';

function repositoryOf(project: DiscoveredProject, config: ResolvedConfig): RepositoryInfo {
  return { name: project.repoName, owner: project.repoOwner, isPrivate: config.private, githubLicense: null };
}

/** The worker script beside this bundle (build/worker.js); absent when running from the sources (tests): then no worker. */
function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * Starts the workers at once when the command line names enough paths that they will be used (each
 * named path is at least one Dockerfile), so that they load while the paths are looked at. Not with
 * --cache: a warm cache may leave nothing for them to do.
 */
export function startWorkersForPaths(pathCount: number, threadsWanted: number | undefined): void {
  const workers = workersFor(pathCount, threadsWanted, availableParallelism());
  const url = workers > 0 ? workerUrl() : null;
  if (url) startWorkers(url, workers);
}

/**
 * Lints the projects in workers when there are enough to pay for them: the results by project (with
 * --cache, those still valid are taken from it and the others are kept in it). Empty when this
 * thread should lint them itself.
 */
export async function lintInParallel(projects: DiscoveredProject[], config: ResolvedConfig, cache: LintCache | null, threadsWanted: number | undefined): Promise<Map<DiscoveredProject, LintResult>> {
  const results = new Map<DiscoveredProject, LintResult>();
  const local = projects.filter((p) => p.vfs instanceof LocalVfs);
  const url = local.length > 1 && (threadsWanted ?? availableParallelism()) > 1 ? workerUrl() : null;
  if (!url) return results;
  const pending: { project: DiscoveredProject; inputs: CacheInputs }[] = [];
  for (const project of local) {
    const inputs = cacheInputs(project, config, repositoryOf(project, config));
    const kept = cache ? await cache.lookup(inputs) : null;
    if (kept) results.set(project, kept);
    else pending.push({ project, inputs });
  }
  const workers = workersFor(pending.reduce((n, { project }) => n + project.targets.length, 0), threadsWanted, availableParallelism());
  if (workers === 0) return results;
  const jobs: ProjectJob[] = pending.map(({ project, inputs }) => {
    const vfs = project.vfs as LocalVfs;
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
