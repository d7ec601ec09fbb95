// The bundle everything runs from, and the npm package built from it.
// - dist/ (committed) is what `npm run build` builds from the sources today.
// - PACKAGING TEST (about 10-20 s): `npm pack`, then `npm install` of the tarball in an empty folder
//   with no network (offline, an empty npm cache): one package, no install script, no engine
//   warning, and the installed command runs, grammars and license data included.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'chaimeleon-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

describe('dist/', () => {
  it('is what `npm run build` builds from the sources today (rebuild and commit it if not)', () => {
    const fresh = join(work, 'fresh-dist');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out', fresh], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(files(join(ROOT, 'dist'))).toEqual(files(fresh));
    for (const file of files(fresh)) {
      const same = readFileSync(join(ROOT, 'dist', file)).equals(readFileSync(join(fresh, file)));
      expect(same, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });

  it('lists the license of every package it carries', () => {
    const notice = readFileSync(join(ROOT, 'dist', 'THIRD_PARTY_LICENSES.md'), 'utf8');
    for (const name of ['yargs', 'dockerfile-ast', 'web-tree-sitter', 'tree-sitter-bash', 'spdx-license-list', 'picomatch']) {
      expect(notice).toMatch(new RegExp(`^## ${name.replace('/', '\\/')} \\d`, 'm'));
    }
  });
});

describe('PACKAGING TEST: the npm package', () => {
  const npm = (args: string[], cwd: string): SpawnSyncReturns<string> =>
    spawnSync('npm', args, {
      cwd,
      encoding: 'utf8',
      // An empty cache and offline: the tarball alone must be enough.
      env: { ...process.env, npm_config_cache: join(work, 'empty-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });

  it('installs from its tarball alone, offline, as one package with no install script, and runs', () => {
    const packed = npm(['pack', '--json', '--pack-destination', work], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [{ filename, files: shipped }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = shipped.map((f) => f.path);
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/chaimeleon-lint.js', 'bin/pre-commit-hook.sh', 'dist/launch.cjs', 'bin/package.json', 'dist/cli.cjs', 'dist/action.js', 'dist/worker.js', 'dist/tree-sitter-bash.wasm', 'dist/data/license-index.json', 'dist/THIRD_PARTY_LICENSES.md']) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((p) => /^(src|test|scripts|fixtures|node_modules|build)\//.test(p))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook]).toBeUndefined();

    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "partner-project", "private": true }\n');
    const installed = npm(['install', join(work, filename)], project);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout).toMatch(/added 1 package\b/);
    expect(installed.stderr).not.toMatch(/EBADENGINE|deprecated|install-scripts/i);
    expect(readdirSync(join(project, 'node_modules')).filter((e) => !e.startsWith('.'))).toEqual(['chaimeleon-lint']);

    const version = spawnSync('npx', ['--offline', 'chaimeleon-lint', '--version'], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_cache: join(work, 'empty-cache') } });
    expect(version.stderr).toBe('');
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);

    // A repository that needs the shell grammar (RUN) and the license data (LICENSE), linted by the installed copy.
    const example = join(ROOT, 'examples', 'image_batch_mistakes');
    const lint = spawnSync(join(project, 'node_modules', '.bin', 'chaimeleon-lint'), ['--format', 'json', example], { cwd: project, encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    const codes = (JSON.parse(lint.stdout) as { findings?: { code: string }[] }).findings?.map((f) => f.code) ?? [];
    expect(codes).toContain('CHM101');
  });
});

describe("the VS Code extension's server (scripts/vsix-server.mjs)", () => {
  it('runs as the command does: the same report, and the version of package.json', async () => {
    const { assembleServer } = (await import(join(ROOT, 'scripts', 'vsix-server.mjs'))) as { assembleServer: (root: string, server: string) => void };
    const server = join(work, 'vsix', 'server');
    assembleServer(ROOT, server);
    const example = join(ROOT, 'examples', 'image_batch_mistakes');
    const env = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
    const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
    const packaged = run(join(server, 'bin', 'chaimeleon-lint.js'), ['--format', 'json', example]);
    const here = run(join(ROOT, 'bin', 'chaimeleon-lint.js'), ['--format', 'json', example]);
    expect(packaged.stderr).toBe('');
    expect(packaged.status).toBe(1);
    expect(packaged.stdout).toBe(here.stdout);
    const version = run(join(server, 'bin', 'chaimeleon-lint.js'), ['--version']);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});
