// Writes data/license-index.json: the SPDX license texts of spdx-license-list as word sets, which
// the license detector (src/license/corpus.ts) reads instead of turning 5 MB of texts into words at
// each run. Run after `npm run build` (`npm run docs` does both); a test fails when the file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildLicenseIndex } from '../build/internal.js';

const require = createRequire(import.meta.url);
const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));
const index = buildLicenseIndex(readJson('spdx-license-list/spdx-full.json'), readJson('spdx-license-ids/index.json'), `spdx-license-list ${readJson('spdx-license-list/package.json').version}`);
mkdirSync('data', { recursive: true });
writeFileSync('data/license-index.json', JSON.stringify(index) + '\n');
console.log(`wrote data/license-index.json: ${index.entries.length} texts, ${index.vocabulary.length} words`);
