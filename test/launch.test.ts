// The command's launcher (src/launch.ts): the command line runs from dist/cli.cjs through V8's code
// cache, kept in a folder only this user can write. Each case runs the real command
// (bin/chaimeleon-lint.js) with NODE_DEBUG=chaimeleon-lint, which says on stderr what the launcher
// did with the cache, and checks that the report is the one a run without a cache gives.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'image_batch_mistakes');

function run(args: string[], env: Record<string, string>): { status: number | null; stdout: string; debug: string[] } {
  const { NODE_DISABLE_COMPILE_CACHE: _off, NODE_COMPILE_CACHE: _dir, ...rest } = process.env;
  const done = spawnSync(process.execPath, [join(ROOT, 'bin', 'chaimeleon-lint.js'), ...args], {
    encoding: 'utf8',
    env: { ...rest, NODE_DEBUG: 'chaimeleon-lint', ...env },
  });
  const debug = done.stderr.split('\n').filter((line) => line.startsWith('CHAIMELEON-LINT')).map((line) => line.replace(/^CHAIMELEON-LINT \d+: /, ''));
  return { status: done.status, stdout: done.stdout, debug };
}

const lint = (env: Record<string, string>) => run(['--format', 'json', EXAMPLE], env);
const uncached = lint({ NODE_DISABLE_COMPILE_CACHE: '1' });
const uid = process.getuid?.() ?? 'user';

describe('the code cache', () => {
  it('gives the report a run without it gives (the example has findings of every kind of file)', () => {
    expect(uncached.status).toBe(1);
    expect(JSON.parse(uncached.stdout).findings.length).toBeGreaterThan(5);
    expect(uncached.debug).toEqual([]);
  });

  it('is written by the first run, in a folder of its own, and used by the next', () => {
    const base = tempDir('chm-code-cache-');
    const first = lint({ NODE_COMPILE_CACHE: base });
    expect(first.debug.map((line) => line.split(':')[0])).toEqual(['code cache absent', 'code cache written']);
    const dir = join(base, `chaimeleon-lint-${uid}`);
    const [file, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(file).toMatch(/^cli-.*\.v8$/);
    if (process.platform !== 'win32') {
      expect(lstatSync(dir).mode & 0o777).toBe(0o700);
      expect(lstatSync(join(dir, file)).mode & 0o777).toBe(0o600);
    }
    const second = lint({ NODE_COMPILE_CACHE: base });
    expect(second.debug).toEqual([`code cache used: ${join(dir, file)}`]);
    expect(first.stdout).toBe(uncached.stdout);
    expect(second.stdout).toBe(uncached.stdout);
    expect(second.status).toBe(1);
  });

  it('that is corrupt is not trusted, and is written again', () => {
    const base = tempDir('chm-code-cache-');
    lint({ NODE_COMPILE_CACHE: base });
    const dir = join(base, `chaimeleon-lint-${uid}`);
    const file = join(dir, readdirSync(dir)[0]);
    const garbage = Buffer.alloc(4096, 0x5a);
    writeFileSync(file, garbage);
    const again = lint({ NODE_COMPILE_CACHE: base });
    expect(again.debug.map((line) => line.split(':')[0])).toEqual(['code cache rejected', 'code cache written']);
    expect(again.stdout).toBe(uncached.stdout);
    expect(readFileSync(file).equals(garbage)).toBe(false);
    expect(lint({ NODE_COMPILE_CACHE: base }).debug).toEqual([`code cache used: ${file}`]);
  });

  it.skipIf(process.platform === 'win32')('is not read from, nor written to, a folder others may write into', () => {
    const base = tempDir('chm-code-cache-');
    const dir = join(base, `chaimeleon-lint-${uid}`);
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const planted = lint({ NODE_COMPILE_CACHE: base });
    expect(planted.debug).toEqual([`code cache off: ${dir} is not a folder only this user can write`]);
    expect(readdirSync(dir)).toEqual([]);
    expect(planted.stdout).toBe(uncached.stdout);
  });

  it.skipIf(process.platform === 'win32')('never follows a link in the cache file\'s place', () => {
    const base = tempDir('chm-code-cache-');
    lint({ NODE_COMPILE_CACHE: base });
    const dir = join(base, `chaimeleon-lint-${uid}`);
    const file = join(dir, readdirSync(dir)[0]);
    // A valid cache elsewhere: were the link followed, it would be used.
    const elsewhere = join(base, 'elsewhere.v8');
    const valid = readFileSync(file);
    writeFileSync(elsewhere, valid);
    rmSync(file);
    symlinkSync(elsewhere, file);
    const linked = lint({ NODE_COMPILE_CACHE: base });
    expect(linked.debug.map((line) => line.split(':')[0])).toEqual(['code cache absent', 'code cache written']);
    // The new cache took the link's place; the file it pointed to is as it was.
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(elsewhere).equals(valid)).toBe(true);
    expect(linked.stdout).toBe(uncached.stdout);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, not written by --help, and --version does not touch it', () => {
    const base = tempDir('chm-code-cache-');
    expect(lint({ NODE_COMPILE_CACHE: base, NODE_DISABLE_COMPILE_CACHE: '1' }).debug).toEqual([]);
    expect(existsSync(join(base, `chaimeleon-lint-${uid}`))).toBe(false);
    const version = run(['--version'], { NODE_COMPILE_CACHE: base });
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(existsSync(join(base, `chaimeleon-lint-${uid}`))).toBe(false);
    const help = run(['--help'], { NODE_COMPILE_CACHE: base });
    expect(help.stdout).toMatch(/--threads/);
    expect(help.debug.map((line) => line.split(':')[0])).toEqual(['code cache absent']);
    expect(readdirSync(join(base, `chaimeleon-lint-${uid}`))).toEqual([]);
  });
});

describe('bin/chaimeleon-lint.js', () => {
  it('is never run by a Node older than 20: one clear line, exit 2', () => {
    const old = spawnSync(process.execPath, ['--import', 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.19.0"})', join(ROOT, 'bin', 'chaimeleon-lint.js'), EXAMPLE], { encoding: 'utf8' });
    expect(old.status).toBe(2);
    expect(old.stdout).toBe('');
    expect(old.stderr).toBe('chaimeleon-lint: needs Node.js 20 or later (https://nodejs.org); this is 18.19.0.\n');
  });

  it('says in one line that an installation without its bundle is incomplete: exit 2', () => {
    const copy = tempDir('chm-broken-install-');
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    rmSync(join(copy, 'dist', 'cli.cjs'));
    const broken = spawnSync(process.execPath, [join(copy, 'bin', 'chaimeleon-lint.js'), EXAMPLE], { encoding: 'utf8' });
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe(`chaimeleon-lint: ${join(copy, 'dist', 'cli.cjs')} could not be read (ENOENT): the installation is incomplete; install it again.\n`);
  });
});
