// Where the .wasm files are in the browser playground (see grammar-files.ts): beside the page's
// script, at the URL the page sets with setWasmBase. The browser chooses its own WASM compilers.
import type * as NodeVersion from './grammar-files.js';

let base: string | undefined;

/** The URL of the folder the .wasm files are served from (site/dist/ beside index.html). */
export function setWasmBase(url: string): void {
  base = url;
}

export function wasmLocation(file: string, _specifier: string): string {
  if (base === undefined) throw new Error('internal: setWasmBase was not called before the grammars were loaded');
  return new URL(file, base).href;
}

/** The browser fetches a grammar from its URL. */
export function grammarSource(file: string, specifier: string): Uint8Array | string {
  return wasmLocation(file, specifier);
}

export function beforeRuntimeLoads(_optimize: boolean): void {}

wasmLocation satisfies typeof NodeVersion.wasmLocation;
beforeRuntimeLoads satisfies typeof NodeVersion.beforeRuntimeLoads;
grammarSource satisfies typeof NodeVersion.grammarSource;
