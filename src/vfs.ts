// A local folder as the file system the engine sees (the interface and the in-memory one are in
// vfs-core.ts, which needs no Node and is re-exported here).
import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readListedRegularFile, readRegularFile } from './safe-read.js';
import { decodeText, MAX_FILES, MAX_FOLDERS, SKIPPED_DIRS, VfsError, type Vfs } from './vfs-core.js';

export * from './vfs-core.js';

/**
 * A local folder. Symbolic links are listed but never followed outside the folder; only regular
 * files are read (src/safe-read.ts). Listing and reading block: local calls that return in
 * microseconds cost less than the promises around them (a run of 2,000 files spent a quarter of its
 * time idle between asynchronous calls).
 */
export class LocalVfs implements Vfs {
  private constructor(
    readonly root: string,
    readonly label: string,
    readonly files: ReadonlySet<string>,
    private readonly realRoot: string,
    readonly truncated?: string,
    /** Files the listing showed as regular files (not links): read with fewer system calls (readListedRegularFile). */
    private readonly regular: ReadonlySet<string> = new Set(),
  ) {}

  /** A folder listed before (in another thread): the listing is taken as it was, nothing is walked again. */
  static listed(root: string, label: string, files: Iterable<string>, truncated?: string): LocalVfs {
    return new LocalVfs(root, label, new Set(files), realpathSync.native(root), truncated);
  }

  /** Lists `root`, or takes `only` as its files (named by the user; `onlyRegular`: seen to be regular files, no links). */
  static open(root: string, label: string, only?: string[], onlyRegular = false): LocalVfs {
    const realRoot = realpathSync.native(root);
    const files = new Set<string>(only ?? []);
    const regular = new Set<string>(only && onlyRegular ? only : []);
    const truncated = only ? undefined : walk(root, files, regular);
    return new LocalVfs(root, label, files, realRoot, truncated, regular);
  }

  fresh(): LocalVfs {
    return new LocalVfs(this.root, this.label, this.files, this.realRoot, this.truncated, this.regular);
  }

  /** Each file is read at most once per listing: the engine, the rules and the report share the text. */
  private readonly texts = new Map<string, Promise<string>>();

  readText(path: string): Promise<string> {
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

  private readOnce(path: string): string {
    if (path.split('/').includes('..')) throw new VfsError(path, 'path leaves the repository', 'missing');
    const options = { realRoot: this.realRoot, label: path };
    const absolute = join(this.root, ...path.split('/'));
    return decodeText(path, this.regular.has(path) ? readListedRegularFile(absolute, options) : readRegularFile(absolute, options));
  }
}

/**
 * Lists the files of a folder, depth first in name order, into `into`: every entry that is not a
 * folder (links not followed). Returns what was left out when a limit
 * stopped it, so that a partial listing is never taken for the whole repository.
 */
function walk(root: string, into: Set<string>, regular: Set<string>): string | undefined {
  let folders = 0;
  // A stack of open folders, each with its entries in name order and the next one to look at: the
  // order of a recursive walk (a folder's files and subfolders interleaved by name), without recursion.
  const stack: { rel: string; entries: Dirent[]; next: number }[] = [];
  const enter = (rel: string): string | undefined => {
    if (++folders > MAX_FOLDERS) return `the repository holds more than ${MAX_FOLDERS} folders: only the files of the first ${MAX_FOLDERS} were listed and linted`;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return undefined;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    stack.push({ rel, entries, next: 0 });
    return undefined;
  };
  let stopped = enter('');
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
      // Every other entry is listed, FIFOs, sockets and devices included: they are there (a README
      // that is a FIFO is not a missing README), and reading them is refused (src/safe-read.ts).
      if (into.size >= MAX_FILES) return `the repository holds more than ${MAX_FILES} files: only the first ${MAX_FILES} (in name order) were listed and linted`;
      into.add(path);
      if (e.isFile()) regular.add(path);
    }
  }
  return stopped;
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export function relativePosix(from: string, to: string): string {
  return toPosix(relative(from, to)) || '.';
}
