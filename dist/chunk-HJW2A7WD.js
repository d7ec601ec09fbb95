import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dockerfileTargets
} from "./chunk-22WLWT2S.js";
import {
  LocalVfs,
  relativePosix
} from "./chunk-ZLR7URAY.js";

// src/project/discover.ts
import { lstat, readFile, stat as stat2 } from "node:fs/promises";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/project/remote.ts
import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
var MAX_GIT_CONFIG_BYTES = 1 << 20;
async function gitRemote(root) {
  const path = join(root, ".git", "config");
  let handle;
  try {
    const [real, realRoot] = await Promise.all([realpath(path), realpath(root)]);
    if (!real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return null;
    if (!(await stat(real)).isFile()) return null;
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_GIT_CONFIG_BYTES) return null;
    return remoteFromGitConfig(await handle.readFile("utf8"));
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
function remoteFromGitConfig(config) {
  const sections = config.split(/^\s*\[/m);
  const remotes = sections.filter((s) => /^remote\s+"/.test(s));
  const origin = remotes.find((s) => /^remote\s+"origin"/.test(s)) ?? remotes[0];
  const url = origin && /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1]?.trim();
  return url ? remoteFromUrl(url) : null;
}
function remoteFromUrl(url) {
  let hostedPath = null;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/[^/]*(\/.*)?$/i.exec(url);
  if (withScheme) {
    if (withScheme[1].toLowerCase() !== "file") hostedPath = withScheme[2] ?? "";
  } else {
    const scp = /^(?:[^@/:]+@)?([^/:\\]+):(?!\/\/)(.*)$/.exec(url);
    if (scp && !/^[A-Za-z]$/.test(scp[1])) hostedPath = scp[2];
  }
  const segments = (hostedPath ?? url).split(/[/\\]/).filter((s) => s !== "" && s !== ".");
  const last = segments.pop();
  const name = last?.replace(/\.git$/i, "");
  if (!name) return null;
  const owner = hostedPath !== null && segments.length > 0 ? segments.join("/").replace(/^~/, "") || null : null;
  return { owner, name };
}

// src/project/discover.ts
async function discoverLocal(input, cwd, ignore, options = {}) {
  const absolute = resolve(cwd, input);
  const info = options.info ?? await stat2(absolute);
  if (!info.isFile() && !info.isDirectory()) throw new Error("is not a regular file or a folder (a FIFO, a device or a socket is never read)");
  if (info.isFile()) {
    const root2 = dirname(absolute);
    const name = basename(absolute);
    const vfs2 = await LocalVfs.open(root2, relativePosix(cwd, root2), [name]);
    return { vfs: vfs2, root: root2, displayRoot: displayPrefix(cwd, root2), isRepository: false, targets: [{ path: name, context: "" }], repoName: null, repoOwner: null, scope: "" };
  }
  const root = options.root ? resolve(cwd, options.root) : await findRepositoryRoot(absolute);
  const scope = root === absolute ? "" : relativePosix(root, absolute) + "/";
  const vfs = await LocalVfs.open(root, relativePosix(cwd, root));
  const targets = dockerfileTargets(vfs.files, ignore).filter((t) => t.path.startsWith(scope));
  const remote = await gitRemote(root);
  return { vfs, root, displayRoot: displayPrefix(cwd, root), isRepository: true, targets, repoName: remote?.name ?? null, repoOwner: remote?.owner ?? null, scope };
}
var ROOT_MARKERS = [".chaimeleon-lint.yaml", ".chaimeleon-lint.yml", ".chaimeleon-lint.json"];
async function findRepositoryRoot(folder) {
  return await findMarkedRoot(folder) ?? folder;
}
async function findMarkedRoot(folder) {
  for (let dir = folder; ; ) {
    if (await exists(join2(dir, ".git"))) return dir;
    for (const marker of ROOT_MARKERS) if (await marksRoot(join2(dir, marker))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
async function exists(path) {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
async function marksRoot(path) {
  try {
    const info = await lstat(path);
    if (!info.isFile() || info.size > 64 * 1024) return false;
    return /^\s*["']?root["']?\s*:\s*true\b/m.test(await readFile(path, "utf8"));
  } catch {
    return false;
  }
}
function displayPrefix(cwd, root) {
  const rel = relativePosix(cwd, root);
  return rel === "." ? "" : rel + "/";
}

export {
  gitRemote,
  discoverLocal,
  findMarkedRoot
};
