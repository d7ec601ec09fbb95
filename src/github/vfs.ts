// A GitHub repository at one commit as the engine's file system: the whole tree is listed up front
// (one recursive call, or a walk when GitHub truncates it), and a file is fetched from the blobs
// API only when the review reads it, so a review costs a handful of requests whatever the size.
import { pathToUri } from '../formatters/sarif.js';
import { decodeText, joinRepositoryPath, MAX_FILE_BYTES, MAX_FILES, SKIPPED_DIRS, VfsError, type Vfs } from '../vfs.js';
import { describeAnswer, explainFailure, GitHubError, MalformedAnswer, type GitHubClient } from './client.js';

/** What the review uses of a repository's metadata (GET /repos/{owner}/{repo}, or an organization listing). */
export interface RepositoryMetadata {
  owner: string;
  name: string;
  fullName: string;
  private: boolean;
  defaultBranch: string;
  /** The repository's web page (GitHub Enterprise included): links are built from it. */
  htmlUrl: string;
  /** The SPDX id of the license GitHub detected; null for none or one it could not name (NOASSERTION). */
  license: string | null;
}

interface GitHubRepoJson {
  name: string;
  full_name: string;
  owner: { login: string };
  private: boolean;
  default_branch?: string;
  html_url: string;
  license?: { spdx_id?: string | null } | null;
}

/** GitHub's names: owners and repositories are letters, digits, `-`, `_` and `.`. */
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** Repository metadata as GET /repos/{owner}/{repo} or an organization listing gives it; MalformedAnswer otherwise. */
export function metadataFrom(data: unknown): RepositoryMetadata {
  if (!isObject(data)) throw new MalformedAnswer(`${describeAnswer(data)} instead of a repository`);
  const repo = data as Partial<GitHubRepoJson> & Record<string, unknown>;
  const owner = isObject(repo.owner) ? repo.owner.login : undefined;
  if (typeof repo.name !== 'string' || !NAME.test(repo.name) || typeof owner !== 'string' || !NAME.test(owner)) throw new MalformedAnswer('a repository without a valid name or owner');
  if (repo.full_name !== `${owner}/${repo.name}`) throw new MalformedAnswer('a repository whose full name is not OWNER/NAME');
  if (typeof repo.private !== 'boolean') throw new MalformedAnswer('a repository without its visibility');
  if (typeof repo.html_url !== 'string' || !/^https?:\/\/[^\s<>"'`]+$/.test(repo.html_url)) throw new MalformedAnswer('a repository without a web address');
  if (repo.default_branch !== undefined && (typeof repo.default_branch !== 'string' || repo.default_branch === '' || /[\u0000-\u0020\u007f~^:?*[\\]/.test(repo.default_branch))) {
    throw new MalformedAnswer('a repository whose default branch is not a branch name');
  }
  const spdx = isObject(repo.license) && typeof repo.license.spdx_id === 'string' ? repo.license.spdx_id : null;
  return {
    owner,
    name: repo.name,
    fullName: repo.full_name,
    private: repo.private,
    defaultBranch: repo.default_branch ?? 'main',
    htmlUrl: repo.html_url.replace(/\/+$/, ''),
    license: spdx && spdx !== 'NOASSERTION' && /^[A-Za-z0-9.+-]+$/.test(spdx) ? spdx : null,
  };
}

export async function fetchMetadata(client: GitHubClient, owner: string, repo: string): Promise<RepositoryMetadata> {
  try {
    return (await client.get('GET /repos/{owner}/{repo}', { owner, repo }, metadataFrom)).data;
  } catch (e) {
    throw explainFailure(client, e, `${owner}/${repo}`);
  }
}

/** The commit a branch, tag or commit id names. Null when it names none (GitHub: 404 or 422). */
export async function resolveCommit(client: GitHubClient, meta: RepositoryMetadata, ref: string): Promise<string | null> {
  try {
    // The sha media type answers with the bare id instead of the commit and its diff.
    const { data } = await client.get(
      'GET /repos/{owner}/{repo}/commits/{ref}',
      { owner: meta.owner, repo: meta.name, ref, headers: { accept: 'application/vnd.github.sha' } },
      (answer) => {
        const sha = typeof answer === 'string' ? answer.trim() : '';
        if (!OBJECT_ID.test(sha)) throw new MalformedAnswer(`${typeof answer === 'string' && !/^\s*</.test(answer) ? 'not a commit id' : describeAnswer(answer)} for ${ref}`);
        return sha;
      },
    );
    return data;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (!(e instanceof GitHubError) && (status === 404 || status === 422)) return null;
    throw explainFailure(client, e, meta.fullName);
  }
}

interface TreeEntry {
  sha: string;
  size: number;
  /** 100644, 100755, or 120000 for a symbolic link. */
  mode: string;
}

interface GitTreeJson {
  truncated: boolean;
  tree: { path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha: string; size?: number }[];
}

/** A tree answer as the API gives it (entries with a path, a type, an object id), or MalformedAnswer. */
function treeFrom(data: unknown): GitTreeJson {
  if (!isObject(data) || !Array.isArray(data.tree)) throw new MalformedAnswer(`${describeAnswer(data)} instead of a tree`);
  if (data.truncated !== undefined && typeof data.truncated !== 'boolean') throw new MalformedAnswer('a tree whose "truncated" is not true or false');
  for (const e of data.tree as unknown[]) {
    if (!isObject(e) || typeof e.path !== 'string' || typeof e.mode !== 'string' || typeof e.sha !== 'string' || !OBJECT_ID.test(e.sha)) throw new MalformedAnswer('a tree entry without a path, a mode or an object id');
    if (e.type !== 'blob' && e.type !== 'tree' && e.type !== 'commit') throw new MalformedAnswer(`a tree entry of unknown type`);
    // Git refuses such names; a path that could leave the repository is not a tree GitHub gives.
    if (e.path.split('/').some((part) => part === '' || part === '.' || part === '..') || /[\u0000]/.test(e.path)) throw new MalformedAnswer('a tree entry with an impossible path');
    if (e.size !== undefined && (typeof e.size !== 'number' || !(e.size >= 0))) throw new MalformedAnswer('a tree entry with an impossible size');
  }
  return { truncated: data.truncated === true, tree: data.tree as GitTreeJson['tree'] };
}

/**
 * Every file of the commit, by path. One recursive call usually; when GitHub truncates the answer
 * (about 100,000 entries or 7 MB), each folder is listed on its own, recursively where it fits.
 * Folders the local walk skips (.git, node_modules, virtual environments) are skipped here too. A
 * tree that contains itself (only a broken or hostile server answers one) fails the review.
 */
export async function fetchTree(client: GitHubClient, meta: RepositoryMetadata, commit: string, notice: (message: string) => void): Promise<Map<string, TreeEntry>> {
  const files = new Map<string, TreeEntry>();
  const get = async (sha: string, recursive: boolean): Promise<GitTreeJson> => {
    try {
      const params = { owner: meta.owner, repo: meta.name, tree_sha: sha, ...(recursive ? { recursive: '1' } : {}) };
      return (await client.get('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', params, treeFrom)).data;
    } catch (e) {
      throw explainFailure(client, e, meta.fullName);
    }
  };
  const skipped = (path: string) => path.split('/').some((part) => SKIPPED_DIRS.has(part));
  const add = (prefix: string, entries: GitTreeJson['tree']) => {
    for (const e of entries) {
      const path = prefix + e.path;
      if (e.type !== 'blob' || skipped(path) || files.size >= MAX_FILES) continue;
      files.set(path, { sha: e.sha, size: e.size ?? 0, mode: e.mode });
    }
  };
  /** `inside`: the trees from the root down to this one. */
  const walk = async (sha: string, prefix: string, inside: ReadonlySet<string>): Promise<void> => {
    if (files.size >= MAX_FILES) return;
    if (inside.has(sha)) throw new GitHubError('other', `${meta.fullName}: GitHub's tree of ${prefix.replace(/\/$/, '') || 'the root'} contains itself (a loop); the answer cannot be a git tree`);
    const whole = await get(sha, true);
    if (!whole.truncated) return add(prefix, whole.tree);
    const level = await get(sha, false);
    add(prefix, level.tree);
    const below = new Set(inside).add(sha);
    for (const e of level.tree) {
      if (e.type === 'tree' && !SKIPPED_DIRS.has(e.path)) await walk(e.sha, `${prefix}${e.path}/`, below);
    }
  };
  await walk(commit, '', new Set());
  if (files.size >= MAX_FILES) notice(`${meta.fullName}: more than ${MAX_FILES} files; only the first ${MAX_FILES} were listed`);
  return files;
}

/** How many symbolic links a read follows before it gives up (a loop). */
const MAX_LINK_HOPS = 8;

export class GitHubVfs implements Vfs {
  readonly label: string;
  readonly files: ReadonlySet<string>;
  /** The first API failure while reading: the review of this commit is then incomplete and must not be trusted. */
  failure: GitHubError | null = null;
  private readonly texts = new Map<string, Promise<string>>();

  /**
   * @param entries every file of the commit, by repository path
   * @param root the folder the review is rooted at (`''`, or `sub/dir/`): paths the engine sees are relative to it
   * @param only when set, the only files the engine sees (a lone Dockerfile)
   */
  constructor(
    private readonly client: GitHubClient,
    readonly meta: RepositoryMetadata,
    readonly commit: string,
    private readonly entries: Map<string, TreeEntry>,
    private readonly root: string,
    only?: string[],
  ) {
    this.label = `github:${meta.fullName}@${commit.slice(0, 7)}${root ? `/${root.replace(/\/$/, '')}` : ''}`;
    const visible = only ?? [...entries.keys()].filter((p) => p.startsWith(root)).map((p) => p.slice(root.length));
    this.files = new Set(visible.sort());
  }

  readText(path: string): Promise<string> {
    let pending = this.texts.get(path);
    if (!pending) {
      pending = this.read(path, 0);
      this.texts.set(path, pending);
    }
    return pending;
  }

  linkFor(path: string, line: number): string | undefined {
    if (!this.entries.has(this.root + path)) return undefined;
    return `${this.meta.htmlUrl}/blob/${this.commit}/${pathToUri(this.root + path)}#L${line}`;
  }

  private async read(path: string, hops: number): Promise<string> {
    if (path.split('/').includes('..')) throw new VfsError(path, 'path leaves the repository', 'outside');
    const entry = this.files.has(path) ? this.entries.get(this.root + path) : undefined;
    if (!entry) throw new VfsError(path, 'does not exist', 'missing');
    if (entry.size > MAX_FILE_BYTES) throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, 'too-large');
    const bytes = await this.blob(path, entry.sha);
    if (entry.mode !== '120000') return decodeText(path, bytes);
    // A symbolic link's blob is its target; followed only while it stays inside the reviewed folder.
    const target = resolveLink(path, new TextDecoder().decode(bytes));
    if (target === null || !this.files.has(target)) throw new VfsError(path, 'is a link to a place outside the repository, so it was not followed', 'outside');
    if (hops >= MAX_LINK_HOPS) throw new VfsError(path, 'is a symbolic link in a loop', 'outside');
    return this.read(target, hops + 1);
  }

  private async blob(path: string, sha: string): Promise<Uint8Array> {
    try {
      const params = { owner: this.meta.owner, repo: this.meta.name, file_sha: sha };
      const { data } = await this.client.get('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', params, blobFrom);
      return data;
    } catch (e) {
      // The blob's real size, not the tree's word: too large is a finding on the file (and a review left incomplete).
      if (e instanceof GitHubError && e.kind === 'too-large') throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, 'too-large');
      const failure = explainFailure(this.client, e, this.meta.fullName);
      this.failure ??= failure;
      throw new VfsError(path, `could not be read from GitHub (${failure.message})`);
    }
  }
}

/** A blob answer's bytes; too-large when they exceed the file limit, whatever the tree said. */
function blobFrom(data: unknown): Uint8Array {
  if (!isObject(data) || typeof data.content !== 'string' || (data.encoding !== 'base64' && data.encoding !== 'utf-8')) throw new MalformedAnswer(`${describeAnswer(data)} instead of a blob`);
  const bytes = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : new TextEncoder().encode(data.content);
  if (bytes.length > MAX_FILE_BYTES || (typeof data.size === 'number' && data.size > MAX_FILE_BYTES)) throw new GitHubError('too-large', 'blob larger than the file limit');
  if (typeof data.size === 'number' && data.size !== bytes.length) throw new MalformedAnswer(`a blob of ${bytes.length} bytes that says it has ${data.size}`);
  return bytes;
}

/** The path a symbolic link at `from` points to, relative to the same root; null when it leaves it. */
function resolveLink(from: string, target: string): string | null {
  return joinRepositoryPath(from.split('/').slice(0, -1).join('/'), target);
}
