// `npm run vsix`: packages the VS Code extension (editors/vscode) as a .vsix from a clean clone.
// The server inside is this project's own bundle (bin/ and dist/); the client is bundled with
// esbuild; @vscode/vsce (a development dependency of editors/vscode) packs it. Only the npm
// registry is reached, to install what is missing; packing itself needs no network.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleServer } from './vsix-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const extension = join(root, 'editors', 'vscode');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, cwd = root) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`vsix: ${command} ${args.join(' ')} failed${r.error ? ` (${r.error.message})` : ` with exit code ${r.status}`}`);
    process.exit(1);
  }
}

// A clean clone has no node_modules yet: install the project's and the extension's (locked versions).
if (!existsSync(join(root, 'node_modules', 'esbuild'))) run(npm, ['ci', '--no-audit', '--no-fund']);
if (!existsSync(join(extension, 'node_modules', '@vscode', 'vsce'))) run(npm, ['ci', '--no-audit', '--no-fund'], extension);

run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(extension, 'tsconfig.json')]);
const { build } = await import('esbuild');
await build({
  entryPoints: [join(extension, 'src', 'extension.ts')],
  outfile: join(extension, 'out', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});

// The server: the CLI's entry point and bundle (scripts/vsix-server.mjs).
assembleServer(root, join(extension, 'server'));

const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const out = join(extension, `${manifest.name}-${manifest.version}.vsix`);
// --no-dependencies: the client is bundled; --skip-license: the license is named in package.json (MIT).
run(process.execPath, [join(extension, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '--out', out], extension);
console.log(`vsix: ${out}`);
