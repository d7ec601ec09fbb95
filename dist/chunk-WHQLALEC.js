import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  LocalVfs,
  readRegularText,
  relativePosix
} from "./chunk-AY5ENJPW.js";
import {
  dockerfileTargets
} from "./chunk-2OCAH5RW.js";

// src/project/discover.ts
import { lstatSync, statSync } from "node:fs";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/project/remote.ts
import { realpathSync } from "node:fs";
import { join } from "node:path";
var MAX_GIT_CONFIG_BYTES = 1 << 20;
async function gitRemote(root) {
  try {
    return remoteFromGitConfig(readRegularText(join(root, ".git", "config"), { realRoot: realpathSync.native(root), maxBytes: MAX_GIT_CONFIG_BYTES }));
  } catch {
    return null;
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
  const info = options.info ?? pathInfo(absolute);
  if (!info.isFile() && !info.isDirectory()) throw new Error("is not a regular file or a folder (a FIFO, a device or a socket is never read)");
  if (info.isFile()) {
    const root2 = dirname(absolute);
    const name = basename(absolute);
    const vfs2 = LocalVfs.open(root2, relativePosix(cwd, root2), [name], !info.isSymbolicLink());
    return { vfs: vfs2, root: root2, displayRoot: displayPrefix(cwd, root2), isRepository: false, targets: [{ path: name, context: "" }], repoName: null, repoOwner: null, scope: "" };
  }
  const root = options.root ? resolve(cwd, options.root) : findRepositoryRoot(absolute);
  const scope = root === absolute ? "" : relativePosix(root, absolute) + "/";
  const vfs = LocalVfs.open(root, relativePosix(cwd, root));
  const targets = dockerfileTargets(vfs.files, ignore).filter((t) => t.path.startsWith(scope));
  const remote = await gitRemote(root);
  return { vfs, root, displayRoot: displayPrefix(cwd, root), isRepository: true, targets, repoName: remote?.name ?? null, repoOwner: remote?.owner ?? null, scope };
}
function pathInfo(path) {
  const own = lstatSync(path);
  if (!own.isSymbolicLink()) return own;
  const target = statSync(path);
  return { isFile: () => target.isFile(), isDirectory: () => target.isDirectory(), isFIFO: () => target.isFIFO(), isSocket: () => target.isSocket(), isCharacterDevice: () => target.isCharacterDevice(), isBlockDevice: () => target.isBlockDevice(), isSymbolicLink: () => true };
}
var ROOT_MARKERS = [".chaimeleon-lint.yaml", ".chaimeleon-lint.yml", ".chaimeleon-lint.json"];
function findRepositoryRoot(folder) {
  return findMarkedRoot(folder) ?? folder;
}
function findMarkedRoot(folder) {
  for (let dir = folder; ; ) {
    if (exists(join2(dir, ".git"))) return dir;
    for (const marker of ROOT_MARKERS) if (marksRoot(join2(dir, marker))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function exists(path) {
  return lstatSync(path, { throwIfNoEntry: false }) !== void 0;
}
function marksRoot(path) {
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (!info?.isFile()) return false;
    return /^\s*["']?root["']?\s*:\s*true\b/m.test(readRegularText(path, { maxBytes: 64 * 1024 }));
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
  pathInfo,
  findMarkedRoot
};
