// Dockerfiles the run leaves out on purpose (a left-over nobody builds) are said in every report
// format, as information, never as a failure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import type { FormatOptions, Report } from '../src/formatters/index.js';
import { formatJson } from '../src/formatters/json.js';
import { formatMarkdown } from '../src/formatters/markdown.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { ruleSet } from './helpers.js';

const OPTIONS: FormatOptions = { color: false, frames: false, quiet: false };
const SKIPPED = [{ path: 'old/Dockerfile.bak', reason: 'a left-over nobody builds' }];
const report = (over: Partial<Report> = {}): Report => ({ findings: [], files: ['Dockerfile'], rules: ruleSet.meta, toolVersion: '0.1.0', ...over });

describe('skipped Dockerfiles in the formats', () => {
  it('JSON lists them with path and reason, and an empty list when there are none', () => {
    expect(JSON.parse(formatJson(report({ skipped: SKIPPED }), OPTIONS)).skipped).toEqual(SKIPPED);
    expect(JSON.parse(formatJson(report(), OPTIONS)).skipped).toEqual([]);
  });

  it('SARIF gives each as a note notification; the run stays successful', () => {
    const invocation = JSON.parse(formatSarif(report({ skipped: SKIPPED }), OPTIONS)).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: 'old/Dockerfile.bak: not reviewed as an image (a left-over nobody builds)' }, properties: { file: 'old/Dockerfile.bak' } },
    ]);
    expect(JSON.parse(formatSarif(report(), OPTIONS)).runs[0].invocations[0].toolExecutionNotifications).toBeUndefined();
  });

  it('Markdown says it in one line, with or without findings', () => {
    const text = formatMarkdown(report({ skipped: SKIPPED }), OPTIONS);
    expect(text.split('\n').filter((l) => l.includes('Not reviewed as images'))).toEqual(['ℹ️ Not reviewed as images: `old/Dockerfile.bak` (a left-over nobody builds).']);
    expect(text).toContain('✅ No problems found');
    expect(formatMarkdown(report(), OPTIONS)).not.toContain('Not reviewed');
  });
});

describe('skipped Dockerfiles from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chaimeleon-skipped-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'repo/.git'), { recursive: true });
  writeFileSync(join(dir, 'repo/Dockerfile'), 'FROM ubuntu:22.04\nUSER root\n');
  writeFileSync(join(dir, 'repo/Dockerfile.bak'), 'FROM ubuntu:20.04\n');

  it('--format json carries the left-over, shown relative to the current folder', async () => {
    let stdout = '';
    await runCli(['repo', '--format', 'json'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false });
    const json = JSON.parse(stdout);
    expect(json.skipped).toEqual([{ path: 'repo/Dockerfile.bak', reason: 'a left-over nobody builds' }]);
    expect(json.failures).toEqual([]);
  });
});
