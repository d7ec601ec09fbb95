// The one way chaimeleon-lint reads a local file. A repository is data and a boundary: a file is
// read only when it is a regular file (checked before it is opened, so a FIFO, a device or a socket
// is never opened and cannot block the run), no larger than a limit, and, when a root is given,
// only when its real path (links followed) is inside that root. Opening uses O_NONBLOCK and
// O_NOFOLLOW, and what was opened is checked again (the same file, still inside), so a file swapped
// for a FIFO or a link after the check is refused too.
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { decodeText, MAX_FILE_BYTES, VfsError } from './file-errors.js';

export { decodeText, isReportable, MAX_FILE_BYTES, VfsError, type UnreadableKind } from './file-errors.js';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function typeProblem(path: string, info: Stats): VfsError | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return new VfsError(path, 'is a folder, not a file', 'folder');
  const what = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
  return new VfsError(path, `is ${what}, not a regular file, so it was never opened`, 'special');
}

function tooLarge(path: string, size: number, maxBytes: number): VfsError | null {
  return size > maxBytes ? new VfsError(path, `is larger than ${formatSize(maxBytes)}, so it was not read`, 'too-large') : null;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}

export function describeError(path: string, e: unknown): VfsError {
  if (e instanceof VfsError) return e;
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new VfsError(path, 'does not exist', 'missing');
    case 'EACCES':
    case 'EPERM':
      return new VfsError(path, 'cannot be read (permission denied)', 'denied');
    case 'EISDIR':
      return new VfsError(path, 'is a folder, not a file', 'folder');
    case 'ELOOP':
      return new VfsError(path, 'is a symbolic link that loops, or was swapped while it was read, so it was not followed', 'outside');
    default:
      return new VfsError(path, err.message ?? String(e));
  }
}

export const isInside = (real: string, root: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

export interface ReadOptions {
  /** The real path of the folder the file must stay in (links followed); none for a path the user named. */
  realRoot?: string;
  maxBytes?: number;
  /** The path to name in messages (repository-relative); defaults to `path`. */
  label?: string;
}

/**
 * Reads a regular file, within the limits above; throws VfsError saying why not. Blocking: the files
 * are local, regular (checked before opening) and bounded, so each call returns in microseconds, and
 * a promise per system call (seven a file, each a trip through libuv's pool) cost more than the reads.
 */
export function readRegularFile(path: string, options: ReadOptions = {}): Uint8Array {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (e) {
    throw describeError(label, e);
  }
  if (options.realRoot !== undefined && !isInside(real, options.realRoot)) {
    throw new VfsError(label, 'is a link to a place outside the repository, so it was not followed', 'outside');
  }
  let fd: number | undefined;
  try {
    // The type and size before opening: a FIFO, a device or a socket is never opened.
    const before = lstatSync(real);
    const problem = typeProblem(label, before) ?? tooLarge(label, before.size, maxBytes);
    if (problem) throw problem;
    fd = openSync(real, OPEN_FLAGS);
    const opened = fstatSync(fd);
    // The same file as checked: not swapped for another (a FIFO, a link out) in between.
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new VfsError(label, 'changed while it was read, so it was not read', 'outside');
    const again = typeProblem(label, opened) ?? tooLarge(label, opened.size, maxBytes);
    if (again) throw again;
    if (options.realRoot !== undefined && openedOutside(fd, options.realRoot)) throw new VfsError(label, 'is a link to a place outside the repository, so it was not followed', 'outside');
    return readOpened(fd, opened.size, maxBytes, label);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a file that a directory listing of the repository just showed as a regular file (not a
 * link), with fewer system calls: the listing told its type, so no realpath and no lstat before
 * opening. What is opened is still checked: O_NOFOLLOW refuses a file swapped for a link, the
 * opened descriptor must be a regular file within the size limit, and /proc/self/fd must show it
 * inside the repository (a folder on the way swapped for a link). Where /proc is not there, it
 * falls back to readRegularFile's full checks.
 */
export function readListedRegularFile(path: string, options: ReadOptions & { realRoot: string }): Uint8Array {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const target = openedPath(fd);
    if (target === null) {
      closeSync(fd);
      fd = undefined;
      return readRegularFile(path, options);
    }
    if (!isInside(target, options.realRoot)) throw new VfsError(label, 'is a link to a place outside the repository, so it was not followed', 'outside');
    const opened = fstatSync(fd);
    const problem = typeProblem(label, opened) ?? tooLarge(label, opened.size, maxBytes);
    if (problem) throw problem;
    return readOpened(fd, opened.size, maxBytes, label);
  } catch (e) {
    throw describeError(label, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** On Linux, where an opened descriptor really points; null where /proc is not there. */
function openedPath(fd: number): string | null {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}

/** A directory swapped for a link after the checks is caught here; without /proc, the inode check is what remains. */
function openedOutside(fd: number, realRoot: string): boolean {
  const target = openedPath(fd);
  return target !== null && !isInside(target, realRoot);
}

/** Reads an opened file to its end, one byte past the limit at most: a file that grows while it is read stops there, and is caught. */
function readOpened(fd: number, size: number, maxBytes: number, label: string): Uint8Array {
  const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
  let length = 0;
  while (length < buffer.length) {
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) throw tooLarge(label, length, maxBytes)!;
  return buffer.subarray(0, length);
}

/** Reads a regular file as UTF-8 text (a NUL byte makes it binary). */
export function readRegularText(path: string, options: ReadOptions = {}): string {
  return decodeText(options.label ?? path, readRegularFile(path, options));
}

/** A file the user named (links followed), with the same type, size and swap checks. */
export function readNamedFile(path: string, maxBytes = MAX_FILE_BYTES): Uint8Array {
  let fd: number | undefined;
  try {
    // The type and size before opening (links followed: the path was named by the caller).
    const before = statSync(path);
    const problem = typeProblem(path, before) ?? tooLarge(path, before.size, maxBytes);
    if (problem) throw problem;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new VfsError(path, 'changed while it was read, so it was not read', 'outside');
    return readOpened(fd, opened.size, maxBytes, path);
  } catch (e) {
    throw describeError(path, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
