// The repository as the editor sees it: the files on disk, with the text of the documents open in
// the editor in place of what is saved. Unsaved text is linted from memory, never written to disk.
import { MAX_FILE_BYTES, VfsError, type Vfs } from '../vfs.js';

export class OverlayVfs implements Vfs {
  readonly label: string;
  readonly files: ReadonlySet<string>;
  readonly truncated?: string;

  constructor(
    private readonly base: Vfs,
    /** Repository-relative path → the editor's text of that file. */
    private readonly overlay: ReadonlyMap<string, string>,
  ) {
    this.label = base.label;
    this.truncated = base.truncated;
    // A document created in the editor and not saved yet is part of the repository too.
    this.files = new Set([...base.files, ...overlay.keys()]);
  }

  async readText(path: string): Promise<string> {
    const text = this.overlay.get(path);
    if (text === undefined) return this.base.readText(path);
    // The same limit as a file on disk: an editor buffer is no way around it.
    if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) throw new VfsError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read`, 'too-large');
    return text;
  }

  linkFor(path: string, line: number): string | undefined {
    return this.base.linkFor?.(path, line);
  }
}
