// Keeps the rule set honest: every rule is documented, registered, proven by good and bad fixtures,
// and the generated docs match what is committed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { generateDocs } from '../src/docs-gen.js';
import { folderExpectations, inlineExpectations, ROOT } from './helpers.js';

const codes = RULES.map((r) => r.meta.code);
const FIXTURES = join(ROOT, 'fixtures');

// The policy (rules catalogue): every code it defines must exist as a rule.
const CATALOGUE = [
  'CHM001', 'CHM002',
  'CHM101', 'CHM102', 'CHM103', 'CHM104', 'CHM110', 'CHM111', 'CHM112', 'CHM120', 'CHM121', 'CHM122', 'CHM123',
  'CHM130', 'CHM131', 'CHM132', 'CHM133', 'CHM140', 'CHM141', 'CHM142', 'CHM150',
  'CHM201', 'CHM202', 'CHM203', 'CHM204', 'CHM205', 'CHM206', 'CHM207', 'CHM208', 'CHM209',
  'CHM301', 'CHM302', 'CHM303', 'CHM304', 'CHM305',
  'CHM401', 'CHM402', 'CHM403', 'CHM404', 'CHM405', 'CHM406', 'CHM407', 'CHM408',
];

describe('rule registry', () => {
  it('has unique, well-formed codes and slugs, sorted by code', () => {
    expect(new Set(codes).size).toBe(codes.length);
    const slugs = RULES.map((r) => r.meta.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const r of RULES) {
      expect(r.meta.code).toMatch(/^CHM\d{3}$/);
      expect(r.meta.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect([...codes].sort()).toEqual(codes);
  });

  it('registers every rule file in rules/ and names files CODE-slug.ts', () => {
    const files = readdirSync(join(ROOT, 'rules')).filter((f) => /^CHM\d{3}-/.test(f)).sort();
    expect(files).toEqual(RULES.map((r) => `${r.meta.code}-${r.meta.slug}.ts`).sort());
  });

  it('documents every rule', () => {
    for (const r of RULES) {
      expect(r.meta.summary.length, `${r.meta.code} summary`).toBeGreaterThan(10);
      expect(r.meta.why.length, `${r.meta.code} why`).toBeGreaterThan(20);
      expect(r.meta.guide.length, `${r.meta.code} guide`).toBeGreaterThan(0);
      expect(r.meta.details?.length ?? 0, `${r.meta.code} details (edge-case decisions)`).toBeGreaterThan(20);
    }
  });

  it('lets rules import only the rule API', () => {
    for (const f of readdirSync(join(ROOT, 'rules')).filter((x) => /^CHM\d{3}-.*\.ts$/.test(x))) {
      const imports = [...readFileSync(join(ROOT, 'rules', f), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      for (const i of imports) expect(i, `${f} imports ${i}`).toMatch(/^\.\.\/src\/rule-api\.js$|^node:/);
    }
  });
});

describe('policy coverage', () => {
  it.each(CATALOGUE.filter((c) => c < 'CHM200'))('%s exists (engine and Dockerfile rules)', (code) => {
    expect(codes).toContain(code);
  });
});

describe('fixtures', () => {
  const dirs = readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory());

  it('are named after real rules', () => {
    for (const d of dirs) expect(codes, `fixtures/${d}`).toContain(d);
  });

  it.each(codes)('%s has good and bad fixtures', (code) => {
    const dir = join(FIXTURES, code);
    expect(existsSync(dir), `fixtures/${code} exists`).toBe(true);
    const entries = readdirSync(dir);
    expect(entries.some((e) => /\.bad(\.|$)/.test(e)), 'a bad fixture').toBe(true);
    expect(entries.some((e) => /\.good(\.|$)/.test(e)), 'a good fixture').toBe(true);
  });

  it('expect only real rules', () => {
    for (const d of dirs) {
      for (const e of readdirSync(join(FIXTURES, d))) {
        const path = join(FIXTURES, d, e);
        const expectations = statSync(path).isDirectory() ? folderExpectations(path) : inlineExpectations(e, readFileSync(path).includes(0) ? '' : readFileSync(path, 'utf8'));
        for (const x of expectations) expect(codes, `${d}/${e} expects ${x.code}`).toContain(x.code);
      }
    }
  });
});

describe('generated documentation', () => {
  it('is up to date (run `npm run docs`)', () => {
    const docs = generateDocs(ROOT, RULES.map((r) => r.meta));
    for (const [path, content] of docs.files) {
      const onDisk = existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : '(missing)';
      expect(onDisk, `${path} is stale`).toBe(content);
    }
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'README rules table is stale').toBe(docs.readme);
    const extra = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => !docs.files.has(`docs/rules/${f}`));
    expect(extra, 'docs for rules that no longer exist').toEqual([]);
  });
});
