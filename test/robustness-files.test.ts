// Hostile repositories on disk, built on the fly in a temporary folder and linted by the built CLI
// as a user runs it: FIFOs, devices and links out of the repository are never opened or read, files
// past the limits are skipped with a finding, a walk that stops at its limit says so, and `--base`
// runs nothing the repository's git configuration names. A marker placed outside the repository
// never appears in any output format.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'chaimeleon-lint.js');
const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'];
const STACK = /\n\s+at |\bat .*\.(js|ts):\d+/;
const temps: string[] = [];

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Runs the CLI; a run that blocks is killed after a minute and fails the test (status null), not the suite. */
function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: unknown }).code ?? null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
}

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chm-robust-'));
  temps.push(dir);
  return dir;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

const DOCKERFILE = 'FROM ubuntu:22.04\nCOPY scripts/run.sh /usr/local/bin/run.sh\nUSER 1000\nENTRYPOINT ["/usr/local/bin/run.sh"]\n';

interface Report {
  findings: { code: string; file: string; message: string; severity: string; range: { startLine: number } }[];
}

const json = (stdout: string) => JSON.parse(stdout) as Report;
const onFile = (report: Report, suffix: string) => report.findings.filter((f) => f.file.endsWith(suffix)).map((f) => f.code);

describe('files that are not regular files', () => {
  it('never opens a FIFO as README, LICENSE, script, .dockerignore or .git/config, and reports each', async () => {
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE });
    mkdirSync(join(repo, 'scripts'));
    mkdirSync(join(repo, '.git'));
    for (const f of ['README.md', 'LICENSE', 'scripts/run.sh', '.dockerignore', '.git/config']) mkfifo(join(repo, f));
    const r = await cli([repo, '--format', 'json']);
    expect(r.code).not.toBeNull();
    expect(r.stderr).not.toMatch(STACK);
    const report = json(r.stdout);
    for (const f of ['README.md', 'LICENSE', 'scripts/run.sh', '.dockerignore']) {
      expect(onFile(report, f), f).toEqual(['CHM001']);
      expect(report.findings.find((x) => x.file.endsWith(f))!.message).toMatch(/named pipe \(FIFO\), not a regular file, so it was never opened/);
    }
    // A README or LICENSE that is there, but not read, is not a missing one.
    expect(report.findings.map((f) => f.code)).not.toContain('CHM201');
    expect(report.findings.map((f) => f.code)).not.toContain('CHM303');
    expect(report.findings.map((f) => f.code)).not.toContain('CHM402');
  });

  it('refuses a configuration file that is a FIFO or a device, in the folder or given with -c, in one line', async () => {
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE });
    mkfifo(join(repo, '.chaimeleon-lint.yaml'));
    for (const args of [[repo], [repo, '-c', join(repo, '.chaimeleon-lint.yaml')], [join(repo, 'Dockerfile'), '-c', '/dev/zero']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/the configuration file is not a regular file \(a folder, FIFO, socket or device\); it is not read/);
    }
  });

  it('refuses a FIFO or a device named on the command line, in one line', async () => {
    const dir = temp();
    mkfifo(join(dir, 'pipe'));
    for (const path of [join(dir, 'pipe'), '/dev/zero']) {
      const r = await cli([path]);
      expect(r.code, path).toBe(2);
      expect(r.stderr).toMatch(/is a (named pipe \(FIFO\)|device), not a Dockerfile or a folder; not read/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('reports a README that is a link to a device without reading it', async () => {
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE, 'scripts/run.sh': '#!/bin/sh\nexec python3 main.py\n' });
    symlinkSync('/dev/zero', join(repo, 'README.md'));
    const r = await cli([repo, '--format', 'json']);
    expect(onFile(json(r.stdout), 'README.md')).toEqual(['CHM001']);
  });
});

describe('a file that is there but was not read fails the run', () => {
  interface Sarif {
    runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[] }[];
  }
  // Root reads a file whatever its mode: the CLI then runs as nobody (setpriv), as an unlucky user would.
  const asUser = process.getuid?.() === 0 ? (args: string[]) => ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]] as const : (args: string[]) => [process.execPath, [BIN, ...args]] as const;
  const run = (args: string[], cwd: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const [command, argv] = asUser(args);
      execFile(command, argv, { cwd, timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } }, (error, stdout, stderr) => {
        const code = error ? ((error as { code?: unknown }).code ?? null) : 0;
        resolve({ code: typeof code === 'number' ? code : null, stdout, stderr });
      });
    });

  it('permission denied, a FIFO, a link out: a CHM001 finding on each, and exit 2 with the failure in every format', async () => {
    const outside = temp();
    write(outside, { 'LICENSE.txt': 'MIT License\n' });
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE, 'scripts/run.sh': '#!/bin/sh\nexec python3 main.py\n', 'README.md': '# Tool\n' });
    chmodSync(repo, 0o755);
    chmodSync(join(repo, 'README.md'), 0o000);
    mkfifo(join(repo, '.dockerignore'));
    symlinkSync(join(outside, 'LICENSE.txt'), join(repo, 'LICENSE'));
    const unread = ['README.md', '.dockerignore', 'LICENSE'];
    for (const format of FORMATS) {
      const r = await run(['.', '--format', format], repo);
      expect(r.code, format).toBe(2);
      expect(r.stderr, format).not.toMatch(STACK);
      // One line per file not reviewed, naming it and why.
      const lines = r.stderr.trim().split('\n');
      expect(lines.map((l) => l.split(':')[1].trim()).sort(), format).toEqual([...unread].sort());
      expect(r.stderr).toMatch(/^chaimeleon-lint: README\.md: cannot be read \(permission denied\); it was not reviewed$/m);
      expect(r.stdout, format).not.toMatch(/No problems/i);
      if (format === 'json') {
        const report = JSON.parse(r.stdout) as Report & { failures: { file: string; message: string }[] };
        expect(report.failures.map((f) => f.file).sort()).toEqual([...unread].sort());
        for (const f of unread) expect(onFile(report, f), f).toEqual(['CHM001']);
      }
      if (format === 'sarif') {
        const invocation = (JSON.parse(r.stdout) as Sarif).runs[0].invocations[0];
        expect(invocation.executionSuccessful).toBe(false);
        expect(invocation.toolExecutionNotifications).toHaveLength(unread.length);
      }
      if (format === 'github') for (const f of unread) expect(r.stdout).toMatch(new RegExp(`^::error title=chaimeleon-lint%3A not reviewed::${f.replace('.', '\\.')}: `, 'm'));
      if (format === 'markdown') expect(r.stdout).toMatch(/The review failed/);
    }
  });

  it('a binary file is a defect of the file itself: a finding, and no failure of the run', async () => {
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE, 'scripts/run.sh': '#!/bin/sh\nexec python3 main.py\n', 'README.md': '# Tool\n\u0000\u0001' });
    const r = await cli([repo, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { failures: unknown[] }).failures).toEqual([]);
  });
});

describe('sizes and limits', () => {
  it('skips a file over the size limit with a finding, and does not parse a README over its own limit', async () => {
    const big = temp();
    write(big, { Dockerfile: DOCKERFILE, 'scripts/run.sh': 'echo\n', 'README.md': `# x\n\n${'word '.repeat(2_000_000)}\n` });
    const r = await cli([big, '--format', 'json']);
    const readme = json(r.stdout).findings.filter((f) => f.file.endsWith('README.md'));
    expect(readme.map((f) => f.code)).toEqual(['CHM001']);
    expect(readme[0].message).toMatch(/larger than 8 MiB, so it was not read/);

    // Over the parse limits: 1 MB, or more Markdown marks than parse in reasonable time.
    for (const readme of [`# x\n\n${'word '.repeat(220_000)}\n`, `# x\n\n${`${'*a_ '.repeat(49)}\n\n`.repeat(250)}`]) {
      const large = temp();
      write(large, { Dockerfile: DOCKERFILE, 'scripts/run.sh': 'echo\n', 'README.md': readme });
      const r2 = await cli([large, '--format', 'json']);
      expect(r2.code).toBe(2);
      const found = json(r2.stdout).findings.filter((f) => f.file.endsWith('README.md'));
      expect(found.map((f) => f.code)).toEqual(['CHM003']);
      expect(found[0].message).toMatch(/more than the (1 MB|20000) chaimeleon-lint parses/);
      expect(json(r2.stdout).findings.map((f) => f.code)).not.toContain('CHM201');
    }
  });

  it('reads a README of pathological emphasis runs as text, and says so', async () => {
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE, 'scripts/run.sh': 'echo\n', 'README.md': `# Tool\n\n## Description\n\nA tool.\n\n${'*a_ '.repeat(10_000)}\n\n${'> '.repeat(20_000)}x\n\n${'[a] '.repeat(10_000)}\n` });
    const r = await cli([repo, '--format', 'json']);
    expect(r.code).toBe(2);
    const limits = json(r.stdout).findings.filter((f) => f.code === 'CHM003');
    expect(limits.length).toBeGreaterThanOrEqual(2);
    expect(limits.every((f) => f.file.endsWith('README.md'))).toBe(true);
    expect(json(r.stdout).findings.map((f) => f.code)).not.toContain('CHM202');
  });

  it('says so when a repository holds more files than a walk lists', async () => {
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE, 'scripts/run.sh': 'echo\n' });
    mkdirSync(join(repo, 'data'));
    for (let i = 0; i < 20_001; i++) writeFileSync(join(repo, 'data', `f${i}`), '');
    const r = await cli([repo, '--format', 'json']);
    expect(r.code).toBe(2);
    const limit = json(r.stdout).findings.filter((f) => f.code === 'CHM003');
    expect(limit.map((f) => f.message)).toEqual([expect.stringMatching(/more than 20000 files/)]);
    expect(r.stderr).toMatch(/more than 20000 files/);
  });
});

describe('the repository as a boundary', () => {
  const MARKER = 'OUTSIDE_MARKER_9f3c1';

  it('never reads, nor prints, a file a link points to outside the repository', async () => {
    const outside = temp();
    write(outside, {
      'secret.txt': `${MARKER}\n`,
      'gitconfig': `[remote "origin"]\n  url = https://github.com/x/${MARKER}.git\n`,
      'gitdir/config': `[remote "origin"]\n  url = https://github.com/x/${MARKER}.git\n`,
      'config.yaml': `profile: ${MARKER}\n`,
      'script.sh': `#!/bin/sh\ncurl https://${MARKER}.example/x\n`,
    });
    const repo = temp();
    write(repo, { Dockerfile: DOCKERFILE });
    mkdirSync(join(repo, 'scripts'));
    mkdirSync(join(repo, '.git'));
    symlinkSync(join(outside, 'secret.txt'), join(repo, 'README.md'));
    symlinkSync(join(outside, 'secret.txt'), join(repo, 'LICENSE'));
    symlinkSync(join(outside, 'script.sh'), join(repo, 'scripts/run.sh'));
    symlinkSync(join(outside, 'gitconfig'), join(repo, '.git/config'));
    for (const format of FORMATS) {
      const r = await cli([repo, '--format', format], ROOT, { [`ENV_${MARKER}`]: MARKER });
      expect(r.code, format).not.toBeNull();
      expect(r.stdout + r.stderr, format).not.toContain(MARKER);
      if (format === 'json') {
        for (const f of ['README.md', 'LICENSE', 'scripts/run.sh']) expect(onFile(json(r.stdout), f), f).toEqual(['CHM001']);
        expect(json(r.stdout).findings.find((f) => f.file.endsWith('README.md'))!.message).toMatch(/link to a place outside the repository, so it was not followed/);
      }
    }
    // .git itself a link out of the repository.
    rmSync(join(repo, '.git'), { recursive: true });
    symlinkSync(join(outside, 'gitdir'), join(repo, '.git'));
    const r = await cli([repo, '--format', 'json']);
    expect(r.stdout + r.stderr).not.toContain(MARKER);
  });

  it('refuses a configuration file linked out of its folder, even to /proc/self/environ', async () => {
    const outside = temp();
    write(outside, { 'config.yaml': `profile: ${MARKER}\n` });
    for (const target of [join(outside, 'config.yaml'), '/proc/self/environ']) {
      const repo = temp();
      write(repo, { Dockerfile: DOCKERFILE });
      symlinkSync(target, join(repo, '.chaimeleon-lint.yaml'));
      const r = await cli([repo, '--format', 'json'], ROOT, { [`ENV_${MARKER}`]: MARKER });
      expect(r.code, target).toBe(2);
      expect(r.stdout + r.stderr, target).not.toContain(MARKER);
      expect(r.stderr).toMatch(/the configuration file is a link to a place outside .*; it is not read/);
    }
  });
});

describe('--base runs nothing the repository configures', () => {
  it('never runs core.fsmonitor, filter, textconv or pager commands from .git/config', async () => {
    const repo = temp();
    const markers = temp();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    write(repo, { Dockerfile: 'FROM ubuntu:22.04\nLABEL version=1.0\nUSER 1000\n', '.gitattributes': '* filter=evil diff=evil\n', 'run.sh': 'echo one\n' });
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    write(repo, { Dockerfile: 'FROM ubuntu:22.04\nLABEL version=1.0\nUSER 1000\nRUN echo two\n', 'run.sh': 'echo two\n' });
    const marker = (name: string) => join(markers, name);
    git('config', 'core.fsmonitor', `touch ${marker('fsmonitor')}; false`);
    git('config', 'filter.evil.clean', `touch ${marker('clean')}; cat`);
    git('config', 'filter.evil.smudge', `touch ${marker('smudge')}; cat`);
    git('config', 'filter.evil.process', `touch ${marker('process')}`);
    git('config', 'diff.evil.textconv', `touch ${marker('textconv')}; cat`);
    git('config', 'diff.external', `touch ${marker('external')}`);
    git('config', 'core.pager', `touch ${marker('pager')}; cat`);
    const r = await cli([repo, '--base', 'HEAD', '--format', 'json']);
    expect(r.stderr).not.toMatch(STACK);
    for (const name of ['fsmonitor', 'clean', 'smudge', 'process', 'textconv', 'external', 'pager']) expect(existsSync(marker(name)), name).toBe(false);
    // The comparison still works: the image changed and its version did not.
    expect(json(r.stdout).findings.map((f) => f.code)).toContain('CHM406');
    // The same configuration does run them for git itself: the test would see it.
    try {
      execFileSync('git', ['diff', '--name-only', 'HEAD'], { cwd: repo, stdio: 'pipe' });
    } catch {
      // the `process` filter is not a real one: git may fail after running it
    }
    expect(existsSync(marker('fsmonitor')) || existsSync(marker('clean'))).toBe(true);
  });
});

describe('the CLI on hostile Dockerfiles', () => {
  it('reports every Dockerfile of a repository holding hostile ones, with no stack trace and a report the size of the input', async () => {
    const repo = temp();
    const files: Record<string, string> = {
      'self-arg/Dockerfile': 'FROM ubuntu:22.04\nARG Y=y\nARG X=${X:-${Y}}\nARG X=${X:-${Y}}\nLABEL name=$X\nRUN pip install x\n',
      'doubling/Dockerfile': `FROM ubuntu:22.04\nENV A=ab\n${'ENV A=$A$A\n'.repeat(27)}LABEL name=$A\nUSER $A\nRUN pip install x\n`,
      'chain/Dockerfile': `FROM ubuntu:22.04\nRUN ${Array.from({ length: 30_000 }, (_, i) => `pip install p${i}`).join(' && ')}\n`,
      'deep/Dockerfile': `FROM ubuntu:22.04\nRUN ${'echo $('.repeat(3000)}pip install x${')'.repeat(3000)}\nRUN pip install y\n`,
      // One function of 30,000 statements: each call's fallback test reads the block once, not once per call.
      'long-python/Dockerfile': 'FROM ubuntu:22.04\nRUN pip install x\nCOPY app.py /app/app.py\nUSER 1000\nENTRYPOINT ["python3", "/app/app.py"]\n',
      'long-python/app.py': `import os, urllib.request\ndef main():\n    if os.path.exists('/app/w.pt'):\n        return\n${'    print(1)\n'.repeat(30_000)}    urllib.request.urlretrieve('https://example.org/w.pt', '/app/w.pt')\nmain()\n`,
      'plain/Dockerfile': 'FROM ubuntu:22.04\nRUN pip install x\n',
    };
    write(repo, files);
    const inputBytes = Object.values(files).reduce((n, t) => n + t.length, 0);
    // SARIF too: its fingerprints hash a bounded window of a long line, not the whole line per finding.
    for (const format of ['json', 'stylish', 'sarif']) {
      const r = await cli([repo, '--format', format]);
      expect(r.code, format).toBe(2);
      expect(r.stderr, format).not.toMatch(STACK);
      expect(r.stderr.trim().split('\n'), format).toHaveLength(1);
      expect(r.stderr).toMatch(/deep\/Dockerfile:2: The shell code here nests more than \d+ levels deep/);
      // 30,000 findings of the chain (a few hundred bytes each): in proportion to the input, never to what it expands to.
      expect(r.stdout.length, format).toBeLessThan(inputBytes * 50);
      if (format === 'json') {
        const report = json(r.stdout);
        for (const dir of Object.keys(files).map((f) => f.split('/')[0])) expect(report.findings.some((f) => f.file.endsWith(`${dir}/Dockerfile`) && f.code === 'CHM110'), dir).toBe(true);
        expect(report.findings.filter((f) => f.file.endsWith('chain/Dockerfile') && f.code === 'CHM110')).toHaveLength(30_000);
        expect(report.findings.filter((f) => f.code === 'CHM003').map((f) => f.file.split('/').slice(-2).join('/'))).toEqual(['deep/Dockerfile']);
        expect(report.findings.filter((f) => f.file.endsWith('long-python/app.py') && f.code === 'CHM401').map((f) => `${f.range.startLine} ${f.severity}`)).toEqual(['30005 warning']);
      }
    }
    // Three whole runs of the CLI on a shared machine: more than the default minute, each run still bounded by its own.
  }, 180_000);

  it('reports every file of a generated corpus holding self-referencing ARGs, and exits 0 or 1', async () => {
    const corpus = join(temp(), 'corpus');
    // The benchmark's generator: one file in eight has `ARG X=${X:-${Y}}` and its kin.
    const { generateCorpus } = (await import(join(ROOT, 'scripts', 'gen-corpus.mjs'))) as { generateCorpus: (dir: string, count: number) => string[] };
    const files = generateCorpus(corpus, 240);
    const selfReferencing = files.filter((f) => readFileSync(f, 'utf8').includes('ARG X=${X:-${Y}}'));
    expect(selfReferencing.length).toBe(30);
    const r = await cli([corpus, '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report & { files?: string[]; summary: { files: number }; failures: unknown[] };
    expect(report.summary.files).toBe(240);
    expect(report.failures).toEqual([]);
    const reported = new Set(report.findings.map((f) => f.file.split('/').pop()));
    for (const f of selfReferencing) expect(reported.has(f.split('/').pop()), f).toBe(true);
  });

  it('exits 0 or 1 on a repository whose only oddity is a self-referencing ARG', async () => {
    const repo = temp();
    write(repo, { Dockerfile: 'FROM ubuntu:22.04\nARG BASE=${BASE:-${DEFAULT_BASE}}\nARG X=${X:-${X:-${X}}}\nRUN echo $X\n' });
    const r = await cli([repo, '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
  });
});
