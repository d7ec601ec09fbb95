// Finds what to lint from a command-line path: a lone Dockerfile, or a repository folder with all
// its Dockerfiles (each with its folder as build context), README, LICENSE and git facts.
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { LocalVfs, relativePosix, type Vfs } from '../vfs.js';
import type { DockerfileTarget } from './facts.js';
import { gitRemote } from './remote.js';

export interface DiscoveredProject {
  vfs: Vfs;
  /** Prefix that turns a repository-relative path into what the user sees (relative to cwd). */
  displayRoot: string;
  isRepository: boolean;
  targets: DockerfileTarget[];
  repoName: string | null;
  /** The remote's owner (`chaimeleon-eu`); null when unknown. */
  repoOwner: string | null;
}

const DOCKERFILE_NAME = /^(?:(?:dockerfile|containerfile)(?:\..+)?|.+\.(?:dockerfile|containerfile))$/i;

export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name);
}

/** Compiles the ignore globs of the configuration (`**`, `*`, `?`, trailing `/`). */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/^\.\//, '');
  if (g.endsWith('/')) g += '**';
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

export async function discoverLocal(input: string, cwd: string, ignore: RegExp[]): Promise<DiscoveredProject> {
  const absolute = resolve(cwd, input);
  const info = await stat(absolute); // throws ENOENT: the CLI turns it into a usage error
  if (info.isFile()) {
    const root = dirname(absolute);
    const name = basename(absolute);
    const vfs = await LocalVfs.open(root, relativePosix(cwd, root), [name]);
    return { vfs, displayRoot: displayPrefix(cwd, root), isRepository: false, targets: [{ path: name, context: '' }], repoName: null, repoOwner: null };
  }
  const vfs = await LocalVfs.open(absolute, relativePosix(cwd, absolute));
  const remote = await gitRemote(absolute);
  return { vfs, displayRoot: displayPrefix(cwd, absolute), isRepository: true, targets: dockerfileTargets(vfs.files, ignore), repoName: remote?.name ?? null, repoOwner: remote?.owner ?? null };
}

/** The Dockerfiles of a repository's file list (local or GitHub), each with its folder as build context. */
export function dockerfileTargets(files: Iterable<string>, ignore: RegExp[]): DockerfileTarget[] {
  const targets: DockerfileTarget[] = [];
  for (const file of files) {
    if (ignore.some((re) => re.test(file))) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (!isDockerfileName(name)) continue;
    const context = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    targets.push({ path: file, context });
  }
  return targets.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function displayPrefix(cwd: string, root: string): string {
  const rel = relativePosix(cwd, root);
  return rel === '.' ? '' : rel + '/';
}
