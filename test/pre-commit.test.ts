// The pre-commit hook, end to end with the real `pre-commit` program: this project, committed into a
// temporary git repository, is the hook repository; temporary partner repositories use it through
// `pre-commit try-repo` and through an installed hook on `git commit`. It never skips in CI.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
// Locally a missing pre-commit skips (install it with `apt-get install pre-commit`); in CI it fails.
const skip = !hasPreCommit && !process.env.CI;
if (skip) console.warn('test/pre-commit.test.ts skipped: pre-commit is not installed (apt-get install pre-commit) and CI is not set');
const TIMEOUT = 180_000;

const work = mkdtempSync(join(tmpdir(), 'chaimeleon-pre-commit-'));
// Removed even when the hook tests are skipped.
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hookRepo = join(work, 'hook');
const env = {
  ...process.env,
  PRE_COMMIT_HOME: join(work, 'cache'),
  GIT_AUTHOR_NAME: 'Partner',
  GIT_AUTHOR_EMAIL: 'partner@example.org',
  GIT_COMMITTER_NAME: 'Partner',
  GIT_COMMITTER_EMAIL: 'partner@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  NO_COLOR: '1',
};

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8' });
}

function git(cwd: string, ...args: string[]): string {
  const result = run('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], cwd);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A partner repository: a copy of an example, in a new git repository with everything staged. */
function partnerRepo(example: string): string {
  const dir = mkdtempSync(join(work, `${example}-`));
  cpSync(join(ROOT, 'examples', example), dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  return dir;
}

function tryRepo(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
  return run('pre-commit', ['try-repo', hookRepo, 'chaimeleon-lint', ...args], cwd);
}

describe.skipIf(skip)('pre-commit hook', () => {
  beforeAll(() => {
    // The hook repository as a clone of this project would be: the files git tracks or would track
    // (not node_modules, not build/), committed.
    const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
    for (const file of files) {
      const target = join(hookRepo, file);
      mkdirSync(dirname(target), { recursive: true });
      try {
        cpSync(join(ROOT, file), target);
      } catch {
        // listed by git but deleted in the working tree
      }
    }
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'chaimeleon-lint');
  });

  it(
    'blocks a repository with errors and shows the findings',
    () => {
      const result = tryRepo(partnerRepo('image_batch_mistakes'), '--all-files');
      const output = result.stdout + result.stderr;
      expect(result.status, output).toBe(1);
      expect(output).toMatch(/chaimeleon-lint\.+Failed/);
      // The file's path once as a header, then each finding as `line:col` under it.
      expect(output).toMatch(/^Dockerfile\n(?: .*\n)*? +\d+:\d+ +error +.*\n?.*CHM101 final-user-not-platform-user/m);
    },
    TIMEOUT,
  );

  it(
    'passes a compliant repository',
    () => {
      const result = tryRepo(partnerRepo('image_batch_compliant'), '--all-files');
      const output = result.stdout + result.stderr;
      expect(result.status, output).toBe(0);
      expect(output).toMatch(/chaimeleon-lint\.+Passed/);
    },
    TIMEOUT,
  );

  it(
    'does not run when no file it watches is staged',
    () => {
      const dir = partnerRepo('image_batch_mistakes');
      git(dir, 'commit', '-q', '--no-verify', '-m', 'before the hook');
      writeFileSync(join(dir, 'notes.txt'), 'meeting notes\n');
      git(dir, 'add', 'notes.txt');
      const result = tryRepo(dir);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toMatch(/chaimeleon-lint\.+\(no files to check\)Skipped/);
    },
    TIMEOUT,
  );

  it(
    'stops `git commit` of a bad Dockerfile once installed',
    () => {
      const dir = partnerRepo('image_batch_mistakes');
      const rev = git(hookRepo, 'rev-parse', 'HEAD').trim();
      writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: chaimeleon-lint\n`);
      git(dir, 'add', '.pre-commit-config.yaml');
      expect(run('pre-commit', ['install'], dir).status).toBe(0);
      const commit = run('git', ['commit', '-m', 'add the image'], dir);
      expect(commit.status).not.toBe(0);
      expect(commit.stdout + commit.stderr).toMatch(/CHM101 final-user-not-platform-user/);
      expect(run('git', ['rev-parse', '--verify', '-q', 'HEAD'], dir).status).not.toBe(0);
    },
    TIMEOUT,
  );
});
