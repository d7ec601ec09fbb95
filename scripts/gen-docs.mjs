// Writes the generated rules documentation (README table, docs/rules/*.md, src/generated/rule-examples.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RULES, generateDocs } from '../build/internal.js';

const root = process.cwd();
const docs = generateDocs(root, RULES.map((r) => r.meta));
for (const [path, content] of docs.files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
writeFileSync('README.md', docs.readme);
console.log(`wrote ${docs.files.size} generated files and the README rules table`);
