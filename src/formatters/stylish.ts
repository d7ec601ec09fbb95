// The terminal report, for people: findings grouped under their file's path, each as `line:col`,
// severity, the problem, the rule code (a link to its docs where the terminal shows links), then a
// `help:` line with the fix and the related locations; wrapped to the width with a hanging indent.
// Code frames and per-rule counts on request, and a summary line.
import { splitHelp } from '../message-help.js';
import type { Finding, Severity } from '../types.js';
import { ruleDocsUrl } from '../version.js';
import { plainPath, plainText } from './escape.js';
import { failuresOf, type FormatOptions, type Report } from './report.js';
import { hyperlink, paint, visibleLength, type Style } from './style.js';
import { words, wrapWords } from './wrap.js';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
const SEVERITY_WIDTH = 7;
const HELP = 'help: ';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings shown: suppressed ones never, and only errors with --quiet. */
function visibleFindings(report: Report, options: FormatOptions): Finding[] {
  return report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
}

export function formatStylish(report: Report, options: FormatOptions): string {
  const c = options.color;
  const width = options.width || undefined;
  const visible = visibleFindings(report, options);
  const byFile = new Map<string, Finding[]>();
  for (const f of visible) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  const messageWords = new MessageWords();
  // File names and messages come from the repository: escaped, so that no line can act on the terminal or the CI log.
  for (const [file, findings] of byFile) {
    // The whole path once, in the header: the findings under it say only where in the file.
    out.push(...wrapWords([plainPath(file)], '', 0, width).map((line) => paint(c, 'underline', line)));
    const locationWidth = Math.max(...findings.map((f) => `${f.range.startLine}:${f.range.startColumn}`.length));
    for (const f of findings) out.push(...findingLines(report, f, file, locationWidth, options, messageWords));
    out.push('');
  }
  if (options.statistics) out.push(...statisticsLines(report, visible, options), '');
  const failures = failuresOf(report);
  if (failures.length > 0) {
    out.push(paint(c, 'underline', 'Not reviewed'));
    for (const failure of failures) out.push(...wrapWords(words(plainText(failure.message)), `  ${paint(c, 'red', plainPath(failure.file))}  `, 4, width));
    out.push('');
  }
  const errors = visible.filter((f) => f.severity === 'error').length;
  const warnings = visible.filter((f) => f.severity === 'warning').length;
  const infos = visible.filter((f) => f.severity === 'info').length;
  const files = plural(report.files.length, 'file');
  const problems = `${plural(visible.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${files}`;
  // A run that could not review something never says that nothing was found.
  if (failures.length > 0) out.push(...summaryLines(paint(c, 'red', '✖'), `Review failed (${failures.length} not reviewed, listed above); ${problems}.`, c, width));
  else if (visible.length === 0) out.push(...summaryLines(paint(c, 'bold', '✔'), `No problems found in ${files}.`, c, width));
  else out.push(...summaryLines(errors > 0 ? paint(c, 'red', '✖') : paint(c, 'yellow', '⚠'), `${problems}.`, c, width));
  return out.join('\n') + '\n';
}

/** The summary line after its mark, in bold, wrapped under its first word. */
function summaryLines(mark: string, text: string, color: boolean, width: number | undefined): string[] {
  const mark0 = `${mark} `;
  return wrapWords(words(text), ' '.repeat(visibleLength(mark0)), 2, width).map((line, i) => {
    const body = line.trimStart();
    return (i === 0 ? mark0 : line.slice(0, line.length - body.length)) + paint(color, 'bold', body);
  });
}

/**
 * A message's problem and fix as words, made once per distinct message of a report: a report of
 * thousands of findings repeats a few hundred messages (2,000 Dockerfiles: 20,000 findings, and
 * splitting and escaping each message again took 7% of the run).
 */
class MessageWords {
  private readonly parts = new Map<string, { problem: string[]; help?: string[] }>();
  of(message: string): { problem: string[]; help?: string[] } {
    let parts = this.parts.get(message);
    if (!parts) {
      const { problem, help } = splitHelp(plainText(message));
      parts = { problem: words(problem), help: help === undefined ? undefined : words(help) };
      this.parts.set(message, parts);
    }
    return parts;
  }
}

/** One finding: the problem with its rule, the fix, the related locations, the code frame. */
function findingLines(report: Report, f: Finding, file: string, locationWidth: number, options: FormatOptions, messageWords: MessageWords): string[] {
  const c = options.color;
  const width = options.width || undefined;
  const location = `${f.range.startLine}:${f.range.startColumn}`;
  // In remote mode the location links to the line on GitHub where links show; else the link gets its own line.
  const shownLocation = f.url ? hyperlink(!!options.hyperlinks, f.url, location) : location;
  const prefix = `  ${paint(c, 'gray', shownLocation)}${' '.repeat(locationWidth - location.length)}  ${paint(c, SEVERITY_STYLE[f.severity], f.severity.padEnd(SEVERITY_WIDTH))}  `;
  const indent = visibleLength(prefix);
  const { problem, help } = messageWords.of(f.message);
  const rule = paint(c, 'gray', `${hyperlink(!!options.hyperlinks, ruleDocsUrl(f.code), f.code)} ${plainText(f.slug)}`);
  const lines = wrapWords([...problem, rule], prefix, indent, width);
  const pad = ' '.repeat(indent);
  if (help) lines.push(...wrapWords(help, `${pad}${paint(c, 'cyan', HELP.trimEnd())} `, indent + HELP.length, width));
  if (f.url && !options.hyperlinks) lines.push(`${pad}${paint(c, 'gray', plainText(f.url))}`);
  for (const r of f.related) {
    const where = `${relatedFile(r.file, file)}${r.range.startLine}:${r.range.startColumn}`;
    lines.push(...wrapWords([paint(c, 'gray', '↳'), ...words(where).map((w) => paint(c, 'gray', w)), ...words(plainText(r.message))], pad, indent + 2, width));
  }
  if (options.frames) lines.push(...codeFrame(report, f, pad, width, c));
  return lines;
}

/**
 * How a related location names its file under a file's header: nothing in the same file, the path
 * from the header's folder for a file below it (`Dockerfile:27:12` beside `init.sh`), else the path.
 */
function relatedFile(related: string, file: string): string {
  if (related === file) return '';
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return `${plainText(folder && related.startsWith(folder) ? related.slice(folder.length) : related)}:`;
}

/** The most of a source line a code frame shows when no width is known (a log): about one screen line's worth of context. */
const MAX_FRAME_CHARS = 400;

/** The source line under a finding with a caret underline, cut to the width around the caret. */
function codeFrame(report: Report, f: Finding, pad: string, width: number | undefined, color: boolean): string[] {
  const source = report.sourceLine?.(f.file, f.range.startLine);
  if (source === undefined) return [];
  const number = String(f.range.startLine);
  // A very long line (generated, minified, hostile) is cut around the finding before anything else: a frame stays a line.
  const shift = source.length > 2 * MAX_FRAME_CHARS ? Math.max(0, f.range.startColumn - 1 - MAX_FRAME_CHARS) : 0;
  const text = shift > 0 || source.length > 2 * MAX_FRAME_CHARS ? source.slice(shift, shift + 2 * MAX_FRAME_CHARS) : source;
  let chars = [...plainText(text.replace(/\t/g, ' '))];
  // Columns count UTF-16 code units; the caret is placed on code points, close enough for a frame.
  let start = Math.min(Math.max(0, f.range.startColumn - 1 - shift), chars.length);
  let end = f.range.endLine === f.range.startLine ? Math.max(start + 1, f.range.endColumn - 1 - shift) : chars.length;
  end = Math.max(start + 1, Math.min(end, chars.length));
  const gutter = `${pad}${paint(color, 'gray', `${number} |`)} `;
  const room = width ? width - visibleLength(gutter) : MAX_FRAME_CHARS;
  if ((chars.length > room && room >= 20) || shift > 0) {
    // Keep the start of the finding in view, with a little context before it; `…` where text is cut.
    const from = start > room / 2 ? start - Math.floor(room / 4) : 0;
    const head = from > 0 || shift > 0 ? ['…'] : [];
    const window = chars.slice(from, from + room - head.length);
    const cut = from + window.length < chars.length;
    if (cut) window[window.length - 1] = '…';
    start = start - from + head.length;
    end = Math.min(end - from + head.length, head.length + window.length - (cut ? 1 : 0));
    chars = [...head, ...window];
  }
  const caret = ' '.repeat(start) + '^'.repeat(Math.max(1, end - start));
  return [gutter + chars.join(''), `${pad}${' '.repeat(number.length)} ${paint(color, 'gray', '|')} ${paint(color, 'red', caret)}`];
}

/** Counts per rule, most frequent first (--statistics). */
export function statisticsLines(report: Report, findings: Finding[], options: FormatOptions): string[] {
  const c = options.color;
  const counts = new Map<string, { slug: string; severity: Severity; n: number }>();
  for (const f of findings) {
    const entry = counts.get(f.code) ?? { slug: f.slug, severity: f.severity, n: 0 };
    entry.n++;
    counts.set(f.code, entry);
  }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const countWidth = Math.max(1, ...rows.map(([, e]) => String(e.n).length));
  const lines = [paint(c, 'underline', 'Statistics')];
  for (const [code, e] of rows) {
    lines.push(`  ${String(e.n).padStart(countWidth)}  ${paint(c, SEVERITY_STYLE[e.severity], e.severity.padEnd(SEVERITY_WIDTH))}  ${hyperlink(!!options.hyperlinks, ruleDocsUrl(code), code)} ${plainText(e.slug)}`);
  }
  if (rows.length === 0) lines.push('  no findings');
  return lines;
}

/** --statistics for a machine format, written apart from the report (standard error). */
export function formatStatistics(report: Report, options: FormatOptions): string {
  return statisticsLines(report, visibleFindings(report, options), options).join('\n') + '\n';
}
