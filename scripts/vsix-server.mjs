// The language server inside the VS Code extension: this project's command as npm ships it (bin/
// with its package.json, which makes the entry CommonJS, and the bundle dist/), with a package.json
// that gives the version the launcher reads. Used by scripts/build-vsix.mjs; test/package.test.ts
// runs the command it assembles.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Assembles the server from the checkout at `root` into `server` (emptied first). */
export function assembleServer(root, server) {
  rmSync(server, { recursive: true, force: true });
  mkdirSync(join(server, 'bin'), { recursive: true });
  for (const file of ['chaimeleon-lint.js', 'package.json']) cpSync(join(root, 'bin', file), join(server, 'bin', file));
  cpSync(join(root, 'dist'), join(server, 'dist'), { recursive: true });
  const { name, version, license } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(join(server, 'package.json'), JSON.stringify({ name, version, license, private: true, type: 'module' }, null, 2) + '\n');
}
