// The GitHub-facing formats (workflow-command annotations, the Markdown report) and the CLI options
// that write reports to files (--output, --summary).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { annotation, escapeData, escapeProperty, formatGithub } from '../src/formatters/github.js';
import type { FormatOptions, Report } from '../src/formatters/index.js';
import { formatMarkdown, markdownCell } from '../src/formatters/markdown.js';
import type { Finding } from '../src/types.js';
import { ruleDocsUrl } from '../src/version.js';
import { ruleSet } from './helpers.js';

const OPTIONS: FormatOptions = { color: false, frames: false, quiet: false };

const finding = (over: Partial<Finding>): Finding => ({
  code: 'CHM101',
  slug: 'final-user-not-platform-user',
  severity: 'error',
  message: 'The image ends as `USER root`.',
  file: 'Dockerfile',
  range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 },
  related: [],
  ...over,
});

const report = (findings: Finding[], over: Partial<Report> = {}): Report => ({ findings, files: ['Dockerfile'], rules: ruleSet.meta, toolVersion: '0.1.0', ...over });

describe('github format', () => {
  it('escapes data and properties as the runner reads them', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('dir: a,b%/Dockerfile\n')).toBe('dir%3A a%2Cb%25/Dockerfile%0A');
  });

  it('annotates one line with columns, several lines without, and a whole file without a line', () => {
    const docs = escapeData(`\nDocs: ${ruleDocsUrl('CHM101')}`);
    expect(annotation(finding({}))).toBe(`::error file=Dockerfile,line=3,endLine=3,col=1,endColumn=10,title=CHM101 final-user-not-platform-user::The image ends as \`USER root\`.${docs}`);
    expect(annotation(finding({ severity: 'warning', range: { startLine: 3, startColumn: 5, endLine: 6, endColumn: 2 } }))).toMatch(/^::warning file=Dockerfile,line=3,endLine=6,title=/);
    expect(annotation(finding({ severity: 'info', file: 'docs/a,b: c.md', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } }))).toMatch(
      /^::notice file=docs\/a%2Cb%3A c\.md,title=CHM101 final-user-not-platform-user::/,
    );
  });

  it('prints errors first, since GitHub shows only the first ten of each kind', () => {
    const info = finding({ severity: 'info', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 } });
    const warning = finding({ severity: 'warning', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 } });
    const error = finding({ range: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 5 } });
    const kinds = formatGithub(report([info, warning, error]), OPTIONS).split('\n').filter((l) => l.startsWith('::')).map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds).toEqual(['error', 'warning', 'notice']);
  });

  it('puts related locations in the message and skips suppressed findings', () => {
    const related = finding({ related: [{ file: 'run.sh', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 }, message: 'the script' }] });
    const suppressed = finding({ range: { startLine: 8, startColumn: 1, endLine: 8, endColumn: 3 }, suppressed: { kind: 'inline', justification: 'ok' } });
    const lines = formatGithub(report([related, suppressed]), OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('%0A↳ run.sh:2: the script%0A');
    expect(lines[1]).toBe('chaimeleon-lint: 1 error(s), 0 warning(s), 0 info in 1 file(s).');
  });
});

describe('markdown report', () => {
  it('escapes table cells but keeps code spans', () => {
    expect(markdownCell('use `a|b` and <name> | x\ny')).toBe('use `a\\|b` and &lt;name&gt; \\| x<br>y');
    expect(markdownCell('write `<project>/<name>`')).toBe('write `<project>/<name>`');
  });

  it('counts by severity, lists findings with links, and links the docs of the rules that fired', () => {
    const text = formatMarkdown(
      report(
        [
          finding({}),
          finding({ code: 'CHM110', slug: 'pip-cache-kept', severity: 'warning', range: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 9 } }),
          finding({ severity: 'info', range: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 2 }, suppressed: { kind: 'inline', justification: '' } }),
        ],
        { fileUrl: (file, line) => `https://github.com/o/r/blob/abc/${file}#L${line}` },
      ),
      OPTIONS,
    );
    expect(text).toContain('| ❌ error | 1 |');
    expect(text).toContain('| ⚠️ warning | 1 |');
    expect(text).toContain('| ℹ️ info | 0 |');
    expect(text).toContain('| suppressed | 1 |');
    expect(text).toContain(`| ❌ error | [\`Dockerfile:3\`](https://github.com/o/r/blob/abc/Dockerfile#L3) | [CHM101 final-user-not-platform-user](${ruleDocsUrl('CHM101')}) | The image ends as \`USER root\`. |`);
    expect(text).toContain(`- [CHM110 pip-cache-kept](${ruleDocsUrl('CHM110')}): `);
    expect(text).not.toContain('- [CHM002');
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown(report([]), OPTIONS)).toBe('## chaimeleon-lint\n\n✅ No problems found in 1 file.\n');
  });
});

describe('report files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chaimeleon-formats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\nUSER root\n');

  async function cli(args: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env, isTTY: false });
    return { code, stdout, stderr };
  }

  it('--output writes the report to a file (folders created) instead of standard output', async () => {
    const { code, stdout } = await cli(['Dockerfile', '--format', 'sarif', '--output', 'out/lint.sarif']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/lint.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('refuses to write a report over a linted file', async () => {
    const { code, stderr } = await cli(['Dockerfile', '-o', 'Dockerfile']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/will not write the report over a file that was linted/);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM ubuntu:22.04\nUSER root\n');
  });

  it('--summary writes the Markdown report, appending only to the step summary', async () => {
    const markdown = (await cli(['Dockerfile', '--format', 'markdown'])).stdout;
    expect(markdown).toContain('### Findings');
    await cli(['Dockerfile', '--summary', 'summary.md']);
    await cli(['Dockerfile', '--summary', 'summary.md']);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(markdown);
    writeFileSync(join(dir, 'step.md'), 'before\n');
    const { stdout } = await cli(['Dockerfile', '--summary', 'step.md'], { GITHUB_STEP_SUMMARY: join(dir, 'step.md') });
    expect(stdout).toContain('Dockerfile');
    expect(readFileSync(join(dir, 'step.md'), 'utf8')).toBe('before\n' + markdown);
  });
});
