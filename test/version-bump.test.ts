// CHM406 through the CLI: `--base` with tags, branches and commit ids, committed and uncommitted
// changes, several Dockerfiles, a linted subfolder, and the usage errors. Each case builds a
// temporary git repository. The rule's edge cases are fixtures (fixtures/CHM406, with `.git-base/`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

interface JsonFinding {
  code: string;
  file: string;
  message: string;
  range: { startLine: number };
  related: { file: string }[];
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository whose first commit holds `base` (tagged `v-base`), with `change` written over it and not committed. */
function repository(base: Record<string, string>, change: Record<string, string> = {}, remove: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'chm406-'));
  made.push(root);
  git(root, 'init', '-q');
  write(root, base);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'tag', 'v-base');
  write(root, change);
  for (const path of remove) rmSync(join(root, path));
  return root;
}

async function lint(cwd: string, args: string[]): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--format', 'json'], { cwd, env: {}, isTTY: false, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const findings = stdout ? ((JSON.parse(stdout) as { findings: JsonFinding[] }).findings ?? []) : [];
  return { code, findings: findings.filter((f) => f.code === 'CHM406'), stderr };
}

const dockerfile = (version: string) =>
  [
    'FROM ubuntu:22.04',
    'RUN groupadd -g 1000 chaimeleon && useradd -m -u 1000 -g 1000 chaimeleon',
    `LABEL name="classifier" version="${version}"`,
    'COPY --chown=1000:1000 app/ /home/chaimeleon/app/',
    'USER chaimeleon:chaimeleon',
    'ENTRYPOINT ["python3", "/home/chaimeleon/app/main.py"]',
    '',
  ].join('\n');

const APP = { 'app/main.py': 'print("hello")\n', 'README.md': '# Classifier\n' };

describe('CHM406 version-not-bumped (--base REF)', () => {
  it('reports a changed copied file when the version label did not change, at the label', async () => {
    const root = repository({ Dockerfile: dockerfile('1.0'), ...APP }, { 'app/main.py': 'print("hello, world")\n' });
    const r = await lint(root, ['.', '--base', 'v-base']);
    expect(r.findings.map((f) => `${f.file}:${f.range.startLine}`)).toEqual(['Dockerfile:3']);
    expect(r.findings[0].message).toContain('`app/main.py`');
    expect(r.findings[0].message).toContain('version="1.1"');
    expect(r.findings[0].related.map((x) => x.file)).toEqual(['app/main.py']);
  });

  it('compares with a branch name and with a commit id as well as a tag', async () => {
    const root = repository({ Dockerfile: dockerfile('1.0'), ...APP }, { 'app/main.py': 'print(3)\n' });
    const commit = git(root, 'rev-parse', 'HEAD').trim();
    expect((await lint(root, ['.', '--base', 'main'])).findings).toHaveLength(1);
    expect((await lint(root, ['.', '--base', commit])).findings).toHaveLength(1);
  });

  it('counts untracked, deleted and committed changes in a copied folder', async () => {
    const untracked = repository({ Dockerfile: dockerfile('1.0'), ...APP }, { 'app/model.py': 'W = 1\n' });
    expect((await lint(untracked, ['.', '--base', 'v-base'])).findings[0]?.message).toContain('`app/model.py`');
    const deleted = repository({ Dockerfile: dockerfile('1.0'), ...APP, 'app/old.py': 'x = 1\n' }, {}, ['app/old.py']);
    expect((await lint(deleted, ['.', '--base', 'v-base'])).findings[0]?.message).toContain('`app/old.py`');
    // Committed after the base: still a change since the base.
    const committed = repository({ Dockerfile: dockerfile('1.0'), ...APP }, { 'app/main.py': 'print(7)\n' });
    git(committed, 'commit', '-q', '-am', 'change');
    expect((await lint(committed, ['.', '--base', 'v-base'])).findings).toHaveLength(1);
    expect((await lint(committed, ['.', '--base', 'HEAD'])).findings).toEqual([]);
  });

  it('judges each Dockerfile against its own build context, also when a subfolder is linted', async () => {
    const root = repository(
      { 'gpu/Dockerfile': dockerfile('1.0'), 'gpu/app/main.py': 'print(1)\n', 'cpu/Dockerfile': dockerfile('3.0'), 'cpu/app/main.py': 'print(1)\n' },
      { 'gpu/app/main.py': 'print(2)\n' },
    );
    const r = await lint(root, ['.', '--base', 'v-base']);
    expect(r.findings.map((f) => `${f.file}:${f.range.startLine}`)).toEqual(['gpu/Dockerfile:3']);
    const sub = await lint(join(root, 'gpu'), ['.', '--base', 'v-base']);
    expect(sub.findings.map((f) => `${f.file}:${f.range.startLine}`)).toEqual(['Dockerfile:3']);
  });

  it('is silent without --base', async () => {
    const root = repository({ Dockerfile: dockerfile('1.0'), ...APP }, { 'app/main.py': 'print(6)\n' });
    expect((await lint(root, ['.'])).findings).toEqual([]);
  });

  it('stops with a one-line usage error (exit 2) when the ref is not a commit, or the folder is not a git checkout', async () => {
    const root = repository({ Dockerfile: dockerfile('1.0'), ...APP });
    for (const ref of ['no-such-branch', '-x', 'HEAD;touch pwned', '$(id)']) {
      const r = await lint(root, ['.', `--base=${ref}`]);
      expect(r.code, ref).toBe(2);
      expect(r.stderr.trim().split('\n'), ref).toHaveLength(1);
      expect(r.stderr, ref).toMatch(/^chaimeleon-lint: --base /);
    }
    const plain = mkdtempSync(join(tmpdir(), 'chm406-plain-'));
    made.push(plain);
    write(plain, { Dockerfile: dockerfile('1.0') });
    const r = await lint(plain, ['.', '--base', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not in a git work tree/);
  });
});
