// Bundles what runs straight from a checkout of this repository, with no npm install, into dist/
// (committed): the GitHub Action (dist/action.js, run by action.yml) and the command line for the
// pre-commit hook (dist/cli.js, run by bin/pre-commit-hook.sh). The engine and every dependency are
// bundled into each file; the WASM grammars go beside them, where src/shell/grammars.ts looks
// first, and the JSON data files the engine reads from dependencies at run time (readPackageJson in
// src/license/corpus.ts) go to dist/data/.
// Usage: node scripts/build-action.mjs [outdir]   (a test rebuilds into a temporary folder and
// compares it with the committed dist/).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const outdir = resolve(process.argv[2] ?? resolve(root, 'dist'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  // dist/cli.js is bin/chaimeleon-lint.js with the engine from the sources instead of the build/ bundle.
  entryPoints: { action: 'src/action.ts', cli: 'bin/chaimeleon-lint.js' },
  plugins: [{ name: 'cli-from-sources', setup: (b) => b.onResolve({ filter: /\/build\/cli\.js$/ }, () => ({ path: resolve(root, 'src/cli.ts') })) }],
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// Anything left external would need node_modules at run time: fail the build instead.
const external = Object.values(result.metafile.outputs)
  .flatMap((o) => o.imports)
  .filter((i) => i.external && !isBuiltin(i.path))
  .map((i) => i.path);
if (external.length > 0) throw new Error(`dist/ would need node_modules for: ${[...new Set(external)].join(', ')}`);

for (const [file, spec] of [
  ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
  ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
  ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(spec), resolve(outdir, file));
}
// Every `readPackageJson('pkg/file.json')` in the sources names a file to ship.
const sources = readdirSync(resolve(root, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
const dataFiles = new Set(sources.flatMap((f) => [...readFileSync(resolve(root, 'src', f), 'utf8').matchAll(/readPackageJson\b[^(]*\(\s*'([^']+)'/g)].map((m) => m[1])));
for (const spec of [...dataFiles].sort()) {
  const target = resolve(outdir, 'data', spec);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(require.resolve(spec), target);
}
// dist/ is ES modules whatever the package.json above it says.
writeFileSync(resolve(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
