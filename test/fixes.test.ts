// Fixes proven by fixtures: next to every bad fixture of a fixable rule, `<fixture>.fixed` holds the text
// the fixes of that rule must give (for a folder fixture, `<fixture>.fixed/` holds each changed file).
// No `.fixed` means the rule offers no fix there. Each fixture is copied to a temporary folder and fixed
// with that rule alone enabled, safe and unsafe fixes both (the rule's own fixes are what is proven;
// which are safe is checked on examples/ and in cli-fix.test.ts). Then: a second pass changes nothing,
// no finding of the rule that has a fix is left, and no other rule finds more than before.
// `UPDATE_FIXED=1 npx vitest run test/fixes.test.ts` writes the `.fixed` files (review them!).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfigFile, resolveConfig } from '../src/config.js';
import { fixInMemory } from '../src/fix/apply.js';
import { writeFixedFile } from '../src/fix/write.js';
import { Linter } from '../src/lint.js';
import { discoverLocal } from '../src/project/discover.js';
import type { Finding, SeveritySetting } from '../src/types.js';
import { fixtureRemote, lintPath, listFiles, ROOT, ruleSet } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const UPDATE = process.env.UPDATE_FIXED === '1';
const temp = mkdtempSync(join(tmpdir(), 'chm-fixes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Fixes a file or folder in place with only `code` enabled; returns the repository-relative files changed. */
async function fixWithRule(path: string, code: string): Promise<string[]> {
  const isDir = statSync(path).isDirectory();
  const configFile = isDir ? await findConfigFile([path]) : null;
  const user = configFile ? await loadConfigFile(configFile, ruleSet) : {};
  const rules: Record<string, SeveritySetting> = Object.fromEntries(ruleSet.meta.filter((m) => m.code !== code).map((m) => [m.code, 'off' as const]));
  const config = resolveConfig(user, configFile, { rules });
  const project = await discoverLocal(path, isDir ? path : dirname(path), config.ignore, isDir ? { root: path } : {});
  const input = {
    vfs: project.vfs,
    isRepository: project.isRepository,
    targets: project.targets,
    repository: { ...(project.repoName ? { name: project.repoName, owner: project.repoOwner } : fixtureRemote(path)), isPrivate: config.private, githubLicense: null },
    git: null,
  };
  const outcome = await fixInMemory(new Linter(ruleSet, config), input, { unsafe: true });
  expect(outcome.stopped, 'the fix passes must end by themselves').toBeUndefined();
  for (const [file, { before, after }] of outcome.changed) await writeFixedFile(project.root, file, before, after);
  return [...outcome.changed.keys()];
}

function countByCode(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (!f.suppressed) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
}

const fixable = ruleSet.meta.filter((m) => m.fixable && existsSync(join(FIXTURES, m.code)));

describe('every fixable rule has a fixture whose fix is proven', () => {
  for (const meta of fixable) {
    it(`${meta.code} has at least one .fixed fixture`, () => {
      expect(readdirSync(join(FIXTURES, meta.code)).some((e) => e.endsWith('.fixed'))).toBe(true);
    });
  }
});

for (const meta of fixable) {
  const code = meta.code;
  describe(`${code} fixes`, () => {
    const entries = readdirSync(join(FIXTURES, code)).filter((e) => /\.bad(\.|$)/.test(e) && !e.endsWith('.fixed')).sort();
    for (const entry of entries) {
      const original = join(FIXTURES, code, entry);
      if (existsSync(join(original, '.git-base'))) continue;
      const expectedPath = `${original}.fixed`;
      it(`${entry} ${existsSync(expectedPath) ? `is fixed as ${entry}.fixed` : 'gets no fix'}`, async () => {
        const isDir = statSync(original).isDirectory();
        const copy = join(temp, code, entry);
        mkdirSync(dirname(copy), { recursive: true });
        cpSync(original, copy, { recursive: true });
        const changed = await fixWithRule(copy, code);
        const files = isDir ? listFiles(copy) : [''];
        const read = (base: string, file: string) => readFileSync(file ? join(base, file) : base, 'utf8');
        if (UPDATE && changed.length > 0) {
          for (const file of isDir ? changed : ['']) {
            const target = file ? join(expectedPath, file) : expectedPath;
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, read(copy, file));
          }
        }
        for (const file of files) {
          const expectedFile = file ? join(expectedPath, file) : expectedPath;
          const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : read(original, file);
          expect(read(copy, file), `${entry}${file ? `/${file}` : ''}`).toBe(expected);
        }
        // Idempotent: a second run finds nothing more to fix.
        expect(await fixWithRule(copy, code)).toEqual([]);
        // Nothing of the rule left that a fix could remove, and no rule finds more than before the fix.
        const before = countByCode(await lintPath(original));
        const afterFindings = await lintPath(copy);
        expect(afterFindings.filter((f) => f.code === code && f.fix && !f.suppressed).map((f) => `${f.file}:${f.range.startLine} ${f.message}`)).toEqual([]);
        const after = countByCode(afterFindings);
        const grown = [...after].filter(([c, n]) => n > (before.get(c) ?? 0)).map(([c, n]) => `${c}: ${before.get(c) ?? 0} → ${n}`);
        expect(grown, 'a fix must not bring a new finding').toEqual([]);
      });
    }
  });
}
