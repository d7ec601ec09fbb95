// Many paths on the command line are linted over worker threads: the report is the one a single
// thread gives, byte for byte. Runs the built CLI (the worker is build/worker.js).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { generateCorpus } from '../scripts/gen-corpus.mjs';
import { ROOT, tempDir } from './helpers.js';
import { DOCKERFILES_PER_WORKER, PARALLEL_MIN_DOCKERFILES, workersFor } from '../src/parallel.js';

const run = promisify(execFile);

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin/chaimeleon-lint.js'), ...args], { cwd, maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('worker threads', () => {
  it('give the report one thread gives, for more Dockerfiles than the threshold', async () => {
    const dir = tempDir('chm-parallel-');
    const files = (generateCorpus(join(dir, 'corpus'), 240) as string[]).map((f) => f.slice(dir.length + 1));
    const one = await cli(['--threads', '1', '--format', 'json', ...files], dir);
    const two = await cli(['--threads', '2', '--format', 'json', ...files], dir);
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(240);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  }, 180_000);

  it('start only where they pay: by default one per DOCKERFILES_PER_WORKER up to one fewer than the cores, at least two; --threads N is a maximum from PARALLEL_MIN_DOCKERFILES', () => {
    expect(workersFor(DOCKERFILES_PER_WORKER, undefined, 2)).toBe(0);
    expect(workersFor(2 * DOCKERFILES_PER_WORKER - 1, undefined, 8)).toBe(0);
    expect(workersFor(2 * DOCKERFILES_PER_WORKER, undefined, 3)).toBe(2);
    expect(workersFor(10 * DOCKERFILES_PER_WORKER, undefined, 2)).toBe(0);
    expect(workersFor(10 * DOCKERFILES_PER_WORKER, undefined, 4)).toBe(3);
    expect(workersFor(3 * DOCKERFILES_PER_WORKER, undefined, 8)).toBe(3);
    expect(workersFor(PARALLEL_MIN_DOCKERFILES, 2, 2)).toBe(2);
    expect(workersFor(PARALLEL_MIN_DOCKERFILES - 1, 2, 2)).toBe(0);
    expect(workersFor(10 * DOCKERFILES_PER_WORKER, 1, 8)).toBe(0);
  });

  it('--threads takes a whole number from 1', async () => {
    const bad = await cli(['--threads', '0', 'Dockerfile'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threads 0: expected a whole number, 1 or more/);
  });
});
