// What users and CI see when things go wrong, tried as an attacker and as an unlucky user would:
// no "all clear" when something was not reviewed, one-line errors, standard input, reports written
// atomically, output that no file name or file text can turn into terminal escapes or CI workflow
// commands, and the GitHub Action's failure handling. Every hostile input is built on the fly.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { runAction } from '../src/github-action.js';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'chaimeleon-lint.js');
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
const work = mkdtempSync(join(tmpdir(), 'chm-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: Buffer; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    isTTY: options.tty ?? false,
    ...(options.stdin ? { stdin: [options.stdin] } : {}),
  });
  return { code, stdout, stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const DOCKERFILE = 'FROM ubuntu:22.04\nRUN pip install x\nUSER root\n';

/** A usage or run error as the brief wants it: one line, no stack trace. */
function expectOneLine(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at |\.ts:\d+|\.js:\d+:\d+/m);
  expect(lines[0]).toMatch(/^chaimeleon-lint: /);
}

describe('no false all-clear', () => {
  it.each(FORMATS)('a missing path in %s: exit 2, no success line, the failure in the report', async (format) => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const r = await cli(['no/such/Dockerfile', '--format', format], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaimeleon-lint: no/such/Dockerfile: no such file or folder\n');
    expect(r.stdout).not.toMatch(/No problems found/);
    if (format === 'json') {
      const report = JSON.parse(r.stdout);
      expect(report.failures).toEqual([{ file: 'no/such/Dockerfile', message: 'no such file or folder' }]);
      expect(report.summary.failures).toBe(1);
    } else if (format === 'sarif') {
      const [invocation] = JSON.parse(r.stdout).runs[0].invocations;
      expect(invocation.executionSuccessful).toBe(false);
      expect(invocation.toolExecutionNotifications).toEqual([{ level: 'error', message: { text: 'no/such/Dockerfile: no such file or folder' }, properties: { file: 'no/such/Dockerfile' } }]);
    } else if (format === 'github') {
      expect(r.stdout).toContain('::error title=chaimeleon-lint%3A not reviewed::no/such/Dockerfile: no such file or folder\n');
      expect(r.stdout).toMatch(/^chaimeleon-lint: review failed \(1 not reviewed\)/m);
    } else if (format === 'markdown') {
      expect(r.stdout).toContain('❌ **The review failed**: 1 not reviewed');
      expect(r.stdout).toContain('| `no/such/Dockerfile` | no such file or folder |');
      expect(r.stdout).not.toContain('✅');
    } else {
      expect(r.stdout).toMatch(/^✖ Review failed \(1 not reviewed, listed above\); 0 problems/m);
    }
  });

  it('the other paths are still linted and reported, and the run still fails', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const r = await cli(['missing', 'Dockerfile', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files).toEqual(['Dockerfile']);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.failures.map((f: { file: string }) => f.file)).toEqual(['missing']);
  });

  it('a successful run says so in SARIF, and JSON lists no failure', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const sarif = JSON.parse((await cli(['Dockerfile', '--format', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    const json = JSON.parse((await cli(['Dockerfile', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.failures).toEqual([]);
    expect(json.summary.failures).toBe(0);
  });

  it('a folder with no Dockerfile and no README is nothing to review: exit 2 and a clear line', async () => {
    const dir = folder({ 'notes.txt': 'Tool\n', 'src/main.py': 'print(1)\n' });
    for (const args of [['.'], []]) {
      const r = await cli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('chaimeleon-lint: .: no Dockerfile and no README.md found (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile): nothing to review\n');
      expect(r.stdout).not.toMatch(/No problems found/);
    }
    // A README alone is a catalogue entry: reviewed (here: its sections are missing), not a failure.
    const entry = await cli(['.'], { cwd: folder({ 'README.md': '# Tool\n' }) });
    expect(entry.code).toBe(0);
    expect(entry.stdout).toMatch(/CHM202/);
    const ignored = folder({ 'legacy/Dockerfile': DOCKERFILE, '.chaimeleon-lint.yaml': 'ignore: ["legacy/**"]\n' });
    const r = await cli(['.'], { cwd: ignored });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no Dockerfile and no README\.md found .*; 1 ignored by the configuration: nothing to review/);
  });

  it('the Markdown summary and a SARIF file written for a failed run say it failed', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const r = await cli(['Dockerfile', 'gone', '--format', 'sarif', '--output', 'out.sarif', '--summary', 'summary.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].invocations[0].executionSuccessful).toBe(false);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('The review failed');
    expect(summary).toContain('| `gone` | no such file or folder |');
  });

  it('a FIFO, a link to one, or a device named on the command line is not linted as a folder (and does not block)', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync('pipe', join(dir, 'link-to-pipe'));
    for (const [path, kind] of [
      ['pipe', 'a named pipe (FIFO)'],
      ['link-to-pipe', 'a named pipe (FIFO)'],
      ['/dev/zero', 'a device'],
    ]) {
      const r = await cli([path, '--format', 'json'], { cwd: dir });
      expect(r.code, path).toBe(2);
      expect(r.stderr).toBe(`chaimeleon-lint: ${path}: is ${kind}, not a Dockerfile or a folder; not read\n`);
      expect(JSON.parse(r.stdout).files).toEqual([]);
    }
  });
});

describe('the command line', () => {
  it('`-- -rf` names a path -rf; it never lints the current folder instead', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const missing = await cli(['--format', 'json', '--', '-rf'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('chaimeleon-lint: -rf: no such file or folder\n');
    expect(JSON.parse(missing.stdout).files).toEqual([]);
    writeFileSync(join(dir, '-rf'), DOCKERFILE);
    const present = await cli(['--format', 'json', '--', '-rf'], { cwd: dir });
    expect(present.code).toBe(1);
    expect(JSON.parse(present.stdout).files).toEqual(['-rf']);
  });

  it('a bare --rule is a usage error; --rule takes one value and leaves the paths that follow', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    for (const args of [['--rule'], ['--rule', '--quiet'], ['Dockerfile', '--rule=']]) {
      const r = await cli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stdout).toBe('');
    }
    const r = await cli(['--rule', 'CHM110=off', 'Dockerfile', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.files).toEqual(['Dockerfile']);
    expect(report.findings.map((f: { code: string }) => f.code)).not.toContain('CHM110');
  });

  it.each([
    [['--rule', 'x\n::error::injected']],
    [['--format', 'json\n::error::injected']],
    [['--fail-level', 'loud\r::error::injected']],
    [['--explain', 'CHM\n::error::injected']],
    [['--no-such-option\n::error::injected']],
    [['--concurrency', '2', '--org', 'x\n::error::injected', '--shard', '9/2\n::error::injected']],
    [['--format']],
  ])('usage error %j: one line, exit 2, user text escaped', async (args) => {
    const r = await cli(args, { cwd: work });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).not.toMatch(/^\s*::/m);
    expect(r.stderr).not.toMatch(/[\r\u0007\u001b]/);
    expect(r.stdout).toBe('');
  });

  it.each(['1e10', '2147484', 'Infinity', '-1', '0', 'abc'])('--github-timeout %s is a usage error (never a 1 ms timeout)', async (value) => {
    const r = await cli(['github:a/b', '--github-timeout', value, '--github-api', 'http://127.0.0.1:9']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(/--github-timeout .*: expected a number of seconds above 0 and at most 2147483/);
  });

  it('--output - writes to standard output', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const r = await cli(['Dockerfile', '--format', 'json', '--output', '-'], { cwd: dir });
    expect(JSON.parse(r.stdout).files).toEqual(['Dockerfile']);
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });
});

describe('standard input', () => {
  it('- reads one Dockerfile; --stdin-filename names it and finds its configuration', async () => {
    const dir = folder({ 'sub/.chaimeleon-lint.yaml': 'rules:\n  CHM110: error\n' });
    const plain = await cli(['-', '--format', 'json'], { cwd: dir, stdin: Buffer.from(DOCKERFILE) });
    const report = JSON.parse(plain.stdout);
    expect(plain.code).toBe(1);
    expect(report.files).toEqual(['<stdin>']);
    expect(report.findings.find((f: { code: string }) => f.code === 'CHM110')).toMatchObject({ file: '<stdin>', severity: 'warning', range: { startLine: 2 } });
    const named = JSON.parse((await cli(['-', '--stdin-filename', 'sub/Dockerfile', '--format', 'json'], { cwd: dir, stdin: Buffer.from(DOCKERFILE) })).stdout);
    expect(named.files).toEqual(['sub/Dockerfile']);
    expect(named.findings.find((f: { code: string }) => f.code === 'CHM110')).toMatchObject({ file: 'sub/Dockerfile', severity: 'error' });
  });

  it('works through the real process, and refuses what makes no sense', () => {
    const dir = folder({});
    const r = spawnSync(process.execPath, [BIN, '-', '--format', 'json'], { cwd: dir, input: DOCKERFILE, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toContain('<stdin>');
    const cases: [string[], RegExp][] = [
      [['-', 'Dockerfile'], /- \(standard input\) cannot be given with other paths/],
      [['--stdin-filename', 'x/Dockerfile'], /--stdin-filename names the Dockerfile read from standard input: give the path - too/],
      [['-', '--base', 'main'], /--base compares a git checkout; it does not apply to standard input/],
    ];
    for (const [args, message] of cases) {
      const bad = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input: DOCKERFILE, encoding: 'utf8' });
      expect(bad.status, args.join(' ')).toBe(2);
      expectOneLine(bad.stderr);
      expect(bad.stderr).toMatch(message);
    }
  });

  it('more than 8 MiB on standard input is refused in one line', async () => {
    const r = await cli(['-'], { cwd: work, stdin: Buffer.alloc(9 * 1024 * 1024, '#') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaimeleon-lint: standard input is larger than 8 MiB; not linted\n');
  });
});

describe('report files', () => {
  it('--output replaces the file by renaming a complete one over it (a hard link to the old one keeps the old text)', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE, 'report.json': 'old report\n' });
    linkSync(join(dir, 'report.json'), join(dir, 'old.json'));
    const r = await cli(['Dockerfile', '--format', 'json', '--output', 'report.json', '--summary', 'summary.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).files).toEqual(['Dockerfile']);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('old report\n');
    expect(readdirSync(dir).sort()).toEqual(['Dockerfile', 'old.json', 'report.json', 'summary.md']);
  });

  it('a failed write (file size limit) leaves the old report whole: one line, exit 2, no temporary file left', () => {
    const dir = folder({ 'report.json': 'old report\n' });
    cpSync(join(ROOT, 'examples', 'image_batch_mistakes'), join(dir, 'repo'), { recursive: true });
    // ulimit -f: a write past 1 KiB fails with EFBIG, as a full disk fails with ENOSPC.
    const r = spawnSync('bash', ['-c', `ulimit -f 1; exec "${process.execPath}" "${BIN}" repo --format json --output report.json`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(/report\.json: cannot write the report \(EFBIG\)/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('old report\n');
    expect(readdirSync(dir).sort()).toEqual(['repo', 'report.json']);
  });

  it('refuses to write a report over a folder, in one line', async () => {
    const dir = folder({ Dockerfile: DOCKERFILE, 'out/keep': 'x' });
    const r = await cli(['Dockerfile', '--output', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(readFileSync(join(dir, 'out', 'keep'), 'utf8')).toBe('x');
  });
});

/** Lines of text that a GitHub runner would read as a workflow command, besides the annotations chaimeleon-lint means. */
function commandLines(text: string, format: string): string[] {
  return text.split('\n').filter((line) => {
    if (!/^\s*::/.test(line) && !line.includes('##[')) return false;
    // The github format's own annotations: properties escaped, so the command name is ours.
    return !(format === 'github' && /^::(error|warning|notice) (file=[^:,]*(,(line|endLine|col|endColumn)=\d+)*,)?title=[^:,]*::/.test(line));
  });
}

/** Control characters that would act on a terminal or a log viewer (tab and line feed are text). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('output that cannot be hijacked', () => {
  const hostileName = 'a\n::error title=pwned::gotcha';
  const hostileText = [
    'FROM ubuntu:22.04',
    'LABEL name="x\u001b[31mred\u0007 <img src=x onerror=alert(1)> |p| ##[error]legacy \u009b2J \u202etxt" version="1\u001b]0;title\u0007"',
    'RUN echo "\u001b[2J ##[add-mask]secret" && pip install x',
    'USER root',
    '',
  ].join('\n');
  const repo = () => {
    const dir = mkdtempSync(join(work, 'hostile-'));
    for (const name of [hostileName, '::warning::pwned2', ' ::notice::pwned3', 'b|c<img src=y>', 'd\r::error::e']) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'Dockerfile'), hostileText);
    }
    return dir;
  };

  it.each(FORMATS)('%s: no raw control character, no line that a runner reads as a command', async (format) => {
    const dir = repo();
    const names = readdirSync(dir);
    const r = await cli([...names, '--format', format, '--summary', 'summary.md'], { cwd: dir });
    expect(r.code).toBe(1);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    for (const text of [r.stdout, r.stderr, summary]) {
      expect(text).not.toMatch(RAW_CONTROL);
      expect(commandLines(text, format)).toEqual([]);
    }
    expect(commandLines(summary, 'markdown')).toEqual([]);
    if (format === 'json' || format === 'sarif') {
      // Escaped as JSON, the strings read back as they were.
      expect(JSON.stringify(JSON.parse(r.stdout))).toContain('##[error]legacy \u009b2J \u202etxt');
      if (format === 'json') expect(JSON.parse(r.stdout).files).toContain(`${hostileName}/Dockerfile`);
    }
    if (format === 'stylish') {
      // The path once, as the header of its findings, each of which gives only `line:col`.
      expect(r.stdout).toMatch(/^a␊::error title=pwned::gotcha\/Dockerfile\n {2}\d+:\d+ /m);
      expect(r.stdout).toMatch(/^\.\/::warning::pwned2\/Dockerfile$/m);
      expect(r.stdout).toContain('x␛[31mred␇ <img src=x onerror=alert(1)> |p| ##\\[error]legacy <U+009B>2J <U+202E>txt');
    }
    if (format === 'github') {
      expect(r.stdout).toContain('::error file=a%0A%3A%3Aerror title=pwned%3A%3Agotcha/Dockerfile,line=4,');
      expect(r.stdout).toContain('::error file=d%0D%3A%3Aerror%3A%3Ae/Dockerfile,line=4,');
    }
  });

  it('Markdown (report and job summary) keeps every tag from a file dead and every table row whole', async () => {
    const dir = repo();
    const r = await cli([...readdirSync(dir), '--format', 'markdown'], { cwd: dir });
    const tree = unified().use(remarkParse).parse(r.stdout);
    const html: string[] = [];
    const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'html') html.push(node.value ?? '');
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(tree as unknown as Parameters<typeof visit>[0]);
    expect(html.filter((h) => h !== '<br>')).toEqual([]);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && /CHM\d{3}/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    // Four cells each: every `|` inside a cell is escaped.
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6);
    expect(r.stdout).toContain('`b\\|c<img src=y>/Dockerfile:4`');
  });

  it('colours, links and code frames on a terminal: the only escape sequences are the colours and links to the docs', async () => {
    const dir = repo();
    const r = await cli([hostileName, '--color'], { cwd: dir, tty: true });
    // OSC 8 links open and close around the rule codes, and point only to the rules' docs.
    const links = r.stdout.match(/\u001b\]8;;[^\u001b]*\u001b\\/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\u001b\]8;;(?:https:\/\/github\.com\/chaimeleon-eu\/chaimeleon-lint\/blob\/v[^/]+\/docs\/rules\/CHM\d{3}\.md)?\u001b\\$/);
    const escapes = r.stdout.replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '').match(/\u001b[^m]*m?/g) ?? [];
    expect(escapes.length).toBeGreaterThan(0);
    for (const e of escapes) expect(e).toMatch(/^\u001b\[\d+m$/);
    const plain = r.stdout.replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '').replace(/\u001b\[\d+m/g, '');
    expect(plain).toContain('2 | LABEL name="x␛[31mred␇');
    expect(plain).not.toMatch(RAW_CONTROL);
  });
});

describe('the token is never printed', () => {
  it('a token that a linted file holds is masked in every format, also cut short', async () => {
    const token = 'ghp_MARKER123abcdefghijklmnopqrstuvwxyz01';
    const dir = folder({ Dockerfile: `FROM ubuntu:22.04\nLABEL name="${token}" version="MARKER123abcdef"\nUSER root\n` });
    for (const format of FORMATS) {
      const r = await cli(['.', '--format', format, '--summary', 'summary.md'], { cwd: dir, env: { GITHUB_TOKEN: `${token}\n` } });
      expect(r.code).toBe(1);
      const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
      for (const text of [r.stdout, r.stderr, summary]) expect(text).not.toContain('MARKER123');
      for (const text of [r.stdout, summary]) expect(text).toContain('***');
    }
  });
});

describe('the GitHub Action (in process)', () => {
  interface ActionRun extends Run {
    outputs: Record<string, string>;
    summary: string;
    workspace: string;
  }

  async function action(files: Record<string, string>, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
    const workspace = folder(files);
    const outputFile = join(workspace, '..', `${workspace.split('/').pop()}.output`);
    const summaryFile = join(workspace, '..', `${workspace.split('/').pop()}.summary`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const all: Record<string, string> = { paths: '.', 'sarif-file': 'chaimeleon-lint.sarif', annotations: 'true', summary: 'true', ...inputs };
    const actionEnv = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])), ...env };
    let stdout = '';
    let stderr = '';
    const code = await runAction(actionEnv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: workspace, env: actionEnv, isTTY: false });
    const outputs: Record<string, string> = {};
    for (const m of readFileSync(outputFile, 'utf8').matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm)) outputs[m[1]] = m[3];
    return { code, stdout, stderr, outputs, summary: readFileSync(summaryFile, 'utf8'), workspace };
  }

  it('a path that could not be reviewed: an error annotation, failed=true, the summary says so, no SARIF file (a stale one removed)', async () => {
    const run = await action({ Dockerfile: DOCKERFILE, 'chaimeleon-lint.sarif': '{"stale": true}' }, { paths: 'Dockerfile missing' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('::error title=chaimeleon-lint%3A not reviewed::missing: no such file or folder\n');
    expect(run.outputs).toMatchObject({ failed: 'true', 'sarif-file': '' });
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.summary).toContain('❌ **The review failed**');
    expect(existsSync(join(run.workspace, 'chaimeleon-lint.sarif'))).toBe(false);
  });

  it('a folder with no Dockerfile, with annotations off: still the error annotation, still no SARIF', async () => {
    const run = await action({ 'notes.txt': '# x\n' }, { annotations: 'false' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error title=chaimeleon-lint%3A not reviewed::\.: no Dockerfile and no README\.md found/m);
    expect(run.outputs).toMatchObject({ failed: 'true', 'sarif-file': '' });
    expect(readdirSync(run.workspace)).toEqual(['notes.txt']);
  });

  it('a bad input or configuration: an error annotation, failed=true, no SARIF, the summary says so', async () => {
    for (const [files, inputs] of [
      [{ Dockerfile: DOCKERFILE }, { 'fail-level': 'sometimes' }],
      [{ Dockerfile: DOCKERFILE }, { annotations: 'maybe' }],
      [{ Dockerfile: DOCKERFILE, '.chaimeleon-lint.yaml': 'rules: [\n' }, {}],
    ] as [Record<string, string>, Record<string, string>][]) {
      const run = await action(files, inputs);
      expect(run.code).toBe(2);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([expect.stringMatching(/^::error title=chaimeleon-lint::\S/)]);
      expect(run.outputs).toEqual({ 'sarif-file': '', failed: 'true' });
      expect(run.summary).toMatch(/^## chaimeleon-lint\n\n❌ \*\*The review failed\*\*: /);
      expect(existsSync(join(run.workspace, 'chaimeleon-lint.sarif'))).toBe(false);
    }
  });

  it('a complete run: failed=false and a SARIF file that says the run succeeded', async () => {
    const run = await action({ Dockerfile: DOCKERFILE }, { 'fail-level': 'none' });
    expect(run.code).toBe(0);
    expect(run.outputs.failed).toBe('false');
    expect(run.outputs['sarif-file']).toBe(join(run.workspace, 'chaimeleon-lint.sarif'));
    expect(JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('masks the token in annotations, the summary and the SARIF file', async () => {
    const token = 'ghp_MARKER123abcdefghijklmnopqrstuvwxyz01';
    const run = await action({ Dockerfile: `FROM ubuntu:22.04\nLABEL name="${token}"\nUSER root\n` }, { 'fail-level': 'none' }, { GITHUB_TOKEN: ` ${token}\n` });
    expect(run.code).toBe(0);
    for (const text of [run.stdout, run.stderr, run.summary, readFileSync(run.outputs['sarif-file'], 'utf8')]) expect(text).not.toContain('MARKER123');
  });
});
