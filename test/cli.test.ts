// End-to-end: the built CLI, run as a user runs it, on the example repositories.
import { execFile } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir as temporaryFolder } from './helpers.js';

const run = promisify(execFile);
const BIN = join(ROOT, 'bin', 'chaimeleon-lint.js');

async function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function tempDir(): string {
  return temporaryFolder('chm-cli-');
}

interface JsonReport {
  version: number;
  summary: { files: number; errors: number; warnings: number; infos: number };
  findings: { code: string; slug: string; severity: string; file: string; range: { startLine: number; startColumn: number }; message: string }[];
}

describe('chaimeleon-lint on the example repositories', () => {
  it('passes the compliant batch image with exit code 0', async () => {
    const r = await cli(['examples/image_batch_compliant', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports the typical mistakes with exit code 1, sorted by file and line', async () => {
    const r = await cli(['examples/image_batch_mistakes', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.version).toBe(1);
    const codes = new Set(report.findings.map((f) => f.code));
    for (const code of ['CHM101', 'CHM103', 'CHM110', 'CHM111', 'CHM121', 'CHM122', 'CHM140']) expect(codes, code).toContain(code);
    const dockerfile = report.findings.filter((f) => f.file === 'examples/image_batch_mistakes/Dockerfile');
    const lines = dockerfile.map((f) => f.range.startLine);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('lints a lone Dockerfile and shows the path, then line:col, severity, code and slug, and the fix', async () => {
    const r = await cli(['examples/image_batch_mistakes/Dockerfile'], ROOT, { COLUMNS: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^examples\/image_batch_mistakes\/Dockerfile\n {2}\d+:\d+ /m);
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +error +.+ CHM101 final-user-not-platform-user\n +help: End with `USER chaimeleon:chaimeleon`/m);
    // Not a terminal, and no --width or COLUMNS: one line per message, whole, for grep and logs.
    expect(r.stdout).not.toMatch(/^ {4,}(?!help: )\S/m);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 file\./);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('options', () => {
  it('--fail-level none exits 0 even with errors; --fail-level info fails on infos', async () => {
    expect((await cli(['examples/image_batch_mistakes', '--fail-level', 'none'])).code).toBe(0);
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM harbor.chaimeleon-eu.i3m.upv.es/chaimeleon-library-batch/ubuntu-python\nLABEL name="a" version="1"\n');
    const info = await cli([join(dir, 'Dockerfile'), '--format', 'json']);
    const report = JSON.parse(info.stdout) as JsonReport;
    expect(report.findings.map((f) => f.code)).toEqual(['CHM150']);
    expect(info.code).toBe(0);
    expect((await cli([join(dir, 'Dockerfile'), '--fail-level', 'info'])).code).toBe(1);
  });

  it('--rule changes a severity or turns a rule off, by code or slug', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\nRUN pip install x\nUSER 1000\n');
    const off = JSON.parse((await cli([join(dir, 'Dockerfile'), '--format', 'json', '--rule', 'pip-cache-kept=off'])).stdout) as JsonReport;
    expect(off.findings.map((f) => f.code)).not.toContain('CHM110');
    const err = JSON.parse((await cli([join(dir, 'Dockerfile'), '--format', 'json', '--rule', 'CHM110=error'])).stdout) as JsonReport;
    expect(err.findings.find((f) => f.code === 'CHM110')?.severity).toBe('error');
    const bad = await cli([join(dir, 'Dockerfile'), '--rule', 'CHM999=error']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('unknown rule');
  });

  it('--quiet reports errors only', async () => {
    const r = JSON.parse((await cli(['examples/image_batch_mistakes', '--format', 'json', '--quiet'])).stdout) as JsonReport;
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('--list-rules, --explain, --version and --help print and exit 0', async () => {
    const list = await cli(['--list-rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^CHM110 +pip-cache-kept +warning/m);
    const explain = await cli(['--explain', 'pip-cache-kept']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('# CHM110 pip-cache-kept');
    expect(explain.stdout).toContain('## Why it matters');
    expect((await cli(['--explain', 'CHM999'])).code).toBe(2);
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const opt of ['--format', '--config', '--profile', '--fail-level', '--rule', '--quiet', '--no-color', '--print-config', '--list-rules', '--explain']) expect(help.stdout).toContain(opt.replace('--no-color', '--color'));
  });

  it('an unknown option or a missing path is a usage error (exit 2, one line naming it)', async () => {
    const unknown = await cli(['--frobnicate']);
    expect(unknown.code).toBe(2);
    const missing = await cli(['no/such/Dockerfile', 'examples/image_batch_compliant/Dockerfile']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/Dockerfile: no such file or folder');
    // The other path was still linted.
    expect(missing.stdout).toContain('1 file');
  });
});

describe('configuration file', () => {
  function repoWith(config: string, name = '.chaimeleon-lint.yaml'): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\nRUN pip install x\nUSER ds\n');
    writeFileSync(join(dir, name), config);
    return dir;
  }

  it('sets severities, fail level and a custom profile (another user and home)', async () => {
    const dir = repoWith('failLevel: warning\nrules:\n  CHM110: error\nprofile: ds\nprofiles:\n  ds:\n    extends: chaimeleon\n    user: { name: ds, uid: 1000, gid: 1000 }\n');
    const printed = JSON.parse((await cli(['--print-config'], dir)).stdout) as { profile: { user: { name: string; home: string } }; failLevel: string; rules: Record<string, string> };
    expect(printed.profile.user).toMatchObject({ name: 'ds', home: '/home/ds' });
    expect(printed.failLevel).toBe('warning');
    expect(printed.rules.CHM110).toBe('error');
    const r = JSON.parse((await cli(['Dockerfile', '--format', 'json'], dir)).stdout) as JsonReport;
    expect(r.findings.find((f) => f.code === 'CHM110')?.severity).toBe('error');
  });

  it.each([
    ['rules:\n  CHM999: error\n', 'rules.CHM999: unknown rule'],
    ['rules:\n  CHM110: loud\n', 'rules.CHM110: must be error, warning, info or off'],
    ['failLevel: sometimes\n', 'failLevel: must be error, warning, info or none'],
    ['colour: true\n', 'colour: unknown setting'],
    ['profile: nope\n', 'unknown profile "nope"'],
    ['rules: [\n', 'not valid YAML'],
  ])('rejects %j with a one-line error naming the file (exit 2)', async (config, message) => {
    const dir = repoWith(config);
    const r = await cli(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('.chaimeleon-lint.yaml');
    expect(r.stderr).toContain(message);
  });

  it('reads JSON configuration and ignore globs', async () => {
    const dir = repoWith(JSON.stringify({ ignore: ['legacy/**'] }), '.chaimeleon-lint.json');
    mkdirSync(join(dir, 'legacy'));
    writeFileSync(join(dir, 'legacy', 'Dockerfile'), 'FROM ubuntu\nRUN pip install y\n');
    const r = JSON.parse((await cli(['.', '--format', 'json'], dir)).stdout) as JsonReport;
    expect(r.findings.some((f) => f.file.startsWith('legacy/'))).toBe(false);
    expect(r.findings.some((f) => f.file === 'Dockerfile')).toBe(true);
  });
});
