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
function readRegularFile(path, options = {}) {
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
    if (options.realRoot !== void 0 && openedOutside(fd, options.realRoot)) throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
    return readOpened(fd, opened.size, maxBytes, label);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readListedRegularFile(path, options) {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const target = openedPath(fd);
    if (target === null) {
      closeSync(fd);
      fd = void 0;
      return readRegularFile(path, options);
    }
    if (!isInside(target, options.realRoot)) throw new VfsError(label, "is a link to a place outside the repository, so it was not followed", "outside");
    const opened = fstatSync(fd);
    const problem = typeProblem(label, opened) ?? tooLarge(label, opened.size, maxBytes);
    if (problem) throw problem;
    return readOpened(fd, opened.size, maxBytes, label);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function openedPath(fd) {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}
function openedOutside(fd, realRoot) {
  const target = openedPath(fd);
  return target !== null && !isInside(target, realRoot);
}
function readOpened(fd, size, maxBytes, label) {
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
function readRegularText(path, options = {}) {
  return decodeText(options.label ?? path, readRegularFile(path, options));
}
function readNamedFile(path, maxBytes = MAX_FILE_BYTES) {
  let fd;
  try {
    const before = statSync(path);
    const problem = typeProblem(path, before) ?? tooLarge(path, before.size, maxBytes);
    if (problem) throw problem;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new VfsError(path, "changed while it was read, so it was not read", "outside");
    return readOpened(fd, opened.size, maxBytes, path);
  } catch (e) {
    throw describeError(path, e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/vfs.ts
import { readdirSync, realpathSync as realpathSync2 } from "node:fs";
import { join, relative, sep as sep2 } from "node:path";
var LocalVfs = class _LocalVfs {
  constructor(root, label, files, realRoot, truncated, regular = /* @__PURE__ */ new Set()) {
    this.root = root;
    this.label = label;
    this.files = files;
    this.realRoot = realRoot;
    this.truncated = truncated;
    this.regular = regular;
  }
  root;
  label;
  files;
  realRoot;
  truncated;
  regular;
  /** A folder listed before (in another thread): the listing is taken as it was, nothing is walked again. */
  static listed(root, label, files, truncated) {
    return new _LocalVfs(root, label, new Set(files), realpathSync2.native(root), truncated);
  }
  /** Lists `root`, or takes `only` as its files (named by the user; `onlyRegular`: seen to be regular files, no links). */
  static open(root, label, only, onlyRegular = false) {
    const realRoot = realpathSync2.native(root);
    const files = new Set(only ?? []);
    const regular = new Set(only && onlyRegular ? only : []);
    const truncated = only ? void 0 : walk(root, files, regular);
    return new _LocalVfs(root, label, files, realRoot, truncated, regular);
  }
  fresh() {
    return new _LocalVfs(this.root, this.label, this.files, this.realRoot, this.truncated, this.regular);
  }
  /** Each file is read at most once per listing: the engine, the rules and the report share the text. */
  texts = /* @__PURE__ */ new Map();
  readText(path) {
    let text = this.texts.get(path);
    if (!text) {
      try {
        text = Promise.resolve(this.readOnce(path));
      } catch (e) {
        text = Promise.reject(e);
      }
      this.texts.set(path, text);
    }
    return text;
  }
  readOnce(path) {
    if (path.split("/").includes("..")) throw new VfsError(path, "path leaves the repository", "missing");
    const options = { realRoot: this.realRoot, label: path };
    const absolute = join(this.root, ...path.split("/"));
    return decodeText(path, this.regular.has(path) ? readListedRegularFile(absolute, options) : readRegularFile(absolute, options));
  }
};
function walk(root, into, regular) {
  let folders = 0;
  const stack = [];
  const enter = (rel) => {
    if (++folders > MAX_FOLDERS) return `the repository holds more than ${MAX_FOLDERS} folders: only the files of the first ${MAX_FOLDERS} were listed and linted`;
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return void 0;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    stack.push({ rel, entries, next: 0 });
    return void 0;
  };
  let stopped = enter("");
  while (!stopped && stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.next++];
    const path = top.rel ? `${top.rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) stopped = enter(path);
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
  readRegularText,
  readNamedFile,
  LocalVfs,
  toPosix,
  relativePosix
};
