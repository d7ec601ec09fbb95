// Why a file was not read, and how its bytes become text: shared by every file system the engine
// reads through (src/vfs.ts), the local one, GitHub and the browser playground's.

/** Files larger than this are not read (a Dockerfile, script or README is a few KB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Why a file was not read. `special`, `too-large`, `outside` and `denied` are reported as findings
 * (CHM001); `missing` and `binary` are facts the rules judge themselves; `other` is not reported.
 */
export type UnreadableKind = 'missing' | 'binary' | 'special' | 'folder' | 'too-large' | 'outside' | 'denied' | 'other';

export class VfsError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly kind: UnreadableKind = 'other',
  ) {
    super(message);
    this.name = 'VfsError';
  }

  /** The reason alone, as it reads after a path in a message. */
  override toString(): string {
    return this.message;
  }
}

/** The kinds a reviewer must hear about: the file is there, and was deliberately not read. */
export function isReportable(e: unknown): e is VfsError {
  return e instanceof VfsError && ['special', 'too-large', 'outside', 'denied'].includes(e.kind);
}

export function decodeText(path: string, buffer: Uint8Array): string {
  if (buffer.includes(0)) throw new VfsError(path, 'is a binary file (it contains NUL bytes)', 'binary');
  return new TextDecoder('utf-8', { fatal: false }).decode(buffer);
}
