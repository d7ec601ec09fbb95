// Reviews one GitHub repository (or a folder or a Dockerfile in it) at one commit with the same
// engine and discovery rules as a local folder, and describes the outcome for the summary.
import type { Linter } from '../lint.js';
import { dockerfileTargets } from '../project/discover.js';
import type { DockerfileTarget, RepositoryInfo } from '../project/facts.js';
import type { Finding } from '../types.js';
import { GitHubError, withRequestBudget, type GitHubClient } from './client.js';
import type { GitHubSpec } from './spec.js';
import { fetchMetadata, fetchTree, GitHubVfs, resolveCommit, type RepositoryMetadata } from './vfs.js';

export type RepositoryStatus = 'reviewed' | 'no-dockerfile' | 'empty' | 'failed';

/** One repository's line in the summary, and in the JSON and SARIF reports. */
export interface RepositoryOutcome {
  /** OWNER/REPO */
  repository: string;
  status: RepositoryStatus;
  /** Why it failed or was skipped. */
  error?: string;
  private: boolean | null;
  /** The branch, tag or commit reviewed, as asked (the default branch when none was). */
  ref?: string;
  commit?: string;
  /** The repository's web page; with the commit, findings' files link to `url/blob/commit/path`. */
  url?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** The rules with the most findings, most first. */
  topRules: { code: string; count: number }[];
}

export interface RepositoryReview {
  outcome: RepositoryOutcome;
  /** Findings with paths as shown (see `display`) and links to the commit. */
  findings: Finding[];
  files: string[];
  /** Lines of the files findings point into, by shown path: code frames and SARIF fingerprints. */
  lines: Map<string, string[]>;
  internalErrors: string[];
  /** Dockerfiles not reviewed as images (left-overs, not built), with paths as shown. */
  skipped?: { path: string; reason: string }[];
  /** Files that are there but were not read (too large, not a regular file...), each `path: reason`: the review is incomplete. */
  unread?: string[];
  /** The repository's web root at the commit, which repository-relative paths resolve against (SARIF's %SRCROOT%). */
  rootUrl?: string;
}

export interface ReviewContext {
  client: GitHubClient;
  linter: Linter;
  ignore: RegExp[];
  notice: (message: string) => void;
  /**
   * How paths are shown: `repository` (relative to the repository, for one repository) or
   * `full-name` (prefixed with OWNER/REPO/, when several are in one report).
   */
  display: 'repository' | 'full-name';
}

const TOP_RULES = 3;

function emptyOutcome(repository: string, status: RepositoryStatus, meta: RepositoryMetadata | null, error?: string): RepositoryOutcome {
  return { repository, status, ...(error ? { error } : {}), private: meta?.private ?? null, ...(meta ? { url: meta.htmlUrl } : {}), errors: 0, warnings: 0, infos: 0, topRules: [] };
}

/**
 * Reviews a repository. Failures GitHub reports (not found, forbidden, empty, unavailable, malformed
 * answers, a request budget spent) become a `failed` or `empty` outcome, as does any other error
 * while reviewing it: one repository never stops the others. An exhausted rate limit is thrown,
 * since no other review can proceed.
 */
export async function reviewRepository(ctx: ReviewContext, spec: GitHubSpec, known?: RepositoryMetadata): Promise<RepositoryReview> {
  const fullName = known?.fullName ?? `${spec.owner}/${spec.repo}`;
  let meta: RepositoryMetadata | null = known ?? null;
  const fail = (e: unknown): RepositoryReview => {
    if (e instanceof GitHubError && e.kind === 'rate-limit') throw e;
    // The outcome names the repository (as GitHub spells it, once known); its message need not repeat it.
    const name = meta?.fullName ?? fullName;
    const text = e instanceof GitHubError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    const message = ctx.client.scrub(text.startsWith(`${name}: `) ? text.slice(name.length + 2) : text);
    const outcome = emptyOutcome(name, e instanceof GitHubError && e.kind === 'empty' ? 'empty' : 'failed', meta, message);
    return { outcome, findings: [], files: [], lines: new Map(), internalErrors: [] };
  };
  // Each repository has its own budget of requests and bytes.
  return withRequestBudget(fullName, async () => {
    try {
      meta ??= await fetchMetadata(ctx.client, spec.owner, spec.repo);
      const located = await locate(ctx, meta, spec);
      if ('error' in located) return fail(new GitHubError('not-found', `${meta.fullName}: ${located.error}`));
      return await lintAt(ctx, meta, located);
    } catch (e) {
      return fail(e);
    }
  });
}

interface Located {
  ref: string;
  commit: string;
  path: string;
}

/** The commit and the PATH the spec names; REF with slashes is found by trying its shortest prefix first. */
async function locate(ctx: ReviewContext, meta: RepositoryMetadata, spec: GitHubSpec): Promise<Located | { error: string }> {
  if (spec.refAndPath === null) {
    const commit = await resolveCommit(ctx.client, meta, meta.defaultBranch);
    if (commit === null) return { error: `the default branch ${meta.defaultBranch} names no commit` };
    return { ref: meta.defaultBranch, commit, path: spec.path };
  }
  const parts = spec.refAndPath.split('/');
  for (let n = 1; n <= parts.length; n++) {
    const ref = parts.slice(0, n).join('/');
    const commit = await resolveCommit(ctx.client, meta, ref);
    if (commit !== null) return { ref, commit, path: parts.slice(n).join('/') };
  }
  return { error: `no branch, tag or commit named ${spec.refAndPath}` };
}

async function lintAt(ctx: ReviewContext, meta: RepositoryMetadata, at: Located): Promise<RepositoryReview> {
  const entries = await fetchTree(ctx.client, meta, at.commit, ctx.notice);
  /** The folder the review is rooted at, as a path prefix ('' or `sub/dir/`). */
  let root: string;
  let vfs: GitHubVfs;
  let targets: DockerfileTarget[];
  let isRepository = true;
  if (at.path !== '' && entries.has(at.path)) {
    // A lone Dockerfile, linted as the local mode lints a file: no repository rules.
    root = at.path.slice(0, at.path.lastIndexOf('/') + 1);
    const name = at.path.slice(root.length);
    vfs = new GitHubVfs(ctx.client, meta, at.commit, entries, root, [name]);
    targets = [{ path: name, context: '' }];
    isRepository = false;
  } else {
    root = at.path === '' ? '' : `${at.path}/`;
    if (root && ![...entries.keys()].some((p) => p.startsWith(root))) {
      throw new GitHubError('not-found', `${meta.fullName}: no file or folder ${at.path} at ${at.ref}`);
    }
    vfs = new GitHubVfs(ctx.client, meta, at.commit, entries, root);
    targets = dockerfileTargets(vfs.files, ctx.ignore);
  }
  // The repository's name only describes the image when the whole repository is reviewed.
  const repository: RepositoryInfo = { name: at.path === '' ? meta.name : null, owner: meta.owner, isPrivate: meta.private, githubLicense: meta.license };
  const result = await ctx.linter.lint({ vfs, isRepository, targets, repository });
  if (vfs.failure) throw vfs.failure;

  const shown = (ctx.display === 'full-name' ? `${meta.fullName}/` : '') + root;
  const findings = result.findings.map((f) => {
    const url = vfs.linkFor(f.file, f.range.startLine);
    return { ...f, file: shown + f.file, related: f.related.map((r) => ({ ...r, file: shown + r.file })), ...(url ? { url } : {}) };
  });
  // For code frames and SARIF fingerprints; the engine has fetched these files already.
  const lines = new Map<string, string[]>();
  for (const file of new Set(result.findings.map((f) => f.file))) {
    const text = vfs.files.has(file) ? await vfs.readText(file).catch(() => null) : null;
    if (text !== null) lines.set(shown + file, text.split(/\r?\n/));
  }
  const visible = findings.filter((f) => !f.suppressed);
  const count = (s: string) => visible.filter((f) => f.severity === s).length;
  const byRule = new Map<string, number>();
  for (const f of visible) byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
  const outcome: RepositoryOutcome = {
    repository: meta.fullName,
    status: targets.length > 0 ? 'reviewed' : 'no-dockerfile',
    ...(targets.length > 0 ? {} : { error: 'no Dockerfile found' }),
    private: meta.private,
    ref: at.ref,
    commit: at.commit,
    url: meta.htmlUrl,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    topRules: [...byRule]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_RULES)
      .map(([code, n]) => ({ code, count: n })),
  };
  return {
    outcome,
    findings,
    files: result.files.map((f) => shown + f),
    lines,
    internalErrors: result.internalErrors.map((e) => `${meta.fullName}: ${e}`),
    skipped: result.skipped.map((s) => ({ path: shown + s.path, reason: s.reason })),
    unread: result.unread.map((u) => `${shown}${u.file}: ${u.reason}; it was not reviewed`),
    rootUrl: `${meta.htmlUrl}/blob/${at.commit}/`,
  };
}
