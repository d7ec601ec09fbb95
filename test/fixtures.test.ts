// The fixture runner: every rule is proven by its fixtures in fixtures/<CODE>/. A `*.bad.*` file or
// folder must give exactly the annotated findings (of its rule and of any rule it annotates), no
// more, no fewer; a `*.good.*` one must give no finding of its rule. Adding a case needs no code here.
// `*.fixed` files and folders are the expected results of fixes (test/fixes.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderExpectations, inlineExpectations, key, lintPath, ROOT, type Expectation } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const ruleDirs = readdirSync(FIXTURES).filter((d) => /^[A-Z]+\d+$/.test(d)).sort();

function compare(code: string, expectations: Expectation[], findings: { file: string; range: { startLine: number }; code: string; severity: string; fix?: { safe: boolean } }[]) {
  const codes = new Set([code, ...expectations.map((e) => e.code)]);
  // A finding's severity, or the kind of its fix, is compared where its expectation names one (`CHM101:info`, `CHM302 fix=unsafe`).
  const names = (what: 'severity' | 'fix', f: { file: string; line: number; code: string }) => expectations.some((e) => e[what] && e.file === f.file && (e.line === null || e.line === f.line) && e.code === f.code);
  const actual = findings
    .filter((f) => codes.has(f.code))
    .map((f) => {
      const a = { file: f.file, line: f.range.startLine, code: f.code };
      return { ...a, ...(names('severity', a) ? { severity: f.severity } : {}), ...(names('fix', a) ? { fix: f.fix ? (f.fix.safe ? 'safe' : 'unsafe') : 'none' } : {}) };
    });
  // An expectation without a line matches a finding of that code anywhere in that file.
  const wildcard = expectations.filter((e) => e.line === null);
  const actualKeys = actual.map((a) => (wildcard.some((w) => w.file === a.file && w.code === a.code) ? key({ ...a, line: null }) : key(a))).sort();
  const expectedKeys = expectations.map(key).sort();
  return { actualKeys, expectedKeys };
}

for (const code of ruleDirs) {
  describe(code, () => {
    const entries = readdirSync(join(FIXTURES, code)).filter((e) => /\.(bad|good)(\.|$)/.test(e) && !e.endsWith('.fixed')).sort();
    for (const entry of entries) {
      const path = join(FIXTURES, code, entry);
      const isDir = statSync(path).isDirectory();
      const bad = /\.bad(\.|$)/.test(entry);
      it(`${entry} ${bad ? 'gives exactly its annotated findings' : `gives no ${code} finding`}`, async () => {
        const findings = (await lintPath(path, {}, code === 'CHM003')).filter((f) => !f.suppressed);
        if (bad) {
          const expectations = isDir ? folderExpectations(path) : inlineExpectations(entry, readFileSync(path, 'utf8'));
          expect(expectations.length, 'a bad fixture must annotate at least one finding').toBeGreaterThan(0);
          expect(expectations.some((e) => e.code === code), `a bad fixture of ${code} must expect ${code}`).toBe(true);
          const { actualKeys, expectedKeys } = compare(code, expectations, findings);
          expect(actualKeys).toEqual(expectedKeys);
        } else {
          const own = findings.filter((f) => f.code === code).map((f) => `${f.file}:${f.range.startLine} ${f.message}`);
          expect(own).toEqual([]);
        }
      });
    }
  });
}
