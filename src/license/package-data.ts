// JSON data files shipped by dependencies (the SPDX lists), read where they are on Node. The
// browser build replaces this module with package-data.browser.ts (scripts/build-site.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/**
 * A JSON file shipped by a dependency, read and parsed now (one synchronous read decodes 5 MB far faster than a stream).
 * The GitHub Action's bundle has no node_modules: scripts/build.mjs copies every file named in a call
 * to this function to `dist/data/<spec>`, looked for first.
 */
export function readPackageJson<T>(spec: string): T {
  const bundled = join(here, 'data', spec);
  return JSON.parse(readFileSync(existsSync(bundled) ? bundled : require.resolve(spec), 'utf8')) as T;
}
