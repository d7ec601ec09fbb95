// Finds what to lint from a command-line path: a lone Dockerfile, or a repository folder with all
// its Dockerfiles (each with its folder as build context), README, LICENSE and git facts.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readRegularText } from '../safe-read.js';
import { LocalVfs, relativePosix, type Vfs } from '../vfs.js';
import type { DockerfileTarget } from './facts.js';

export interface DiscoveredProject {
  vfs: Vfs;
  /** Prefix that turns a repository-relative path into what the user sees (relative to cwd). */
  displayRoot: string;
  isRepository: boolean;
  targets: DockerfileTarget[];
  repoName: string | null;
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
  if (!info.isFile() && !info.isDirectory()) throw new Error('is not a regular file or a folder (a FIFO, a device or a socket is never read)');
  if (info.isFile()) {
    const root = dirname(absolute);
    const name = basename(absolute);
    const vfs = await LocalVfs.open(root, relativePosix(cwd, root), [name]);
    return { vfs, displayRoot: displayPrefix(cwd, root), isRepository: false, targets: [{ path: name, context: '' }], repoName: null };
  }
  const vfs = await LocalVfs.open(absolute, relativePosix(cwd, absolute));
  return { vfs, displayRoot: displayPrefix(cwd, absolute), isRepository: true, targets: dockerfileTargets(vfs.files, ignore), repoName: await gitRepoName(absolute) };
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

/** The repository name from `.git/config`'s origin URL (read as text; git is not run). */
export async function gitRepoName(root: string): Promise<string | null> {
  let config: string;
  try {
    config = await readRegularText(join(root, '.git', 'config'), { realRoot: await realpath(root), maxBytes: 1024 * 1024 });
  } catch {
    return null;
  }
  return repoNameFromGitConfig(config);
}

export function repoNameFromGitConfig(config: string): string | null {
  const sections = config.split(/^\s*\[/m);
  const remotes = sections.filter((s) => /^remote\s+"/.test(s));
  const origin = remotes.find((s) => /^remote\s+"origin"/.test(s)) ?? remotes[0];
  const url = origin && /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1]?.trim();
  if (!url) return null;
  const m = /([^/:]+?)(?:\.git)?\/?$/.exec(url);
  return m ? m[1] : null;
}
