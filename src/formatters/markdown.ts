// The Markdown report: a GitHub job summary (--summary, the Action) and a pull-request comment
// (--format markdown) are the same text: counts by severity, a table of findings linking to the
// code and the rule docs, and the docs of every rule that fired.
import type { Finding, Severity } from '../types.js';
import { ruleDocsUrl } from '../version.js';
import type { FormatOptions, Report } from './index.js';

/** A job summary may hold 1 MiB: past this many rows the table stops and says how many it left out. */
export const MAX_TABLE_ROWS = 1000;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Text for a table cell: `|` escaped everywhere (GFM unescapes it even in code spans), HTML-like
 * text such as `<name>` kept visible outside code spans, line breaks as `<br>`.
 */
export function markdownCell(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, i) =>
      i % 2 === 1 ? part.replace(/\|/g, '\\|') : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>'),
    )
    .join('');
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

function location(report: Report, file: string, line: number): string {
  return link(`\`${file.replace(/`/g, "'")}:${line}\``, report.fileUrl?.(file, line));
}

function row(report: Report, f: Finding): string {
  const related = f.related.map((r) => `<br>↳ ${location(report, r.file, r.range.startLine)} ${markdownCell(r.message)}`).join('');
  return `| ${ICON[f.severity]} ${f.severity} | ${location(report, f.file, f.range.startLine)} | ${link(`${f.code} ${f.slug}`, ruleDocsUrl(f.code))} | ${markdownCell(f.message)}${related} |`;
}

export function formatMarkdown(report: Report, options: FormatOptions): string {
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const count = (s: Severity) => visible.filter((f) => f.severity === s).length;
  const files = plural(report.files.length, 'file');
  const out = ['## chaimeleon-lint', ''];
  if (visible.length === 0) {
    out.push(`✅ No problems found in ${files}${suppressed ? ` (${suppressed} suppressed)` : ''}.`, '');
    return out.join('\n');
  }
  out.push(
    `${count('error') > 0 ? ICON.error : ICON.warning} **${plural(visible.length, 'problem')}** in ${files}.`,
    '',
    '| Severity | Count |',
    '| --- | ---: |',
    `| ${ICON.error} error | ${count('error')} |`,
    `| ${ICON.warning} warning | ${count('warning')} |`,
    `| ${ICON.info} info | ${count('info')} |`,
    ...(suppressed ? [`| suppressed | ${suppressed} |`] : []),
    '',
    '### Findings',
    '',
    '| Severity | Location | Rule | Message |',
    '| --- | --- | --- | --- |',
    ...visible.slice(0, MAX_TABLE_ROWS).map((f) => row(report, f)),
  );
  if (visible.length > MAX_TABLE_ROWS) out.push('', `…and ${plural(visible.length - MAX_TABLE_ROWS, 'more finding')} not shown here.`);
  const fired = new Set(visible.map((f) => f.code));
  out.push('', '### Rules', '');
  for (const rule of report.rules.filter((r) => fired.has(r.code))) {
    out.push(`- [${rule.code} ${rule.slug}](${ruleDocsUrl(rule.code)}): ${markdownCell(rule.summary)}`);
  }
  out.push('');
  return out.join('\n');
}
