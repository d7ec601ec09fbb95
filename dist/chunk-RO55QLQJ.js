import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/safe-read.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { lstat, open, readlink, realpath } from "node:fs/promises";
import { sep } from "node:path";
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var VfsError = class extends Error {
  constructor(path, message, kind = "other") {
    super(message);
    this.path = path;
    this.kind = kind;
    this.name = "VfsError";
  }
  path;
  kind;
  /** The reason alone, as it reads after a path in a message. */
  toString() {
    return this.message;
  }
};
function isReportable(e) {
  return e instanceof VfsError && ["special", "too-large", "outside", "denied"].includes(e.kind);
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function typeProblem(path, info) {
  if (info.isFile()) return null;
  if (info.isDirectory()) return new VfsError(path, "is a folder, not a file", "folder");
  const what = info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : "not a regular file";
  return new VfsError(path, `is ${what}, not a regular file, so it was never opened`, "special");
}
function tooLarge(path, size, maxBytes) {
  return size > maxBytes ? new VfsError(path, `is larger than ${formatSize(maxBytes)}, so it was not read`, "too-large") : null;
}
function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
function describeError(path, e) {
  if (e instanceof VfsError) return e;
  const err = e;
  switch (err.code) {
    case "ENOENT":
    case "ENOTDIR":
      return new VfsError(path, "does not exist", "missing");
    case "EACCES":
    case "EPERM":
      return new VfsError(path, "cannot be read (permission denied)", "denied");
    case "EISDIR":
      return new VfsError(path, "is a folder, not a file", "folder");
    case "ELOOP":
      return new VfsError(path, "is a symbolic link that loops, or was swapped while it was read, so it was not followed", "outside");
    default:
      return new VfsError(path, err.message ?? String(e));
  }
}
var isInside = (real, root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
async function readRegularFile(path, options = {}) {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let real;
  try {
    real = await realpath(path);
  } catch (e) {
    throw describeError(label, e);
  }
  if (options.realRoot !== void 0 && !isInside(real, options.realRoot)) {
    throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
  }
  let handle;
  try {
    const before = await lstat(real);
    const problem = typeProblem(label, before) ?? tooLarge(label, before.size, maxBytes);
    if (problem) throw problem;
    handle = await open(real, OPEN_FLAGS);
    const opened = await handle.stat();
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new VfsError(label, "changed while it was read, so it was not read", "outside");
    const again = typeProblem(label, opened) ?? tooLarge(label, opened.size, maxBytes);
    if (again) throw again;
    if (options.realRoot !== void 0) await checkOpenedInside(handle.fd, options.realRoot, label);
    const buffer = new Uint8Array(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(label, length, maxBytes);
    return buffer.subarray(0, length);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    await handle?.close();
  }
}
async function checkOpenedInside(fd, realRoot, label) {
  let target;
  try {
    target = await readlink(`/proc/self/fd/${fd}`);
  } catch {
    return;
  }
  if (!isInside(target, realRoot)) throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
}
async function readRegularText(path, options = {}) {
  return decodeText(options.label ?? path, await readRegularFile(path, options));
}
function readRegularFileSync(path, maxBytes = MAX_FILE_BYTES) {
  let fd;
  try {
    const before = statSync(path);
    const problem = typeProblem(path, before) ?? tooLarge(path, before.size, maxBytes);
    if (problem) throw problem;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new VfsError(path, "changed while it was read, so it was not read", "outside");
    const buffer = new Uint8Array(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw tooLarge(path, length, maxBytes);
    return buffer.subarray(0, length);
  } catch (e) {
    throw describeError(path, e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function decodeText(path, buffer) {
  if (buffer.includes(0)) throw new VfsError(path, "is a binary file (it contains NUL bytes)", "binary");
  return new TextDecoder("utf-8", { fatal: false }).decode(buffer);
}

// src/vfs.ts
import { lstat as lstat2, readdir, realpath as realpath2 } from "node:fs/promises";
import { join, relative, sep as sep2 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"]);
var MAX_FILES = 2e4;
var MAX_FOLDERS = 2e4;
var LocalVfs = class _LocalVfs {
  constructor(root, label, files, realRoot, truncated) {
    this.root = root;
    this.label = label;
    this.files = files;
    this.realRoot = realRoot;
    this.truncated = truncated;
  }
  root;
  label;
  files;
  realRoot;
  truncated;
  static async open(root, label, only) {
    const realRoot = await realpath2(root);
    const files = new Set(only ?? []);
    const truncated = only ? void 0 : await walk(root, files);
    return new _LocalVfs(root, label, files, realRoot, truncated);
  }
  async readText(path) {
    if (path.split("/").includes("..")) throw new VfsError(path, "path leaves the repository", "missing");
    return readRegularText(join(this.root, ...path.split("/")), { realRoot: this.realRoot, label: path });
  }
};
var MemoryVfs = class {
  constructor(label, contents) {
    this.label = label;
    this.contents = contents;
    this.files = new Set(contents.keys());
  }
  label;
  contents;
  files;
  async readText(path) {
    const content = this.contents.get(path);
    if (content === void 0) throw new VfsError(path, "does not exist");
    return typeof content === "string" ? content : decodeText(path, content);
  }
};
async function walk(root, into) {
  let folders = 0;
  const stack = [];
  const enter = async (rel) => {
    if (++folders > MAX_FOLDERS) return `the repository holds more than ${MAX_FOLDERS} folders: only the files of the first ${MAX_FOLDERS} were listed and linted`;
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return void 0;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    stack.push({ rel, entries, next: 0 });
    return void 0;
  };
  let stopped = await enter("");
  while (!stopped && stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.next++];
    const path = top.rel ? `${top.rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) stopped = await enter(path);
    } else {
      if (into.size >= MAX_FILES) return `the repository holds more than ${MAX_FILES} files: only the first ${MAX_FILES} (in name order) were listed and linted`;
      into.add(path);
    }
  }
  return stopped;
}
function toPosix(path) {
  return path.split(sep2).join("/");
}
function relativePosix(from, to) {
  return toPosix(relative(from, to)) || ".";
}

export {
  MAX_FILE_BYTES,
  VfsError,
  isReportable,
  readRegularFileSync,
  decodeText,
  SKIPPED_DIRS,
  MAX_FILES,
  LocalVfs,
  MemoryVfs,
  relativePosix
};
