// JSON data files, read where they are on Node: those shipped by dependencies (the SPDX lists) and
// the project's own, generated ones (data/). The browser build replaces this module with
// package-data.browser.ts (scripts/build-site.mjs).
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

/**
 * A JSON file of the project's own data/ folder (generated: see scripts/gen-license-index.mjs), read
 * and parsed now. The bundles carry a copy in their own `data/` folder (scripts/build.mjs).
 */
export function readProjectData<T>(name: string): T {
  const bundled = join(here, 'data', name);
  return JSON.parse(readFileSync(existsSync(bundled) ? bundled : join(here, '..', '..', 'data', name), 'utf8')) as T;
}
