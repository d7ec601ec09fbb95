// The file system the engine sees: a list of repository-relative paths and a way to read them.
// Local folders and GitHub repositories are two implementations; the rest of the engine does no I/O.
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface Vfs {
  /** A name for messages: a local folder or `github:owner/repo@sha`. */
  readonly label: string;
  /** Every file in the repository, relative, with forward slashes. */
  readonly files: ReadonlySet<string>;
  /** Reads a file as text; throws VfsError when it cannot. */
  readText(path: string): Promise<string>;
  /** Where a finding in this file should link to (remote mode); undefined locally. */
  linkFor?(path: string, line: number): string | undefined;
}

export class VfsError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'VfsError';
  }
}

/** Folders never worth reading in a partner repository. */
export const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache']);
export const MAX_FILES = 20000;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A local folder. Symbolic links are listed but never followed outside the folder. */
export class LocalVfs implements Vfs {
  private constructor(
    readonly root: string,
    readonly label: string,
    readonly files: ReadonlySet<string>,
    private readonly realRoot: string,
  ) {}

  static async open(root: string, label: string, only?: string[]): Promise<LocalVfs> {
    const realRoot = await realpath(root);
    const files = new Set<string>(only ?? []);
    if (!only) await walk(root, '', files);
    return new LocalVfs(root, label, files, realRoot);
  }

  async readText(path: string): Promise<string> {
    if (path.split('/').includes('..')) throw new VfsError(path, 'path leaves the repository');
    const full = join(this.root, ...path.split('/'));
    let real: string;
    try {
      real = await realpath(full);
    } catch (e) {
      throw new VfsError(path, describe(e));
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep)) {
      throw new VfsError(path, 'is a link to a place outside the repository; not followed');
    }
    let handle;
    try {
      handle = await open(real, 'r');
      const info = await handle.stat();
      if (!info.isFile()) throw new VfsError(path, 'is not a regular file');
      if (info.size > MAX_FILE_BYTES) throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
      const buffer = await handle.readFile();
      return decodeText(path, buffer);
    } catch (e) {
      if (e instanceof VfsError) throw e;
      throw new VfsError(path, describe(e));
    } finally {
      await handle?.close();
    }
  }
}

/** Files held in memory: tests, and repositories fetched from GitHub. */
export class MemoryVfs implements Vfs {
  readonly files: ReadonlySet<string>;
  constructor(
    readonly label: string,
    private readonly contents: Map<string, string | Uint8Array>,
  ) {
    this.files = new Set(contents.keys());
  }

  async readText(path: string): Promise<string> {
    const content = this.contents.get(path);
    if (content === undefined) throw new VfsError(path, 'does not exist');
    return typeof content === 'string' ? content : decodeText(path, content);
  }
}

export function decodeText(path: string, buffer: Uint8Array): string {
  if (buffer.includes(0)) throw new VfsError(path, 'is a binary file (it contains NUL bytes)');
  return new TextDecoder('utf-8', { fatal: false }).decode(buffer);
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return err.message ?? String(e);
  }
}

async function walk(root: string, rel: string, into: Set<string>): Promise<void> {
  if (into.size >= MAX_FILES) return;
  let entries;
  try {
    entries = await readdir(join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(root, path, into);
    } else if (e.isFile() || e.isSymbolicLink()) {
      into.add(path);
    }
    if (into.size >= MAX_FILES) return;
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory() || (await realpath(path)) !== path && (await lstat(await realpath(path))).isDirectory();
  } catch {
    return false;
  }
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export function relativePosix(from: string, to: string): string {
  return toPosix(relative(from, to)) || '.';
}
