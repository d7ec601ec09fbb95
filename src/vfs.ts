// A local folder as the file system the engine sees (the interface and the in-memory one are in
// vfs-core.ts, which needs no Node and is re-exported here).
import { realpathSync, type Dirent } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { readListedRegularFile, readRegularFileBlocking, readRegularText } from './safe-read.js';
import { decodeText, MAX_FILES, MAX_FOLDERS, SKIPPED_DIRS, VfsError, type Vfs } from './vfs-core.js';

export * from './vfs-core.js';

/** A local folder. Symbolic links are listed but never followed outside the folder; only regular files are read (src/safe-read.ts). */
export class LocalVfs implements Vfs {
  private constructor(
    readonly root: string,
    readonly label: string,
    readonly files: ReadonlySet<string>,
    private readonly realRoot: string,
    readonly truncated?: string,
    /** Files the listing showed as regular files (not links): read with fewer system calls (readListedRegularFile). */
    private readonly regular: ReadonlySet<string> = new Set(),
    /** Read with blocking calls (a worker thread: nothing else to do while it waits). */
    private readonly blocking = false,
  ) {}

  /** A folder listed before (in another thread): the listing is taken as it was, nothing is walked again. */
  static async listed(root: string, label: string, files: Iterable<string>, truncated?: string, blocking = false): Promise<LocalVfs> {
    return new LocalVfs(root, label, new Set(files), blocking ? realpathSync.native(root) : await realpath(root), truncated, new Set(), blocking);
  }

  static async open(root: string, label: string, only?: string[]): Promise<LocalVfs> {
    const realRoot = await realpath(root);
    const files = new Set<string>(only ?? []);
    const regular = new Set<string>();
    const truncated = only ? undefined : await walk(root, files, regular);
    return new LocalVfs(root, label, files, realRoot, truncated, regular);
  }

  fresh(): LocalVfs {
    return new LocalVfs(this.root, this.label, this.files, this.realRoot, this.truncated, this.regular, this.blocking);
  }

  /** Each file is read at most once per listing: the engine, the rules and the report share the text. */
  private readonly texts = new Map<string, Promise<string>>();

  readText(path: string): Promise<string> {
    let text = this.texts.get(path);
    if (!text) this.texts.set(path, (text = this.readOnce(path)));
    return text;
  }

  private async readOnce(path: string): Promise<string> {
    if (path.split('/').includes('..')) throw new VfsError(path, 'path leaves the repository', 'missing');
    const options = { realRoot: this.realRoot, label: path };
    const absolute = join(this.root, ...path.split('/'));
    if (this.blocking) return decodeText(path, readRegularFileBlocking(absolute, options));
    return this.regular.has(path) ? decodeText(path, await readListedRegularFile(absolute, options)) : readRegularText(absolute, options);
  }
}

/**
 * Lists the files of a folder, depth first in name order, into `into`: every entry that is not a
 * folder (links not followed). Returns what was left out when a limit
 * stopped it, so that a partial listing is never taken for the whole repository.
 */
async function walk(root: string, into: Set<string>, regular: Set<string>): Promise<string | undefined> {
  let folders = 0;
  // A stack of open folders, each with its entries in name order and the next one to look at: the
  // order of a recursive walk (a folder's files and subfolders interleaved by name), without recursion.
  const stack: { rel: string; entries: Dirent[]; next: number }[] = [];
  const enter = async (rel: string): Promise<string | undefined> => {
    if (++folders > MAX_FOLDERS) return `the repository holds more than ${MAX_FOLDERS} folders: only the files of the first ${MAX_FOLDERS} were listed and linted`;
    let entries: Dirent[];
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return undefined;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    stack.push({ rel, entries, next: 0 });
    return undefined;
  };
  let stopped = await enter('');
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
      // Every other entry is listed, FIFOs, sockets and devices included: they are there (a README
      // that is a FIFO is not a missing README), and reading them is refused (src/safe-read.ts).
      if (into.size >= MAX_FILES) return `the repository holds more than ${MAX_FILES} files: only the first ${MAX_FILES} (in name order) were listed and linted`;
      into.add(path);
      if (e.isFile()) regular.add(path);
    }
  }
  return stopped;
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
