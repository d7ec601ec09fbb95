// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every registered rule as a
// reporting descriptor with its documentation, results with full regions, related locations,
// suppressions (kept, unlike the other formats) and fingerprints that survive unrelated edits.
import { createRequire } from 'node:module';
import type * as Sarif from 'sarif';
import type { RuleMeta } from '../rule-types.js';
import { ruleMarkdown } from '../rule-docs.js';
import type { Finding, Fix, Range, Severity } from '../types.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../version.js';
import { reportIndent, safeJson } from './escape.js';
import { failuresOf, type FormatOptions, type Report } from './report.js';

// node:crypto (some 30 modules of Node's own) loads when a SARIF report is written, not with every run.
const require = createRequire(import.meta.url);

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every result URI is relative to: the folder chaimeleon-lint ran in (the checkout). */
export const SRCROOT = '%SRCROOT%';
/** Our partialFingerprints key; versioned so that a change of recipe never matches old alerts. */
export const FINGERPRINT_KEY = 'chaimeleonLintContentHash/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's security-severity bands: high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '2.0' };
/** GitHub rejects a description longer than this. */
const MAX_DESCRIPTION = 1024;
/** Lines of a multi-line range that go into its fingerprint. */
const MAX_FINGERPRINT_LINES = 20;
/**
 * Characters of one line that go into a fingerprint. A longer line (a minified or generated line of
 * megabytes) gives only this much, from where the finding starts on its first line (from the start
 * of the others): the work and the hashed text stay bounded, and the window moves with the finding.
 */
const MAX_FINGERPRINT_LINE_CHARS = 4096;

/** The part of a line that identifies a finding on it: the whole line unless it is very long. */
function fingerprintText(text: string, fromColumn: number): string {
  if (text.length <= MAX_FINGERPRINT_LINE_CHARS) return text;
  const start = Math.min(Math.max(0, fromColumn - 1), text.length);
  return text.slice(start, start + MAX_FINGERPRINT_LINE_CHARS);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/** A repository-relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range): Sarif.Region {
  return { startLine: range.startLine, startColumn: range.startColumn, endLine: range.endLine, endColumn: range.endColumn };
}

function physicalLocation(file: string, range: Range): Sarif.PhysicalLocation {
  return { artifactLocation: { uri: pathToUri(file), uriBaseId: SRCROOT }, region: region(range) };
}

/** A fix as SARIF 2.1.0 has it: per file, regions replaced (an empty region is an insertion point) by the new text. */
function sarifFix(fix: Fix): Sarif.Fix {
  const files = [...new Set(fix.edits.map((e) => e.file))];
  return {
    description: { text: fix.title },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: pathToUri(file), uriBaseId: SRCROOT },
      replacements: fix.edits.filter((e) => e.file === file).map((e) => ({ deletedRegion: region(e.range), ...(e.text ? { insertedContent: { text: e.text } } : {}) })),
    })),
  };
}

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const docs = ruleMarkdown(rule);
  const tags = [...new Set([...(rule.tags ?? []), ...(rule.security ? ['security'] : [])])];
  return {
    id: rule.code,
    name: rule.slug,
    shortDescription: { text: clip(rule.summary, MAX_DESCRIPTION) },
    fullDescription: { text: clip(rule.why, MAX_DESCRIPTION) },
    // The Markdown is the rule's page; the plain text only points to it, rather than repeating it unrendered.
    help: helpText(`${rule.summary} ${rule.why} Documentation: ${ruleDocsUrl(rule.code)}`, docs),
    helpUri: ruleDocsUrl(rule.code),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags,
      ...(rule.security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
    },
  };
}

/** SARIF help: `markdown` only when it says more than `text` (a viewer shows one or the other). */
export function helpText(text: string, markdown: string): { text: string; markdown?: string } {
  return markdown.trim() === text.trim() ? { text } : { text, markdown };
}

/**
 * What identifies a finding apart from where it is: the rule, the file, and the text of the lines it
 * covers with spacing normalised. A finding with no lines to quote (a whole-file finding) uses its
 * message with numbers blanked, since messages may cite line numbers.
 */
function fingerprintBase(report: Report, f: Finding): string {
  const lines: string[] = [];
  const empty = f.range.startLine === f.range.endLine && f.range.startColumn === f.range.endColumn;
  if (!empty) {
    const last = Math.min(f.range.endLine, f.range.startLine + MAX_FINGERPRINT_LINES - 1);
    for (let n = f.range.startLine; n <= last; n++) {
      const text = report.sourceLine?.(f.file, n);
      if (text === undefined) break;
      lines.push(fingerprintText(text, n === f.range.startLine ? f.range.startColumn : 1).trim().replace(/\s+/g, ' '));
    }
  }
  const content = lines.join('\n').trim() || f.message.replace(/\d+/g, '#');
  return `${f.code}\0${f.file}\0${content}`;
}

/** Fingerprints in the shape GitHub uses (`hash:occurrence`): identical findings in a file are numbered. */
function fingerprints(report: Report, findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(fingerprintBase(report, f)).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

export function formatSarif(report: Report, options: FormatOptions): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.code, i]));
  const findings = report.findings.filter((f) => !options.quiet || f.severity === 'error');
  const prints = fingerprints(report, findings);
  const results = findings.map((f, i): Sarif.Result => ({
    ruleId: f.code,
    ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
    level: LEVEL[f.severity],
    message: { text: linkedMessage(f.message, f.related) },
    locations: [{ physicalLocation: physicalLocation(f.file, f.range) }],
    ...(f.related.length > 0
      ? { relatedLocations: f.related.map((r, j) => ({ id: j + 1, physicalLocation: physicalLocation(r.file, r.range), message: { text: r.message } })) }
      : {}),
    ...(f.fix ? { fixes: [sarifFix(f.fix)] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
    ...(f.suppressed
      ? { suppressions: [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', ...(f.suppressed.justification ? { justification: f.suppressed.justification } : {}) }] }
      : {}),
    ...(f.url ? { hostedViewerUri: f.url } : {}),
  }));
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'chaimeleon-lint',
        version: report.toolVersion,
        semanticVersion: report.toolVersion,
        informationUri: REPOSITORY_URL,
        rules: report.rules.map(ruleDescriptor),
      },
    },
    ...(options.category ? { automationDetails: { id: automationId(options.category) } } : {}),
    ...(report.rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: report.rootUri } } } : {}),
    columnKind: 'utf16CodeUnits',
    invocations: [invocation(report)],
    results,
  };
  return safeJson(JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] } satisfies Sarif.Log, null, reportIndent(results.length)) + '\n');
}

/**
 * Whether the run reviewed everything it was asked to: a failure (a missing path, a failed repository)
 * is a tool execution notification, and the run is not successful, so that no one reads its empty
 * results as "no problem".
 */
function invocation(report: Report): Sarif.Invocation {
  const failures = failuresOf(report);
  // A Dockerfile left out on purpose (a left-over nobody builds) is a note: the run still succeeded.
  const notifications: Sarif.Notification[] = [
    ...failures.map((f) => ({ level: 'error' as const, message: { text: `${f.file}: ${f.message}` }, properties: { file: f.file } })),
    ...(report.skipped ?? []).map((s) => ({ level: 'note' as const, message: { text: `${s.path}: not reviewed as an image (${s.reason})` }, properties: { file: s.path } })),
  ];
  return {
    executionSuccessful: failures.length === 0,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
}

/** `\`, `[` and `]` are literal in a SARIF link text only when escaped. */
function linkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

/**
 * What GitHub code scanning shows of a result's related locations: only those the message links to,
 * as `[text](id)`. The chain is appended to the message, each step linking to its location.
 */
export function linkedMessage(message: string, related: readonly { message: string }[]): string {
  if (related.length === 0) return message;
  return `${message} (related: ${related.map((r, i) => `[${linkText(r.message || 'related location')}](${i + 1})`).join('; ')})`;
}

/** GitHub reads the category as everything up to the last `/`: a bare category gets one. */
export function automationId(category: string): string {
  return category.endsWith('/') ? category : category + '/';
}
