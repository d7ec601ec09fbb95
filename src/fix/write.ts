// Writes a fixed file back into the repository, and nowhere else: the path is repository-relative,
// its real path (links followed) must be inside the repository's real folder, it must be a regular
// file that still holds the text that was fixed, and it is replaced atomically (a temporary file in
// the same folder, then a rename) with its mode kept. A link inside the repository stays a link: the
// file it points to is the one replaced.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../atomic-write.js';
import { decodeText, isInside, readRegularFile } from '../safe-read.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export class FixWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'FixWriteError';
  }
}

export async function writeFixedFile(root: string, file: string, expected: string, text: string): Promise<void> {
  if (file.split('/').some((part) => part === '..' || part === '') || file.startsWith('/')) throw new FixWriteError(file, 'is not a path inside the repository; not written');
  let real: string;
  let realRoot: string;
  try {
    realRoot = await fsp.realpath(root);
    real = await fsp.realpath(join(root, ...file.split('/')));
  } catch (e) {
    throw new FixWriteError(file, `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!isInside(real, realRoot)) throw new FixWriteError(file, 'is a link to a place outside the repository; not written');
  const info = await fsp.lstat(real);
  if (!info.isFile()) throw new FixWriteError(file, 'is not a regular file; not written');
  // The same checks as reading, and the text must be what was fixed: a file changed meanwhile is left alone.
  const bytes = Buffer.from(readRegularFile(real, { realRoot, label: file }));
  if (decodeText(file, bytes) !== expected) throw new FixWriteError(file, 'changed while it was being fixed; not written');
  // The decoder drops a UTF-8 byte order mark: it is written back as it was.
  const bom = bytes.subarray(0, 3).equals(UTF8_BOM) && !expected.startsWith('\ufeff') ? UTF8_BOM : Buffer.alloc(0);
  // Bytes that are not UTF-8 would not survive the round trip: such a file is not rewritten.
  if (!Buffer.concat([bom, Buffer.from(expected, 'utf8')]).equals(bytes)) throw new FixWriteError(file, 'is not valid UTF-8 text; not rewritten');
  try {
    await writeAtomically(real, Buffer.concat([bom, Buffer.from(text, 'utf8')]), info.mode & 0o7777, true);
  } catch (e) {
    throw new FixWriteError(file, `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
