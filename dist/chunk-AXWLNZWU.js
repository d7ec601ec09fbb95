import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/atomic-write.ts
import { promises as fsp } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
var require2 = createRequire(import.meta.url);
async function writeAtomically(path, data, mode, exactMode = false) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${require2("node:crypto").randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fsp.open(temp, "wx", mode);
    try {
      await handle.writeFile(data);
      if (exactMode) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, path);
  } catch (e) {
    await fsp.rm(temp, { force: true }).catch(() => {
    });
    throw e;
  }
}

export {
  writeAtomically
};
