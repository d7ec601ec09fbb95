// Finds what to lint from a command-line path: a lone Dockerfile, or a repository folder with all
// its Dockerfiles (each with its folder as build context), README, LICENSE and git facts.
import { lstatSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readRegularText } from '../safe-read.js';
import { LocalVfs, relativePosix, type Vfs } from '../vfs.js';
import type { DockerfileTarget } from './facts.js';
import { gitRemote } from './remote.js';
import { dockerfileTargets } from './targets.js';

export { dockerfileTargets, globToRegExp, isDockerfileName } from './targets.js';

export interface DiscoveredProject {
  vfs: Vfs;
  /** The repository folder the linted path belongs to (see findRepositoryRoot); paths are relative to it. */
  root: string;
  /** Prefix that turns a repository-relative path into what the user sees (relative to cwd). */
  displayRoot: string;
  isRepository: boolean;
  targets: DockerfileTarget[];
  repoName: string | null;
  /** The linted folder, repository-relative ('' for the root, else `dir/`): only its Dockerfiles are reviewed. */
  scope: string;
  /** The remote's owner (`chaimeleon-eu`); null when unknown. */
  repoOwner: string | null;
}

export interface DiscoverOptions {
  /** The repository root, when the caller knows it (tests, a fixture that is a whole repository): no walk up. */
  root?: string;
  /** What the caller's stat of the path said (the CLI checks each path first): not asked again. */
  info?: PathInfo;
}

export async function discoverLocal(input: string, cwd: string, ignore: RegExp[], options: DiscoverOptions = {}): Promise<DiscoveredProject> {
  const absolute = resolve(cwd, input);
  const info = options.info ?? pathInfo(absolute); // throws ENOENT: the CLI turns it into a usage error
  if (!info.isFile() && !info.isDirectory()) throw new Error('is not a regular file or a folder (a FIFO, a device or a socket is never read)');
  if (info.isFile()) {
    const root = dirname(absolute);
    const name = basename(absolute);
    // A regular file that is no link is read as a listed one (src/safe-read.ts: readListedRegularFile).
    const vfs = LocalVfs.open(root, relativePosix(cwd, root), [name], !info.isSymbolicLink());
    return { vfs, root, displayRoot: displayPrefix(cwd, root), isRepository: false, targets: [{ path: name, context: '' }], repoName: null, repoOwner: null, scope: '' };
  }
  // An image folder inside a repository is reviewed with the repository around it: its root
  // LICENSE, README, git remote and build scripts, but only the Dockerfiles under the folder.
  const root = options.root ? resolve(cwd, options.root) : findRepositoryRoot(absolute);
  const scope = root === absolute ? '' : relativePosix(root, absolute) + '/';
  const vfs = LocalVfs.open(root, relativePosix(cwd, root));
  const targets = dockerfileTargets(vfs.files, ignore).filter((t) => t.path.startsWith(scope));
  const remote = await gitRemote(root);
  return { vfs, root, displayRoot: displayPrefix(cwd, root), isRepository: true, targets, repoName: remote?.name ?? null, repoOwner: remote?.owner ?? null, scope };
}

export type PathInfo = Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'> & { isSymbolicLink(): boolean };

/**
 * What a named path is: its own type when it is no link (one system call), else the type of what it
 * links to, still saying it is a link (a link is never read as a listed file, src/safe-read.ts).
 */
export function pathInfo(path: string): PathInfo {
  const own = lstatSync(path);
  if (!own.isSymbolicLink()) return own;
  const target = statSync(path);
  return { isFile: () => target.isFile(), isDirectory: () => target.isDirectory(), isFIFO: () => target.isFIFO(), isSocket: () => target.isSocket(), isCharacterDevice: () => target.isCharacterDevice(), isBlockDevice: () => target.isBlockDevice(), isSymbolicLink: () => true };
}

/** Configuration files that may mark a folder as the root of what is reviewed (`root: true`). */
const ROOT_MARKERS = ['.chaimeleon-lint.yaml', '.chaimeleon-lint.yml', '.chaimeleon-lint.json'];

/**
 * The repository a folder belongs to: the nearest folder, from the folder itself upwards, that
 * holds `.git` (a folder, or a file as in worktrees and submodules) or a chaimeleon-lint
 * configuration with `root: true` (a repository kept inside another, like an example). Without
 * either, the folder itself: nothing above what the user named is read.
 */
export function findRepositoryRoot(folder: string): string {
  return findMarkedRoot(folder) ?? folder;
}

/** The nearest folder, from `folder` upwards, marked as a repository root (see findRepositoryRoot); null when none is. */
export function findMarkedRoot(folder: string): string | null {
  for (let dir = folder; ; ) {
    if (exists(join(dir, '.git'))) return dir;
    for (const marker of ROOT_MARKERS) if (marksRoot(join(dir, marker))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** A regular, small configuration file that says `root: true` (read as text; not followed if a link). */
function marksRoot(path: string): boolean {
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (!info?.isFile()) return false;
    return /^\s*["']?root["']?\s*:\s*true\b/m.test(readRegularText(path, { maxBytes: 64 * 1024 }));
  } catch {
    return false;
  }
}

function displayPrefix(cwd: string, root: string): string {
  const rel = relativePosix(cwd, root);
  return rel === '.' ? '' : rel + '/';
}
