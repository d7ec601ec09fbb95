// The terminal report: findings grouped by file, `path:line:col`, severity, message, code and slug,
// a code frame under each finding on a terminal, colours only when asked, and a summary line.
import type { Finding, Severity } from '../types.js';
import type { FormatOptions, Report } from './index.js';

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
  for (const [file, findings] of byFile) {
    out.push(paint(c, 'underline', file));
    for (const f of findings) {
      const where = `${file}:${f.range.startLine}:${f.range.startColumn}`;
      out.push(`  ${paint(c, 'gray', where)}  ${paint(c, SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${f.message}  ${paint(c, 'gray', `${f.code} ${f.slug}`)}`);
      if (f.url) out.push(`      ${paint(c, 'gray', f.url)}`);
      for (const r of f.related) out.push(`      ${paint(c, 'gray', `↳ ${r.file}:${r.range.startLine}:${r.range.startColumn}`)} ${r.message}`);
      if (options.frames) out.push(...codeFrame(report, f, c));
    }
    out.push('');
  }
  const errors = visible.filter((f) => f.severity === 'error').length;
  const warnings = visible.filter((f) => f.severity === 'warning').length;
  const infos = visible.filter((f) => f.severity === 'info').length;
  const files = plural(report.files.length, 'file');
  if (visible.length === 0) out.push(paint(c, 'bold', `✔ No problems found in ${files}.`));
  else {
    const mark = errors > 0 ? paint(c, 'red', '✖') : paint(c, 'yellow', '⚠');
    out.push(`${mark} ${paint(c, 'bold', `${plural(visible.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${files}.`)}`);
  }
  return out.join('\n') + '\n';
}

function codeFrame(report: Report, f: Finding, color: boolean): string[] {
  const line = report.sourceLine?.(f.file, f.range.startLine);
  if (line === undefined) return [];
  const number = String(f.range.startLine);
  const text = line.replace(/\t/g, ' ');
  const start = Math.max(0, f.range.startColumn - 1);
  const end = f.range.endLine === f.range.startLine ? Math.max(start + 1, f.range.endColumn - 1) : text.length;
  const caret = ' '.repeat(start) + '^'.repeat(Math.max(1, Math.min(end, text.length) - start));
  return [`    ${paint(color, 'gray', `${number} |`)} ${text}`, `    ${' '.repeat(number.length)} ${paint(color, 'gray', '|')} ${paint(color, SEVERITY_COLOR[f.severity], caret)}`];
}
