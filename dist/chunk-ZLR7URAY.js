import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_FILES,
  MAX_FILE_BYTES,
  MAX_FOLDERS,
  SKIPPED_DIRS,
  VfsError,
  decodeText
} from "./chunk-6DTU62CM.js";

// src/safe-read.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { lstat, open, readlink, realpath } from "node:fs/promises";
import { sep } from "node:path";
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
    return await readOpened(handle, opened.size, maxBytes, label);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    await handle?.close();
  }
}
async function readListedRegularFile(path, options) {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
    let target;
    try {
      target = await readlink(`/proc/self/fd/${handle.fd}`);
    } catch {
      await handle.close();
      handle = void 0;
      return await readRegularFile(path, options);
    }
    if (!isInside(target, options.realRoot)) throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
    const opened = await handle.stat();
    const problem = typeProblem(label, opened) ?? tooLarge(label, opened.size, maxBytes);
    if (problem) throw problem;
    return await readOpened(handle, opened.size, maxBytes, label);
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
function readRegularFileBlocking(path, options = {}) {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let real;
  try {
    real = realpathSync.native(path);
  } catch (e) {
    throw describeError(label, e);
  }
  if (options.realRoot !== void 0 && !isInside(real, options.realRoot)) {
    throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
  }
  let fd;
  try {
    const before = lstatSync(real);
    const problem = typeProblem(label, before) ?? tooLarge(label, before.size, maxBytes);
    if (problem) throw problem;
    fd = openSync(real, OPEN_FLAGS);
    const opened = fstatSync(fd);
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new VfsError(label, "changed while it was read, so it was not read", "outside");
    const again = typeProblem(label, opened) ?? tooLarge(label, opened.size, maxBytes);
    if (again) throw again;
    if (options.realRoot !== void 0) {
      let target = null;
      try {
        target = readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
      }
      if (target !== null && !isInside(target, options.realRoot)) throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
    }
    return readOpenedSync(fd, opened.size, maxBytes, label);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
async function readOpened(handle, size, maxBytes, label) {
  const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
  let length = 0;
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) throw tooLarge(label, length, maxBytes);
  return buffer.subarray(0, length);
}
function readOpenedSync(fd, size, maxBytes, label) {
  const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
  let length = 0;
  while (length < buffer.length) {
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) throw tooLarge(label, length, maxBytes);
  return buffer.subarray(0, length);
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
    return readOpenedSync(fd, opened.size, maxBytes, path);
  } catch (e) {
    throw describeError(path, e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/vfs.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { lstat as lstat2, readdir, realpath as realpath2 } from "node:fs/promises";
import { join, relative, sep as sep2 } from "node:path";
var LocalVfs = class _LocalVfs {
  constructor(root, label, files, realRoot, truncated, regular = /* @__PURE__ */ new Set(), blocking = false) {
    this.root = root;
    this.label = label;
    this.files = files;
    this.realRoot = realRoot;
    this.truncated = truncated;
    this.regular = regular;
    this.blocking = blocking;
  }
  root;
  label;
  files;
  realRoot;
  truncated;
  regular;
  blocking;
  /** A folder listed before (in another thread): the listing is taken as it was, nothing is walked again. */
  static async listed(root, label, files, truncated, blocking = false) {
    return new _LocalVfs(root, label, new Set(files), blocking ? realpathSync2.native(root) : await realpath2(root), truncated, /* @__PURE__ */ new Set(), blocking);
  }
  static async open(root, label, only) {
    const realRoot = await realpath2(root);
    const files = new Set(only ?? []);
    const regular = /* @__PURE__ */ new Set();
    const truncated = only ? void 0 : await walk(root, files, regular);
    return new _LocalVfs(root, label, files, realRoot, truncated, regular);
  }
  fresh() {
    return new _LocalVfs(this.root, this.label, this.files, this.realRoot, this.truncated, this.regular, this.blocking);
  }
  /** Each file is read at most once per listing: the engine, the rules and the report share the text. */
  texts = /* @__PURE__ */ new Map();
  readText(path) {
    let text = this.texts.get(path);
    if (!text) this.texts.set(path, text = this.readOnce(path));
    return text;
  }
  async readOnce(path) {
    if (path.split("/").includes("..")) throw new VfsError(path, "path leaves the repository", "missing");
    const options = { realRoot: this.realRoot, label: path };
    const absolute = join(this.root, ...path.split("/"));
    if (this.blocking) return decodeText(path, readRegularFileBlocking(absolute, options));
    return this.regular.has(path) ? decodeText(path, await readListedRegularFile(absolute, options)) : readRegularText(absolute, options);
  }
};
async function walk(root, into, regular) {
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
      if (e.isFile()) regular.add(path);
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
  isInside,
  readRegularFile,
  readRegularFileSync,
  LocalVfs,
  toPosix,
  relativePosix
};
