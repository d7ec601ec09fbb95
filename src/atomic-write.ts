// Writing a file so that a reader sees the old text or the new one, never half of either (a full
// disk, a crash): the text goes to a temporary file beside it, which then takes its name. Used for
// the report (`--output`), the cache and the files `--fix` rewrites.
import { promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

// node:crypto (some 30 modules of Node's own) loads on the first write, not with the command line.
const require = createRequire(import.meta.url);

/**
 * Replaces `path` with `data`. A new file gets `mode` less the umask; with `exactMode` it gets `mode`
 * as given (a rewritten file keeps the mode it had). The temporary file is removed on failure.
 */
export async function writeAtomically(path: string, data: string | Uint8Array, mode: number, exactMode = false): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${(require('node:crypto') as typeof import('node:crypto')).randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fsp.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      // The umask may have taken bits off the mode given to open.
      if (exactMode) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, path);
  } catch (e) {
    await fsp.rm(temp, { force: true }).catch(() => {});
    throw e;
  }
}
