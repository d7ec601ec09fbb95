// The Markdown report: a GitHub job summary (--summary, the Action) and a pull-request comment
// (--format markdown) are the same text: counts by severity, a table of findings linking to the
// code and the rule docs, and the docs of every rule that fired.
import type { Finding, Severity } from '../types.js';
import { ruleDocsUrl } from '../version.js';
import { escapeControls } from './escape.js';
import { failuresOf, type FormatOptions, type Report } from './report.js';

/** A job summary may hold 1 MiB: past this many rows the table stops and says how many it left out. */
export const MAX_TABLE_ROWS = 1000;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Text for a table cell: `|` escaped everywhere (GFM unescapes it even in code spans), HTML-like
 * text such as `<name>` kept visible outside code spans (so no tag from a file is ever live), line
 * breaks as `<br>`, other control characters made visible, `##[` (a CI log command) broken.
 */
export function markdownCell(text: string): string {
  return escapeControls(
    text
      .split(/(`[^`\n]*`)/)
      .map((part, i) =>
        i % 2 === 1
          ? // No escape works inside a code span: a zero-width space breaks `##[`.
            part.replace(/\|/g, '\\|').replace(/##\[/g, '#\u200b#[')
          : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').replace(/##\[/g, '##\\['),
      )
      .join(''),
  );
}

/** A URL as a link target: http(s) only, with what could end the target or open HTML percent-encoded. */
export function markdownUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const encoder = new TextEncoder();
  return url.replace(/[\u0000-\u0020\u007f-\u009f()<>|"'`\\[\]]/g, (c) => [...encoder.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

function link(text: string, url: string | undefined): string {
  const target = markdownUrl(url);
  return target ? `[${text}](${target})` : text;
}

/** `path:line` as code: a backtick cannot end the span, `|` and line breaks cannot end the row. */
function codePath(file: string, line?: number): string {
  return `\`${escapeControls(file.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/##\[/g, '#\u200b#['))}${line === undefined ? '' : `:${line}`}\``;
}

function location(report: Report, file: string, line: number): string {
  return link(codePath(file, line), report.fileUrl?.(file, line));
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
  const failures = failuresOf(report);
  const skipped = report.skipped ?? [];
  // One line: what was left out on purpose, so that no one wonders why a Dockerfile has no finding.
  const skippedLine = skipped.length > 0 ? [`ℹ️ Not reviewed as images: ${skipped.slice(0, MAX_TABLE_ROWS).map((s) => `${codePath(s.path)} (${markdownCell(s.reason)})`).join(', ')}${skipped.length > MAX_TABLE_ROWS ? ` and ${skipped.length - MAX_TABLE_ROWS} more` : ''}.`, ''] : [];
  if (failures.length > 0) {
    // Said first, so that a partial report is never read as the whole one.
    out.push(
      `❌ **The review failed**: ${failures.length} not reviewed, so the findings below are incomplete.`,
      '',
      '| Not reviewed | Why |',
      '| --- | --- |',
      ...failures.slice(0, MAX_TABLE_ROWS).map((f) => `| ${codePath(f.file)} | ${markdownCell(f.message)} |`),
      '',
    );
    if (failures.length > MAX_TABLE_ROWS) out.push(`…and ${failures.length - MAX_TABLE_ROWS} more not shown here.`, '');
    out.push(...skippedLine);
    if (visible.length === 0) {
      out.push(`0 problems in the ${files} that were reviewed${suppressed ? ` (${suppressed} suppressed)` : ''}.`, '');
      return out.join('\n');
    }
  } else {
    out.push(...skippedLine);
    if (visible.length === 0) {
      out.push(`✅ No problems found in ${files}${suppressed ? ` (${suppressed} suppressed)` : ''}.`, '');
      return out.join('\n');
    }
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
