// Where the tree-sitter runtime and grammar .wasm files are, on Node. The browser build replaces
// this module with grammar-files.browser.ts (scripts/build-site.mjs), so that the grammar loader
// itself (grammars.ts) imports nothing of Node.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** A bundled build (the GitHub Action) ships the .wasm files next to itself; otherwise node_modules. */
export function wasmLocation(file: string, specifier: string): string {
  for (const candidate of [join(here, file), join(here, 'wasm', file)]) {
    if (existsSync(candidate)) return candidate;
  }
  return require.resolve(specifier);
}

/**
 * A grammar as web-tree-sitter's Language.load takes it: its bytes, read here with one blocking call
 * (given a path, it would load node:fs/promises and read through libuv's pool: 5 ms of a small run).
 */
export function grammarSource(file: string, specifier: string): Uint8Array | string {
  return readFileSync(wasmLocation(file, specifier));
}

/**
 * Called once before the runtime loads. Unless a long run asked for optimised code, V8 stays on
 * its baseline compiler: the optimising compile of the grammars costs seconds of CPU and delays the
 * exit of a short lint run for no gain. (The command's launcher, src/launch.ts, has set the
 * baseline already; a worker of a long run sets it back for the whole process.)
 */
export function beforeRuntimeLoads(optimize: boolean): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(optimize ? '--no-liftoff-only' : '--liftoff-only');
}
