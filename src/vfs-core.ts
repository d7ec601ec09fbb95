// The file system the engine sees: a list of repository-relative paths and a way to read them.
// Local folders (src/vfs.ts), GitHub repositories and the browser playground are implementations;
// the rest of the engine does no I/O. Nothing here needs Node, so the engine bundles for the browser.
import { decodeText, VfsError } from './file-errors.js';

export { decodeText, MAX_FILE_BYTES, VfsError } from './file-errors.js';

export interface Vfs {
  /** A name for messages: a local folder or `github:owner/repo@sha`. */
  readonly label: string;
  /** Every file in the repository, relative, with forward slashes. */
  readonly files: ReadonlySet<string>;
  /** Reads a file as text; throws VfsError when it cannot. */
  readText(path: string): Promise<string>;
  /** Where a finding in this file should link to (remote mode); undefined locally. */
  linkFor?(path: string, line: number): string | undefined;
  /** Set when the listing stopped at a limit: what was left out, as a sentence. */
  readonly truncated?: string;
  /** The same listing without the texts read so far (after --fix rewrote files); absent when nothing is kept. */
  fresh?(): Vfs;
}

/** Folders never worth reading in a partner repository. */
export const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache']);
export const MAX_FILES = 20000;
/** Folders listed at most: a tree of empty folders must not make the walk endless either. */
export const MAX_FOLDERS = 20000;

/** Files held in memory: tests, repositories fetched from GitHub, and the browser playground's files. */
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

/** Joins and normalises a repository-relative path (`a/b` + `../c` → `a/c`); null when it leaves the repository or is absolute. */
export function joinRepositoryPath(base: string, path: string): string | null {
  if (path.startsWith('/')) return null;
  const parts: string[] = base ? base.split('/') : [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
