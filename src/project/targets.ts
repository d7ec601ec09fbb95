// Which files of a repository's list are Dockerfiles, and the ignore globs that leave files out:
// plain functions of paths, shared by the local, GitHub and browser file systems.
import type { DockerfileTarget } from './facts.js';

const DOCKERFILE_NAME = /^(?:(?:dockerfile|containerfile)(?:\..+)?|.+\.(?:dockerfile|containerfile))$/i;

export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name);
}

/** Compiles the ignore globs of the configuration (picomatch, see glob.ts). */
export { globToRegExp } from './glob.js';

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
