// The terminal report as a person reads it: wrapped to a width with a hanging indent, the fix on its
// own `help:` line, `line:col` under the file's header, and the options that shape it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { splitHelp } from '../src/message-help.js';
import { visibleLength } from '../src/formatters/style.js';
import { words, wrapWords } from '../src/formatters/wrap.js';
import { terminalOptions } from '../src/terminal.js';
import { ruleDocsUrl } from '../src/version.js';

const ROOT = join(import.meta.dirname, '..');
const MISTAKES = 'examples/image_batch_mistakes';

async function cli(args: string[], options: { env?: Record<string, string>; tty?: boolean; columns?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: ROOT,
    env: options.env ?? {},
    isTTY: options.tty ?? false,
    columns: options.columns,
  });
  return { code, stdout, stderr };
}

const FINDING = /^ {2}(\d+:\d+) +(error|warning|info) +/;

/** Checks each finding's block keeps its hanging indent; returns how many findings it saw. */
function checkIndents(text: string): number {
  let indent = -1;
  let findings = 0;
  let block: 'problem' | 'help' | 'related' = 'problem';
  for (const line of text.split('\n')) {
    const head = FINDING.exec(line);
    if (head) {
      indent = head[0].length;
      findings++;
      block = 'problem';
      continue;
    }
    if (line === '' || !line.startsWith(' ')) {
      indent = -1;
      continue;
    }
    if (indent < 0) continue;
    // Every other line of a finding starts at the message column (the problem's next lines, `help:`,
    // a related location `↳`, a code frame); the next lines of a fix or a related location under
    // their first word.
    expect(line.slice(0, indent).trim(), line).toBe('');
    const rest = line.slice(indent);
    if (rest.startsWith('help: ')) block = 'help';
    else if (rest.startsWith('↳ ')) block = 'related';
    else if (/^ *\d* \| /.test(rest)) continue;
    else if (block === 'help') expect(rest, line).toMatch(/^ {6}\S/);
    else if (block === 'related') expect(rest, line).toMatch(/^ {2}\S/);
    else expect(rest, line).toMatch(/^\S/);
  }
  return findings;
}

describe('stylish at a fixed width', () => {
  it('the mistakes example at 80 columns: no line wider, the hanging indent kept, the fix under help:', async () => {
    const r = await cli([MISTAKES, '--width', '80', '--show-source', '--statistics']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(visibleLength(line), line).toBeLessThanOrEqual(80);
    expect(checkIndents(r.stdout)).toBe(25);
    // Messages long enough to wrap did wrap, under the message column.
    expect(lines.filter((l) => /^ {17}[^ h↳0-9|]/.test(l)).length).toBeGreaterThan(20);
    // The fix of a message, after the problem, on its own line.
    expect(r.stdout).toMatch(/^ {2}25:1 +error +The image ends as `USER root`: root belongs to the build only\.\n {17}CHM101 final-user-not-platform-user\n {17}help: End with `USER chaimeleon:chaimeleon` \(uid 1000\)\./m);
    // The whole path only in the headers; findings give line:col, chains name the other file.
    const headers = lines.filter((l) => /^examples\//.test(l));
    expect(headers).toEqual([`${MISTAKES}/Dockerfile`, `${MISTAKES}/README.md`, `${MISTAKES}/init.sh`]);
    expect(lines.filter((l) => l.includes(`${MISTAKES}/`) && !headers.includes(l))).toEqual([]);
    // A related location in another file of the header's folder: named from that folder.
    expect(r.stdout).toContain('                 ↳ Dockerfile:27:12 ENTRYPOINT runs /home/chaimeleon/init.sh\n');
    // The code frame: the source line and a caret under the finding.
    expect(r.stdout).toContain('                 27 | ENTRYPOINT /home/chaimeleon/init.sh\n                    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^');
    expect(r.stdout).toMatch(/^Statistics\n {2}2 {2}error {4}CHM102 platform-user-not-created$/m);
  });

  it("the README's 80-column example is what the linter prints", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /At 80 columns\n\(`chaimeleon-lint (examples\/\S+) --width 80`\):\n\n```text\n([^]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    const r = await cli([example![1], '--width', '80']);
    expect(r.stdout).toContain(example![2]);
  });

  it('at 160 columns the same findings take fewer lines, and without a width one line each', async () => {
    const wide = await cli([MISTAKES, '--width', '160']);
    const narrow = await cli([MISTAKES, '--width', '80']);
    const none = await cli([MISTAKES]);
    for (const line of wide.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(160);
    expect(checkIndents(wide.stdout)).toBe(25);
    expect(wide.stdout.split('\n').length).toBeLessThan(narrow.stdout.split('\n').length);
    expect(none.stdout.split('\n').length).toBeLessThan(wide.stdout.split('\n').length);
    // Without wrapping: a finding, its help line, its related locations.
    expect(none.stdout.split('\n').filter((l) => /^ +help: /.test(l))).toHaveLength(25);
    expect(none.stdout.split('\n').filter((l) => FINDING.test(l))).toHaveLength(25);
  });

  it('a terminal gets its own width, colours, links to the docs and code frames; a log gets none of them', async () => {
    const tty = await cli([MISTAKES], { tty: true, columns: 100, env: { TERM: 'xterm-256color' } });
    for (const line of tty.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(100);
    expect(tty.stdout).toContain(`\u001b]8;;${ruleDocsUrl('CHM101')}\u001b\\CHM101\u001b]8;;\u001b\\`);
    expect(tty.stdout).toContain('\u001b[31merror');
    expect(tty.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(/ 27 \| ENTRYPOINT/);
    const log = await cli([MISTAKES], { env: { TERM: 'xterm-256color' } });
    expect(log.stdout).not.toMatch(/\u001b/);
    expect(log.stdout).not.toMatch(/ \d+ \| /);
    // CI shows escape sequences as text: no links there, unless FORCE_HYPERLINK says so.
    const ci = await cli([MISTAKES], { tty: true, columns: 100, env: { CI: 'true' } });
    expect(ci.stdout).not.toContain('\u001b]8;;');
    const forced = await cli([MISTAKES, '--show-source', '--color'], { env: { FORCE_HYPERLINK: '1' } });
    expect(forced.stdout).toContain('\u001b]8;;');
    expect(forced.stdout).toContain('\u001b[31m');
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(/ 27 \| ENTRYPOINT/);
    const off = await cli([MISTAKES, '--no-color', '--no-show-source'], { tty: true, columns: 100, env: { FORCE_COLOR: '1', FORCE_HYPERLINK: '0' } });
    expect(off.stdout).not.toMatch(/\u001b/);
    expect(off.stdout).not.toMatch(/ \d+ \| /);
  });

  it('--statistics with a machine format counts on standard error and keeps the report valid', async () => {
    const r = await cli([MISTAKES, '--format', 'json', '--statistics']);
    const report = JSON.parse(r.stdout);
    expect(r.stderr).toMatch(/^Statistics\n/);
    const counted = [...r.stderr.matchAll(/^ +(\d+) +\w+ +CHM\d{3} /gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(counted).toBe(report.findings.length);
  });

  it('--list-rules --format json lists every rule with its docs; other formats are refused', async () => {
    const json = await cli(['--list-rules', '--format', 'json']);
    const rules = JSON.parse(json.stdout);
    const text = await cli(['--list-rules']);
    expect(rules).toHaveLength(text.stdout.trim().split('\n').length);
    expect(rules.find((r: { code: string }) => r.code === 'CHM101')).toMatchObject({ slug: 'final-user-not-platform-user', severity: 'error', security: true, docs: ruleDocsUrl('CHM101') });
    const sarif = await cli(['--list-rules', '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/^chaimeleon-lint: --list-rules --format sarif: expected stylish \(a table\) or json\n$/);
  });

  it('a --width that is not a number of columns is a usage error', async () => {
    for (const bad of ['-3', 'wide', '1.5']) {
      const r = await cli([MISTAKES, `--width=${bad}`]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--width');
    }
  });
});

describe('the fix split from the message', () => {
  it('splits at the first clause that gives an instruction, after a colon or a full stop', () => {
    expect(splitHelp('`apt-get update` leaves the lists in this layer: end the same RUN with `&& rm -rf x`.')).toEqual({
      problem: '`apt-get update` leaves the lists in this layer.',
      help: 'End the same RUN with `&& rm -rf x`.',
    });
    expect(splitHelp('The image ends as `USER root`: root belongs to the build only. End with `USER a`.')).toEqual({
      problem: 'The image ends as `USER root`: root belongs to the build only.',
      help: 'End with `USER a`.',
    });
    expect(splitHelp('It fails, so it fails. Instead, do it at build time.').help).toBe('Instead, do it at build time.');
    expect(splitHelp('It does not match: if it is meant to be FSL-1.1-MIT, put the whole text there.').help).toBe('If it is meant to be FSL-1.1-MIT, put the whole text there.');
  });

  it('never splits inside a code span or parentheses, and leaves a message with no instruction whole', () => {
    expect(splitHelp('Writes `a: add b` (see: remove c) and more.')).toEqual({ problem: 'Writes `a: add b` (see: remove c) and more.' });
    expect(splitHelp('The shell code nests too deep; it was not checked.')).toEqual({ problem: 'The shell code nests too deep; it was not checked.' });
    // "Addresses" is not "Add".
    expect(splitHelp('A label. Addresses are fine.').help).toBeUndefined();
  });
});

describe('wrapping', () => {
  it('keeps the hanging indent, cuts a word wider than a line, never cuts a styled word', () => {
    const lines = wrapWords(words('one two three four five six seven eight nine ten eleven twelve'), '>> ', 3, 24);
    expect(lines).toEqual(['>> one two three four', '   five six seven eight', '   nine ten eleven', '   twelve']);
    const long = wrapWords(['x'.repeat(50)], '', 2, 24);
    expect(long.every((l) => l.length <= 24)).toBe(true);
    expect(long.join('').replace(/ /g, '')).toBe('x'.repeat(50));
    const styled = `\u001b[90m${'y'.repeat(30)}\u001b[39m`;
    expect(wrapWords(['a', styled], '', 0, 24)).toEqual(['a', styled]);
    expect(wrapWords(['a', 'b'], '- ', 2, undefined)).toEqual(['- a b']);
  });
});

describe('terminal options', () => {
  const tty = { isTTY: true, columns: 120, env: {} };
  it('decides colour, links, width and frames from the options, the terminal and the environment', () => {
    expect(terminalOptions({}, tty, false)).toEqual({ color: true, hyperlinks: true, width: 120, frames: true });
    expect(terminalOptions({}, { isTTY: false, env: {} }, false)).toEqual({ color: false, hyperlinks: false, width: undefined, frames: false });
    expect(terminalOptions({}, { isTTY: false, env: { COLUMNS: '90' } }, false).width).toBe(90);
    expect(terminalOptions({ width: 0 }, tty, false).width).toBeUndefined();
    expect(terminalOptions({}, { ...tty, env: { NO_COLOR: '1' } }, false).color).toBe(false);
    expect(terminalOptions({}, { ...tty, env: { NO_COLOR: '' } }, false).color).toBe(true);
    expect(terminalOptions({}, { isTTY: false, env: { FORCE_COLOR: '1' } }, false).color).toBe(true);
    expect(terminalOptions({}, { ...tty, env: { FORCE_COLOR: '0' } }, false).color).toBe(false);
    expect(terminalOptions({ color: true }, { isTTY: false, env: { NO_COLOR: '1' } }, false).color).toBe(true);
    expect(terminalOptions({ color: false }, { ...tty, env: { FORCE_COLOR: '1' } }, false).color).toBe(false);
    expect(terminalOptions({}, { ...tty, env: { TERM: 'dumb' } }, false)).toMatchObject({ color: false, hyperlinks: false });
    expect(terminalOptions({}, { ...tty, env: { CI: 'true' } }, false).hyperlinks).toBe(false);
    // A report file: nothing from the terminal, unless asked for.
    expect(terminalOptions({}, tty, true)).toEqual({ color: false, hyperlinks: false, width: undefined, frames: false });
    expect(terminalOptions({ width: 80, 'show-source': true }, tty, true)).toMatchObject({ width: 80, frames: true });
  });
});
