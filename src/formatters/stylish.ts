// The terminal report: findings grouped by file, `path:line:col`, severity, message, code and slug,
// a code frame under each finding on a terminal, colours only when asked, and a summary line.
import type { Finding, Severity } from '../types.js';
import { plainPath, plainText } from './escape.js';
import { failuresOf, type FormatOptions, type Report } from './report.js';

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

function paint(on: boolean, color: keyof typeof COLORS, text: string): string {
  return on ? `\u001b[${COLORS[color]}m${text}\u001b[${color === 'bold' ? 22 : color === 'underline' ? 24 : 39}m` : text;
}

const SEVERITY_COLOR: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatStylish(report: Report, options: FormatOptions): string {
  const c = options.color;
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
  const byFile = new Map<string, Finding[]>();
  for (const f of visible) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  // File names and messages come from the repository: escaped, so that no line can act on the terminal or the CI log.
  for (const [file, findings] of byFile) {
    const shown = plainPath(file);
    out.push(paint(c, 'underline', shown));
    for (const f of findings) {
      const where = `${shown}:${f.range.startLine}:${f.range.startColumn}`;
      out.push(`  ${paint(c, 'gray', where)}  ${paint(c, SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${plainText(f.message)}  ${paint(c, 'gray', `${f.code} ${f.slug}`)}`);
      if (f.url) out.push(`      ${paint(c, 'gray', plainText(f.url))}`);
      for (const r of f.related) out.push(`      ${paint(c, 'gray', `↳ ${plainText(r.file)}:${r.range.startLine}:${r.range.startColumn}`)} ${plainText(r.message)}`);
      if (options.frames) out.push(...codeFrame(report, f, c));
    }
    out.push('');
  }
  const failures = failuresOf(report);
  if (failures.length > 0) {
    out.push(paint(c, 'underline', 'Not reviewed'));
    for (const failure of failures) out.push(`  ${paint(c, 'red', plainPath(failure.file))}  ${plainText(failure.message)}`);
    out.push('');
  }
  const errors = visible.filter((f) => f.severity === 'error').length;
  const warnings = visible.filter((f) => f.severity === 'warning').length;
  const infos = visible.filter((f) => f.severity === 'info').length;
  const files = plural(report.files.length, 'file');
  const problems = `${plural(visible.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${files}`;
  // A run that could not review something never says that nothing was found.
  if (failures.length > 0) out.push(`${paint(c, 'red', '✖')} ${paint(c, 'bold', `Review failed (${failures.length} not reviewed, listed above); ${problems}.`)}`);
  else if (visible.length === 0) out.push(paint(c, 'bold', `✔ No problems found in ${files}.`));
  else {
    const mark = errors > 0 ? paint(c, 'red', '✖') : paint(c, 'yellow', '⚠');
    out.push(`${mark} ${paint(c, 'bold', `${problems}.`)}`);
  }
  return out.join('\n') + '\n';
}

/** The longest source line a code frame shows whole, and how much of a longer one it shows before the finding. */
const MAX_FRAME_CHARS = 400;
const FRAME_CONTEXT = 40;

function codeFrame(report: Report, f: Finding, color: boolean): string[] {
  const line = report.sourceLine?.(f.file, f.range.startLine);
  if (line === undefined) return [];
  const number = String(f.range.startLine);
  // A very long line (generated, minified) is shown as a window around the finding: a frame stays a line.
  const from = line.length > MAX_FRAME_CHARS ? Math.max(0, f.range.startColumn - 1 - FRAME_CONTEXT) : 0;
  const shownLine = from > 0 || line.length > MAX_FRAME_CHARS ? `${from > 0 ? '…' : ''}${line.slice(from, from + MAX_FRAME_CHARS)}${from + MAX_FRAME_CHARS < line.length ? '…' : ''}` : line;
  const shift = from > 0 ? from - 1 : 0;
  const text = plainText(shownLine.replace(/\t/g, ' '));
  const start = Math.max(0, f.range.startColumn - 1 - shift);
  const end = f.range.endLine === f.range.startLine ? Math.max(start + 1, f.range.endColumn - 1 - shift) : text.length;
  const caret = ' '.repeat(start) + '^'.repeat(Math.max(1, Math.min(end, text.length) - start));
  return [`    ${paint(color, 'gray', `${number} |`)} ${text}`, `    ${' '.repeat(number.length)} ${paint(color, 'gray', '|')} ${paint(color, SEVERITY_COLOR[f.severity], caret)}`];
}
