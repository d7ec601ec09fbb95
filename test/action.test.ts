// The GitHub Action, run exactly as the runner runs it: `node dist/action.js` from a copy of the
// action holding only what a fresh clone has (no node_modules), inputs as INPUT_* variables, the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace as the working folder. (That the
// committed bundle is what the sources build today: test/package.test.ts.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionArgv, baseRef, getInput } from '../src/github-action.js';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'chaimeleon-action-'));
const actionDir = join(work, 'action');

beforeAll(() => {
  // What the runner downloads for `uses: chaimeleon-eu/chaimeleon-lint@vX`, minus everything but the bundle.
  mkdirSync(actionDir);
  for (const entry of ['action.yml', 'package.json', 'dist']) cpSync(join(ROOT, entry), join(actionDir, entry), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** Runs the action on a copy of an example repository (or of a folder) with the given inputs (the others at their defaults, as the runner sets them). */
function runAction(example: string, given: Record<string, string>, env: Record<string, string> = {}): Run {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])), ...given };
  const workspace = mkdtempSync(join(work, 'ws-'));
  cpSync(example.startsWith('/') ? example : join(ROOT, 'examples', example), workspace, { recursive: true });
  const outputFile = join(work, `${workspace.split('/').pop()}-output`);
  const summaryFile = join(work, `${workspace.split('/').pop()}-summary`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, 'earlier step\n');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
  const result = spawnSync(process.execPath, [join(actionDir, 'dist', 'action.js')], {
    cwd: workspace,
    encoding: 'utf8',
    // Nothing from this project's environment: no NODE_PATH, no node_modules above the action.
    env: { PATH: process.env.PATH ?? '', HOME: work, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...inputEnv, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), workspace };
}

/** Reads GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks as the runner does. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm;
  for (const m of text.matchAll(block)) outputs[m[1]] = m[3];
  return outputs;
}

describe('action.yml', () => {
  it('runs the committed bundle on node24 and declares the inputs and outputs the code reads', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(['annotations', 'base', 'category', 'config', 'fail-level', 'fix', 'paths', 'profile', 'sarif-file', 'sarif-suppressed', 'summary']);
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'failed', 'infos', 'sarif-file', 'warnings']);
    const source = readFileSync(join(ROOT, 'src', 'github-action.ts'), 'utf8');
    for (const input of Object.keys(action.inputs)) expect(source).toContain(`'${input}'`);
  });
});

describe('inputs', () => {
  it('reads INPUT_ variables as the runner names them (upper case, hyphens kept)', () => {
    expect(getInput({ 'INPUT_FAIL-LEVEL': ' warning\n' }, 'fail-level')).toBe('warning');
    expect(getInput({ INPUT_MY_INPUT: 'x' }, 'my input')).toBe('x');
    expect(actionArgv({ INPUT_PATHS: 'Dockerfile\n docker/app ', INPUT_CONFIG: 'lint.yaml', INPUT_PROFILE: '', 'INPUT_FAIL-LEVEL': 'none' })).toEqual([
      'Dockerfile',
      'docker/app',
      '--config',
      'lint.yaml',
      '--fail-level',
      'none',
    ]);
  });

  it('applies the safe fixes only when the fix input is true', () => {
    expect(actionArgv({ INPUT_PATHS: '.' })).toEqual(['.']);
    expect(actionArgv({ INPUT_PATHS: '.', INPUT_FIX: 'false' })).toEqual(['.']);
    expect(actionArgv({ INPUT_PATHS: '.', INPUT_FIX: 'true' })).toEqual(['.', '--fix']);
    expect(() => actionArgv({ INPUT_PATHS: '.', INPUT_FIX: 'yes' })).toThrow(/input fix: expected true or false/);
  });

  it('compares with the pull request base unless told another ref', () => {
    expect(baseRef({ GITHUB_BASE_REF: 'main' })).toBe('origin/main');
    expect(baseRef({ GITHUB_BASE_REF: 'main', INPUT_BASE: 'v1.2.0' })).toBe('v1.2.0');
    expect(baseRef({ GITHUB_BASE_REF: '' })).toBe('');
  });
});

describe('node dist/action.js', () => {
  it('annotates, summarises, writes SARIF and outputs, and fails at the fail level', () => {
    const run = runAction('image_batch_mistakes', { paths: '.', 'sarif-file': 'reports/chaimeleon.sarif', category: 'chaimeleon-lint', 'fail-level': 'error' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+(,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?)?,title=CHM\d{3} [a-z0-9-]+::\S/);

    const sarifFile = join(run.workspace, 'reports', 'chaimeleon.sarif');
    expect(run.outputs['sarif-file']).toBe(sarifFile);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'chaimeleon-lint/' });
    const results = sarif.runs[0].results.filter((r: { suppressions?: unknown }) => !r.suppressions);
    const count = (level: string) => String(results.filter((r: { level: string }) => r.level === level).length);
    expect({ errors: run.outputs.errors, warnings: run.outputs.warnings, infos: run.outputs.infos }).toEqual({ errors: count('error'), warnings: count('warning'), infos: count('note') });
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(annotations.filter((l) => l.startsWith('::error')).length).toBe(Number(run.outputs.errors));

    expect(run.summary.startsWith('earlier step\n## chaimeleon-lint\n')).toBe(true);
    expect(run.summary).toContain(`| ❌ error | ${run.outputs.errors} |`);
    // Without GITHUB_REPOSITORY and GITHUB_SHA there is no commit to link to.
    expect(run.summary).toMatch(/\| `Dockerfile:\d+` \|/);
  });

  it('passes at fail-level none and does only what its inputs ask', () => {
    const run = runAction('image_batch_mistakes', { 'fail-level': 'none', 'sarif-file': '', annotations: 'false', summary: 'false' }, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'partner/image', GITHUB_SHA: 'abc123' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::/m);
    expect(run.summary).toBe('earlier step\n');
    expect(run.outputs['sarif-file']).toBe('');
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(readdirSync(run.workspace)).not.toContain('chaimeleon-lint.sarif');
  });

  it('links the summary to the commit on GitHub', () => {
    const run = runAction('image_batch_mistakes', { 'fail-level': 'none' }, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'partner/image', GITHUB_SHA: 'abc123' });
    expect(run.summary).toMatch(/\[`Dockerfile:\d+`\]\(https:\/\/github\.com\/partner\/image\/blob\/abc123\/Dockerfile#L\d+\)/);
    expect(existsSync(join(run.workspace, 'chaimeleon-lint.sarif'))).toBe(true);
  });

  it.each(readdirSync(join(ROOT, 'examples')))('lints examples/%s with nothing but the bundle (grammars, license data)', (example) => {
    const run = runAction(example, { 'fail-level': 'none' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^chaimeleon-lint: \d+ error/m);
  });

  it('compares with the pull request base branch (CHM406)', () => {
    const git = (cwd: string, ...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    };
    const workspace = mkdtempSync(join(work, 'git-'));
    cpSync(join(ROOT, 'examples', 'image_batch_compliant'), workspace, { recursive: true });
    git(workspace, 'init', '-q');
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-q', '-m', 'base');
    git(workspace, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    const dockerfile = join(workspace, 'Dockerfile');
    writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace(/^(RUN .*)$/m, '$1 && true'));
    const run = runAction(workspace, { 'fail-level': 'none' }, { GITHUB_BASE_REF: 'main' });
    expect(run.stdout).toContain('chaimeleon-lint . --fail-level none --base origin/main');
    expect(run.stdout).toMatch(/^::error file=Dockerfile,.*title=CHM406 version-not-bumped::/m);
  });

  it('leaves suppressed findings out of the SARIF file unless asked (code scanning would open alerts for them)', () => {
    const folder = mkdtempSync(join(work, 'suppressed-'));
    writeFileSync(join(folder, 'Dockerfile'), 'FROM ubuntu:22.04\n# chaimeleon-lint ignore=CHM110 -- reviewed\nRUN pip install numpy\n');
    const suppressedResults = (run: Run) =>
      JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')).runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressedResults(runAction(folder, { paths: 'Dockerfile', 'fail-level': 'none' }))).toEqual([]);
    const kept = suppressedResults(runAction(folder, { paths: 'Dockerfile', 'fail-level': 'none', 'sarif-suppressed': 'true' }));
    expect(kept.map((r: { ruleId: string; suppressions: unknown }) => [r.ruleId, r.suppressions])).toEqual([['CHM110', [{ kind: 'inSource', justification: 'reviewed' }]]]);
  });

  it('a file that was not read (a link out of the workspace) fails the step: annotation, summary, outputs, no SARIF', () => {
    const folder = mkdtempSync(join(work, 'unread-'));
    cpSync(join(ROOT, 'examples', 'image_batch_compliant'), folder, { recursive: true });
    rmSync(join(folder, 'README.md'));
    symlinkSync(join(ROOT, 'package.json'), join(folder, 'README.md'));
    const run = runAction(folder, { 'fail-level': 'none', 'sarif-file': 'chaimeleon.sarif' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error title=chaimeleon-lint%3A not reviewed::README\.md: is a link to a place outside the repository/m);
    expect(run.outputs.failed).toBe('true');
    expect(run.outputs['sarif-file']).toBe('');
    expect(existsSync(join(run.workspace, 'chaimeleon.sarif'))).toBe(false);
    expect(run.summary).toContain('The review failed');
  });

  it('fails the step with an error annotation on a bad input', () => {
    const run = runAction('image_batch_mistakes', { 'fail-level': 'sometimes' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error title=chaimeleon-lint::.*fail-level/m);
    expect(run.outputs).toEqual({ 'sarif-file': '', failed: 'true' });
  });

  it('a path that could not be reviewed fails the step, says so, and leaves no SARIF file to upload', () => {
    const run = runAction('image_batch_mistakes', { paths: '. no/such/folder' });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::error title=chaimeleon-lint%3A not reviewed::no/such/folder: no such file or folder\n');
    expect(run.outputs).toMatchObject({ failed: 'true', 'sarif-file': '' });
    expect(run.summary).toContain('❌ **The review failed**');
    expect(existsSync(join(run.workspace, 'chaimeleon-lint.sarif'))).toBe(false);
    const ok = runAction('image_batch_mistakes', { 'fail-level': 'none' });
    expect(ok.outputs.failed).toBe('false');
  });
});
