// --fix, --unsafe-fixes and --diff through the command line: what is written, what is not, and where.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { writeFixedFile } from '../src/fix/write.js';
import { ROOT } from './helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'chm-cli-fix-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let count = 0;
const fresh = () => {
  const dir = join(temp, String(++count));
  mkdirSync(dir);
  return dir;
};

async function cli(args: string[], cwd: string, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env: {},
    isTTY: false,
    ...(stdin !== undefined ? { stdin: [Buffer.from(stdin)] } : {}),
  });
  return { code, stdout, stderr };
}

interface JsonFinding {
  code: string;
  file: string;
  fix?: { title: string; safe: boolean; edits: { file: string; range: object; text: string }[] };
}
const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

/** Every file of a folder with its text, to see that nothing else changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (lstatSync(path).isFile()) out[name] = readFileSync(path, 'utf8');
  }
  return out;
}

const BAD = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3-pip\nRUN pip install torch\n';

describe('--fix on examples/image_batch_mistakes (a copy)', () => {
  it('removes every finding with a safe fix, leaves a Dockerfile that parses, and a second run changes nothing', async () => {
    const dir = fresh();
    cpSync(join(ROOT, 'examples', 'image_batch_mistakes'), join(dir, 'repo'), { recursive: true });
    const before = findingsOf((await cli(['-f', 'json', 'repo'], dir)).stdout);
    const safe = before.filter((f) => f.fix?.safe);
    expect(safe.length).toBeGreaterThan(3);
    const fixed = await cli(['--fix', '-f', 'json', 'repo'], dir);
    expect(fixed.stderr).toMatch(/fixed \d+ findings? in 1 file/);
    const after = findingsOf(fixed.stdout);
    expect(after.filter((f) => f.fix?.safe)).toEqual([]);
    expect(after.some((f) => f.code === 'CHM001')).toBe(false);
    // Every finding that had a safe fix is gone: fewer findings of each of those codes.
    for (const code of new Set(safe.map((f) => f.code))) {
      expect(after.filter((f) => f.code === code).length, code).toBeLessThan(before.filter((f) => f.code === code).length);
    }
    const once = snapshot(join(dir, 'repo'));
    const again = await cli(['--fix', '-f', 'json', 'repo'], dir);
    expect(snapshot(join(dir, 'repo'))).toEqual(once);
    expect(again.stderr).not.toMatch(/fixed/);
    expect((await cli(['--diff', 'repo'], dir)).code).toBe(0);
  });
});

describe('--diff', () => {
  it('prints the unified diff, writes nothing, and exits 1; 0 and nothing printed once fixed', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'Dockerfile'), BAD);
    const result = await cli(['--diff', 'Dockerfile'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,3 +1,3 @@\n FROM ubuntu:22.04\n');
    expect(result.stdout).toContain('-RUN pip install torch\n');
    expect(result.stdout).toContain('+RUN pip install --no-cache-dir torch\n');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(BAD);
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
    await cli(['--fix', 'Dockerfile'], dir);
    const clean = await cli(['--diff', 'Dockerfile'], dir);
    expect(clean).toMatchObject({ code: 0, stdout: '' });
  });

  it('reads standard input with -, and the diff shows what --fix would do to it', async () => {
    const dir = fresh();
    const result = await cli(['--diff', '-', '--stdin-filename', 'Dockerfile'], dir, BAD);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('+RUN pip install --no-cache-dir torch');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('shows unsafe fixes only with --unsafe-fixes', async () => {
    const dir = fresh();
    // sudo still used by a later RUN: removing the package is an unsafe fix.
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends git sudo && rm -rf /var/lib/apt/lists/*\nRUN sudo true\n');
    expect((await cli(['--diff', 'Dockerfile'], dir)).stdout).not.toContain('git sudo');
    const unsafe = await cli(['--diff', '--unsafe-fixes', 'Dockerfile'], dir);
    expect(unsafe.stdout).toContain('-RUN apt-get update && apt-get install -y --no-install-recommends git sudo');
    expect(unsafe.stdout).toContain('+RUN apt-get update && apt-get install -y --no-install-recommends git && rm');
  });
});

describe('what --fix writes', () => {
  it('replaces the file atomically with its mode kept and no temporary file left', async () => {
    const dir = fresh();
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, BAD);
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    await cli(['--fix', 'Dockerfile'], dir);
    expect(readFileSync(file, 'utf8')).toContain('pip install --no-cache-dir torch');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    // A new file renamed over the old one, not the old one rewritten in place.
    expect(statSync(file).ino).not.toBe(inode);
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'Dockerfile'), '\ufeff' + BAD.replace(/\n/g, '\r\n'));
    await cli(['--fix', 'Dockerfile'], dir);
    const text = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    expect(text.startsWith('\ufeffFROM ubuntu:22.04\r\n')).toBe(true);
    expect(text).toContain('RUN pip install --no-cache-dir torch\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('never writes through a symbolic link out of the repository', async () => {
    const dir = fresh();
    const outside = join(dir, 'outside.Dockerfile');
    writeFileSync(outside, BAD);
    mkdirSync(join(dir, 'repo'));
    writeFileSync(join(dir, 'repo', '.chaimeleon-lint.yaml'), 'root: true\n');
    symlinkSync(outside, join(dir, 'repo', 'Dockerfile'));
    const result = await cli(['--fix', '-f', 'json', 'repo'], dir);
    expect(readFileSync(outside, 'utf8')).toBe(BAD);
    expect(lstatSync(join(dir, 'repo', 'Dockerfile')).isSymbolicLink()).toBe(true);
    // Not even read: the link is reported, and nothing is fixed.
    expect(findingsOf(result.stdout).map((f) => f.code)).toContain('CHM001');
    expect(result.stderr).not.toMatch(/fixed/);
    // The writer refuses it too, whatever the linter read.
    await expect(writeFixedFile(join(dir, 'repo'), 'Dockerfile', BAD, 'FROM scratch\n')).rejects.toThrow(/outside the repository/);
    await expect(writeFixedFile(join(dir, 'repo'), '../outside.Dockerfile', BAD, 'FROM scratch\n')).rejects.toThrow(/not a path inside/);
    expect(readFileSync(outside, 'utf8')).toBe(BAD);
  });

  it('writes a link inside the repository through to its target and keeps the link', async () => {
    const dir = fresh();
    writeFileSync(join(dir, '.chaimeleon-lint.yaml'), 'root: true\n');
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'docker', 'real.Dockerfile'), BAD);
    symlinkSync(join('docker', 'real.Dockerfile'), join(dir, 'Dockerfile'));
    await writeFixedFile(dir, 'Dockerfile', BAD, 'FROM ubuntu:22.04\n');
    expect(lstatSync(join(dir, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'docker', 'real.Dockerfile'), 'utf8')).toBe('FROM ubuntu:22.04\n');
  });

  it('leaves a file that changed since it was read', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:24.04\n');
    await expect(writeFixedFile(dir, 'Dockerfile', BAD, 'FROM scratch\n')).rejects.toThrow(/changed while/);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM ubuntu:24.04\n');
  });
});

describe('where --fix does not apply', () => {
  it.each([
    [['--fix', '-'], /--fix writes files; with standard input/],
    [['--fix', 'github:owner/repo'], /does not apply to GitHub repositories/],
    [['--diff', '--org', 'someorg'], /does not apply to GitHub repositories/],
    [['--unsafe-fixes', '.'], /--unsafe-fixes only applies with --fix or --diff/],
    [['merge', 'a.json', '--fix'], /--fix does not apply to merge/],
  ])('%j is a usage error on one line', async (args, message) => {
    const result = await cli(args as string[], fresh(), BAD);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('fixes in the reports', () => {
  it('JSON carries the edits with paths as shown; SARIF carries them as fixes with artifactChanges', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'img'));
    writeFileSync(join(dir, 'img', 'Dockerfile'), BAD);
    const json = findingsOf((await cli(['-f', 'json', 'img/Dockerfile'], dir)).stdout);
    const pip = json.find((f) => f.code === 'CHM110')!;
    expect(pip.fix).toEqual({ title: 'Add --no-cache-dir after install', safe: true, edits: [{ file: 'img/Dockerfile', range: { startLine: 3, startColumn: 16, endLine: 3, endColumn: 16 }, text: ' --no-cache-dir' }] });
    const sarif = JSON.parse((await cli(['-f', 'sarif', 'img/Dockerfile'], dir)).stdout) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] };
    const result = sarif.runs[0].results.find((r) => r.ruleId === 'CHM110')!;
    expect(result.fixes).toEqual([
      {
        description: { text: 'Add --no-cache-dir after install' },
        artifactChanges: [{ artifactLocation: { uri: 'img/Dockerfile', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 3, startColumn: 16, endLine: 3, endColumn: 16 }, insertedContent: { text: ' --no-cache-dir' } }] }],
      },
    ]);
  });
});

describe('the unified diff', () => {
  it('matches GNU diff -u on changes far apart, near each other, at the start and at the end', async () => {
    const { unifiedDiff } = await import('../src/fix/diff.js');
    const { execFileSync } = await import('node:child_process');
    const dir = fresh();
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const cases: string[][] = [
      lines.map((l, i) => (i === 2 || i === 25 ? `${l} changed` : l)),
      lines.map((l, i) => (i === 10 || i === 14 ? `${l} changed` : l)),
      ['new first', ...lines.slice(1), 'added last'],
      [...lines.slice(0, 12), 'inserted', ...lines.slice(12, 20), ...lines.slice(22)],
    ];
    for (const after of cases) {
      writeFileSync(join(dir, 'a'), lines.join('\n') + '\n');
      writeFileSync(join(dir, 'b'), after.join('\n') + '\n');
      let gnu = '';
      try {
        execFileSync('diff', ['-u', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
      } catch (e) {
        gnu = (e as { stdout: string }).stdout;
      }
      const ours = unifiedDiff('x', lines.join('\n') + '\n', after.join('\n') + '\n');
      expect(ours.split('\n').slice(2)).toEqual(gnu.split('\n').slice(2));
    }
  });
});

describe('the fix engine', () => {
  it('undoes a pass that makes a Dockerfile unreadable, and stops', async () => {
    const { fixInMemory } = await import('../src/fix/apply.js');
    const { Linter } = await import('../src/lint.js');
    const { makeRuleSet } = await import('../src/ruleset.js');
    const { resolveConfig } = await import('../src/config.js');
    const { defineDockerfileRule } = await import('../src/rule-api.js');
    const { RULES } = await import('../rules/index.js');
    const { MemoryVfs } = await import('../src/vfs.js');
    // A rule whose fix empties the file: the next lint cannot parse it.
    const breaking = defineDockerfileRule({
      meta: { code: 'TST001', slug: 'test-breaking-fix', severity: 'error', guide: 'beyond', summary: 'test', why: 'test' },
      check({ facts, report }) {
        const end = facts.model.lines.range(facts.model.text.length, facts.model.text.length);
        report({ range: facts.model.instructions[0].range, message: 'test', fix: { title: 'empty the file', safe: true, edits: [{ file: facts.file, range: { startLine: 1, startColumn: 1, endLine: end.endLine, endColumn: end.endColumn }, text: '' }] } });
      },
    });
    const ruleSet = makeRuleSet([...RULES.filter((r) => r.meta.code === 'CHM001'), breaking]);
    const vfs = new MemoryVfs('test', new Map([['Dockerfile', BAD]]));
    const outcome = await fixInMemory(new Linter(ruleSet, resolveConfig({}, null, {})), { vfs, isRepository: false, targets: [{ path: 'Dockerfile', context: '' }], repository: { name: null, owner: null, isPrivate: false, githubLicense: null } }, { unsafe: false });
    expect(outcome.stopped).toMatch(/made Dockerfile unreadable to the linter; that pass was undone/);
    expect(outcome.changed.size).toBe(0);
  });
});
