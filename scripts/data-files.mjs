// Which JSON data files the sources read at run time, found in their calls: every
// `readPackageJson('pkg/file.json')` names a dependency's file, every `readProjectData('file.json')`
// one of the project's own data/ (src/license/package-data.ts). The bundles ship a copy of each
// (scripts/build.mjs, scripts/build-site.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The specs passed to `call` anywhere under `<root>/src`, sorted. */
export function dataFiles(root, call) {
  const sources = readdirSync(join(root, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
  const pattern = new RegExp(`${call}\\b[^(]*\\(\\s*'([^']+)'`, 'g');
  return [...new Set(sources.flatMap((f) => [...readFileSync(join(root, 'src', f), 'utf8').matchAll(pattern)].map((m) => m[1])))].sort();
}
