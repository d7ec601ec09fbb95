// --cache: a result is reused only when nothing it depends on changed; a stale, corrupt or foreign
// cache is ignored and rewritten.
import { cpSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintCache } from '../src/cache.js';
import { runCli } from '../src/cli.js';
import { resolveConfig } from '../src/config.js';
import { Linter } from '../src/lint.js';
import { discoverLocal } from '../src/project/discover.js';
import { ROOT, ruleSet, tempDir } from './helpers.js';

/** A copy of the example with mistakes (findings in its Dockerfile, README and entrypoint script), a cache folder and a key folder. */
function workspace() {
  const dir = tempDir('chm-cache-');
  cpSync(join(ROOT, 'examples/image_batch_mistakes'), join(dir, 'repo'), { recursive: true });
  return { dir, repo: join(dir, 'repo'), env: { XDG_CACHE_HOME: join(dir, 'keys') } };
}

async function cli(args: string[], cwd: string, env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--format', 'json'], { cwd, env, isTTY: false, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, findings: (JSON.parse(stdout) as { findings: { code: string; file: string; message: string }[] }).findings };
}

/** Lints the folder through a cache opened on `file`, counting the runs that were not answered from it. */
async function lintThrough(file: string, version: string, keys: string, repo: string) {
  const cache = await LintCache.open(file, version, keys);
  const config = resolveConfig({}, null, {});
  const project = await discoverLocal(repo, repo, [], { root: repo });
  const repository = { name: null, owner: null, isPrivate: null, githubLicense: null };
  let runs = 0;
  const result = await cache.lint({ id: repo, config, repository, vfs: project.vfs }, (vfs) => {
    runs++;
    return new Linter(ruleSet, config).lint({ vfs, isRepository: true, targets: project.targets, repository });
  });
  await cache.save();
  return { runs, result, cache };
}

describe('--cache', () => {
  it('returns the same findings from the cache, without linting again', async () => {
    const { dir, repo, env } = workspace();
    const cold = await cli(['--cache', 'repo'], dir, env);
    expect(existsSync(join(dir, 'node_modules/.cache/chaimeleon-lint/lint-cache.json'))).toBe(true);
    const warm = await cli(['--cache', 'repo'], dir, env);
    const plain = await cli(['repo'], dir, env);
    expect(cold.findings.length).toBeGreaterThan(10);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(plain.code);

    const file = join(dir, 'direct.json');
    expect((await lintThrough(file, '1.0.0', env.XDG_CACHE_HOME, repo)).runs).toBe(1);
    const again = await lintThrough(file, '1.0.0', env.XDG_CACHE_HOME, repo);
    expect(again.runs).toBe(0);
    expect(again.result.findings.map((f) => f.message)).toEqual(plain.findings.map((f) => f.message));
  });

  it('lints again when a README or a script a repository rule read changed', async () => {
    const { dir, repo, env } = workspace();
    const before = await cli(['--cache', 'repo'], dir, env);
    expect(before.findings.some((f) => f.file === 'repo/README.md' && f.code === 'CHM204')).toBe(true);
    writeFileSync(join(repo, 'README.md'), `${readFileSync(join(repo, 'README.md'), 'utf8')}\n## License\n\nMIT, see the LICENSE file.\n`);
    const afterReadme = await cli(['--cache', 'repo'], dir, env);
    expect(afterReadme.findings.some((f) => f.file === 'repo/README.md' && f.code === 'CHM204')).toBe(false);
    expect(afterReadme.stdout).toBe((await cli(['repo'], dir, env)).stdout);

    expect(afterReadme.findings.filter((f) => f.file === 'repo/init.sh' && f.code === 'CHM401')).toHaveLength(2);
    writeFileSync(join(repo, 'init.sh'), '#!/bin/bash\npython3 /home/chaimeleon/app/segment.py "$@"\n');
    const afterScript = await cli(['--cache', 'repo'], dir, env);
    expect(afterScript.findings.filter((f) => f.file === 'repo/init.sh' && f.code === 'CHM401')).toHaveLength(0);
    expect(afterScript.stdout).toBe((await cli(['repo'], dir, env)).stdout);
  });

  it('ignores and rewrites a corrupt cache file, or one signed elsewhere', async () => {
    const { dir, env } = workspace();
    const file = join(dir, 'my-cache');
    const plain = await cli(['repo'], dir, env);
    writeFileSync(file, '{"format":1, "entries": {"x": tru');
    const corrupt = await cli(['--cache', '--cache-location', 'my-cache', 'repo'], dir, env);
    expect(corrupt.stdout).toBe(plain.stdout);
    expect(readFileSync(file, 'utf8')).toMatch(/^[\w-]+\n\{"format":2,/);

    // A cache written with another key (another machine, or planted in a repository) is never trusted:
    // here its one entry says there is nothing to report.
    const body = JSON.parse(readFileSync(file, 'utf8').split('\n')[1]) as { entries: Record<string, { result: { findings: unknown[] } }> };
    for (const entry of Object.values(body.entries)) entry.result.findings = [];
    writeFileSync(file, `${'A'.repeat(43)}\n${JSON.stringify(body)}`);
    const foreign = await cli(['--cache', '--cache-location', 'my-cache', 'repo'], dir, env);
    expect(foreign.stdout).toBe(plain.stdout);
  });

  it('puts the cache in a folder named by --cache-location', async () => {
    const { dir, env } = workspace();
    const run = await cli(['--cache', '--cache-location', 'caches/', 'repo'], dir, env);
    expect(run.findings.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'caches/.chaimeleon-lint-cache'))).toBe(true);
  });

  it('is invalidated by another version of the linter', async () => {
    const { dir, repo, env } = workspace();
    const file = join(dir, 'versions.json');
    expect((await lintThrough(file, '1.0.0', env.XDG_CACHE_HOME, repo)).runs).toBe(1);
    expect((await lintThrough(file, '1.0.0', env.XDG_CACHE_HOME, repo)).runs).toBe(0);
    const other = await lintThrough(file, '1.0.1', env.XDG_CACHE_HOME, repo);
    expect(other.runs).toBe(1);
    expect(other.cache.discarded).toBe('written by version 1.0.0');
    expect((await lintThrough(file, '1.0.1', env.XDG_CACHE_HOME, repo)).runs).toBe(0);
  });
});
