// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff
// (`::error file=…,line=…::message`), escaped as the runner requires, then a plain summary line.
// The job summary (--summary, the Markdown report) lists them all.
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';
import { ruleDocsUrl } from '../version.js';
import { escapeControls } from './escape.js';
import { failuresOf, type FormatOptions, type Report, type RunFailure } from './report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A command's message: `%`, CR and LF are encoded as the runner decodes them, so that the command
 * stays one line; other control characters are made visible (they would act on the log viewer).
 */
export function escapeData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A command's property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function isWholeFile(f: Finding): boolean {
  const r = f.range;
  return r.startLine === 1 && r.endLine === 1 && r.startColumn === 1 && r.endColumn === 1;
}

function properties(f: Finding): [string, string | number][] {
  const props: [string, string | number][] = [['file', f.file]];
  // A whole-file finding annotates the file itself; columns only mean something on one line.
  if (!isWholeFile(f)) {
    props.push(['line', f.range.startLine], ['endLine', f.range.endLine]);
    if (f.range.startLine === f.range.endLine) props.push(['col', f.range.startColumn], ['endColumn', Math.max(f.range.startColumn, f.range.endColumn)]);
  }
  props.push(['title', `${f.code} ${f.slug}`]);
  return props;
}

export function annotation(f: Finding): string {
  const props = properties(f)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const related = f.related.map((r) => `\n↳ ${r.file}:${r.range.startLine}: ${r.message}`).join('');
  return `::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message}${related}\nDocs: ${ruleDocsUrl(f.code)}`)}`;
}

/** Something that could not be reviewed: an error annotation on the run (not on a line). */
export function failureAnnotation(failure: RunFailure): string {
  return `::error title=${escapeProperty('chaimeleon-lint: not reviewed')}::${escapeData(`${failure.file}: ${failure.message}`)}`;
}

export function formatGithub(report: Report, options: FormatOptions): string {
  const visible = report.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
  const count = (s: Severity) => visible.filter((f) => f.severity === s).length;
  const failures = failuresOf(report);
  // GitHub shows only the first 10 error and 10 warning annotations of a step: failures, then errors go first.
  const lines = [...failures.map(failureAnnotation), ...[...visible].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).map(annotation)];
  const counts = `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info in ${report.files.length} file(s)`;
  lines.push(failures.length > 0 ? `chaimeleon-lint: review failed (${failures.length} not reviewed); ${counts}.` : `chaimeleon-lint: ${counts}.`);
  return lines.join('\n') + '\n';
}
