// Bundles the CLI into build/ with esbuild: one file loads faster than hundreds of modules, and
// heavy parts (tree-sitter) stay in chunks loaded only when needed. The WASM grammars go beside it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('build', { recursive: true, force: true });
mkdirSync('build', { recursive: true });
await build({
  entryPoints: { cli: 'src/cli.ts', internal: 'src/internal.ts', worker: 'src/worker.ts' },
  outdir: 'build',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
for (const [file, spec] of [
  ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
  ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
  ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(spec), `build/${file}`);
}
