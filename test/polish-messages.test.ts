// What some messages say, beyond the fixtures' lines and codes: why braces did not expand, that a README
// passes another value, the resolved path of a relative output, the ignore line as written, and chain
// steps that name no repository path (locations are shown relative to where the linter runs).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/types.js';
import { lintPath, ROOT, ruleSet } from './helpers.js';

const fixture = (path: string) => join(ROOT, 'fixtures', path);
const only = (findings: Finding[], code: string): Finding => {
  const found = findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('messages', () => {
  it('CHM130 says dash does not expand braces and what it creates instead', async () => {
    const f = only(await lintPath(fixture('CHM130/shell-braces-dash.bad.Dockerfile')), 'CHM130');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('`/bin/sh` is dash on `ubuntu:22.04`, which does not expand `{...}`');
    expect(f.message).toContain('creates one folder named `{datasets,persistent-home,persistent-shared-folder}`');
    expect(f.message).toContain('write the three paths out');
  });

  it('CHM130 on an unseen base states the assumption, as info', async () => {
    const f = only(await lintPath(fixture('CHM130/shell-braces-unseen-base.bad.Dockerfile')), 'CHM130');
    expect(f.severity).toBe('info');
    expect(f.message).toContain('only if the shell expands `{...}`');
    expect(f.message).toContain('`example.org/lab/segmentation-runtime:3.2` (not seen here)');
  });

  it('CHM408 says the README passes another value, and points at it', async () => {
    const f = only(await lintPath(fixture('CHM408/readme-override.bad')), 'CHM408');
    expect(f.message).toContain("the README's example passes another value, so the default bites only when the option is left out");
    expect(f.related.at(-1)).toMatchObject({ file: 'README.md', message: "the README's `jobman submit` example passes `--output`" });
  });

  it('CHM208 asks for the example\'s valid spelling in an invalid name label: one edit', async () => {
    const f = only(await lintPath(fixture('CHM208/invalid-label-spelling.bad')), 'CHM208');
    expect(f.message).toContain('set `LABEL name="fracture-detector"`, the name this example runs');
    const other = only(await lintPath(fixture('CHM208/invalid-label.bad')), 'CHM208');
    expect(other.message).toContain('set `LABEL name="fracture_detector"` and write `-i fracture_detector:2.1`');
  });

  it('chain steps name the copied file, not its repository path', async () => {
    const f = only(await lintPath(fixture('CHM408/readme-override.bad')), 'CHM408');
    expect(f.related.map((r) => r.message)).toContain('COPY puts start.sh at /home/chaimeleon/qc/start.sh');
    expect(f.related.some((r) => r.message.includes('qc/start.sh at'))).toBe(false);
  });

  it('CHM207 gives where a relative output lands, in the image the example names, and that root owns it', async () => {
    const f = only(await lintPath(fixture('CHM207/two-images-relative.bad')), 'CHM207');
    expect(f.message).toContain('`results`, that is `/opt/seg/results` from the WORKDIR `/opt/seg`');
    expect(f.message).toContain('`/opt/seg` belongs to root in the image');
  });

  it('CHM402 quotes the ignore line as written and points at it', async () => {
    const f = only(await lintPath(fixture('CHM402/ignored-folder-slash.bad')), 'CHM402');
    expect(f.message).toContain('excluded by `.dockerignore` (line 1: `data/`)');
    expect(f.related).toEqual([{ file: '.dockerignore', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 6 }, message: '`data/` excludes it' }]);
  });
});

describe('--explain examples', () => {
  it('every example pair differs, and the CHM304 one shows a license text on both sides', async () => {
    const { collectExamples } = await import('../src/docs-gen.js');
    const examples = collectExamples(join(ROOT, 'fixtures'), ruleSet.meta);
    for (const [code, e] of Object.entries(examples)) expect(e.good, code).not.toBe(e.bad);
    expect(examples.CHM304.file).toBe('LICENSE');
    expect(examples.CHM304.good).not.toMatch(/^FROM /m);
    expect(examples.CHM301.good).toContain('LABEL authorization=');
  });
});
