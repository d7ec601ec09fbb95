import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_FILE_BYTES,
  VfsError,
  decodeText
} from "./chunk-SJVLKRHK.js";

// src/safe-read.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
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

export {
  isInside,
  readRegularFile,
  readRegularText,
  readRegularFileSync
};
