// The report of several repositories (an organization scan, several github: paths, merged shards):
// the usual formats, each with the repositories added: a summary table after the stylish and
// Markdown reports, a `repositories` list in JSON, the same in the SARIF run's properties.
import { FORMATTERS, type FormatOptions, type Formatter, type Report } from '../formatters/index.js';
import { formatJson } from '../formatters/json.js';
import { plainPath, plainText, safeJson } from '../formatters/escape.js';
import { formatMarkdown, markdownCell, markdownUrl } from '../formatters/markdown.js';
import { FINGERPRINT_KEY, formatSarif, pathToUri } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import type { Finding } from '../types.js';
import type { RepositoryOutcome, RepositoryStatus } from './review.js';

/** How the outcome of a repository left when the scan stopped begins. */
export const NOT_REVIEWED = 'not reviewed:';

export interface ScanInfo {
  /** The organization listed (--org); null when the repositories were named one by one. */
  organization: string | null;
  /** The --match globs. */
  match: string[];
  /** `I/N` when this report is one shard of a scan. */
  shard: string | null;
  /** Sorted by name. */
  repositories: RepositoryOutcome[];
  /** Suppressed findings counted in merged JSON reports, which do not list them. */
  suppressedNotListed?: number;
  /** SARIF fingerprints carried over from merged SARIF reports, which cannot be recomputed without the sources. */
  fingerprints?: Map<Finding, string>;
}

export interface MultiRepositoryReport extends Report {
  scan: ScanInfo;
}

export function isMultiRepositoryReport(report: Report): report is MultiRepositoryReport {
  return 'scan' in report;
}

/** The formatter for a report: the repositories' summary is added to the usual one when there are several. */
export function formatterFor(report: Report, format: string): Formatter {
  if (!isMultiRepositoryReport(report)) return FORMATTERS[format];
  return (r, options) => (MULTI_FORMATTERS[format] ?? FORMATTERS[format])(r as MultiRepositoryReport, options);
}

/** Links `OWNER/REPO/path` to the reviewed commit of that repository. */
export function repositoryFileUrl(repositories: RepositoryOutcome[]): Report['fileUrl'] {
  const byName = new Map(repositories.filter((r) => r.url && r.commit).map((r) => [r.repository.toLowerCase(), r]));
  return (file, line) => {
    const [owner, repo, ...rest] = file.split('/');
    const r = byName.get(`${owner}/${repo}`.toLowerCase());
    return r && rest.length > 0 ? `${r.url}/blob/${r.commit}/${pathToUri(rest.join('/'))}#L${line}` : undefined;
  };
}

const STATUS_TEXT: Record<RepositoryStatus, string> = { reviewed: 'reviewed', 'no-dockerfile': 'no Dockerfile', empty: 'empty', failed: 'failed' };

export function statusCounts(repositories: RepositoryOutcome[]) {
  const n = (s: RepositoryStatus) => repositories.filter((r) => r.status === s).length;
  return { total: repositories.length, reviewed: n('reviewed'), noDockerfile: n('no-dockerfile'), empty: n('empty'), failed: n('failed') };
}

/** `60 repositories (organization x, matching image_*, shard 1/4): 50 reviewed, 2 without a Dockerfile, 1 empty, 7 failed.` */
export function scanSummaryLine(scan: ScanInfo): string {
  const c = statusCounts(scan.repositories);
  const scope = [scan.organization ? `organization ${scan.organization}` : '', scan.match.length ? `matching ${scan.match.join(', ')}` : '', scan.shard ? `shard ${scan.shard}` : '']
    .filter(Boolean)
    .join(', ');
  const parts = [`${c.reviewed} reviewed`, c.noDockerfile ? `${c.noDockerfile} without a Dockerfile` : '', c.empty ? `${c.empty} empty` : '', `${c.failed} failed`].filter(Boolean);
  return `${c.total} ${c.total === 1 ? 'repository' : 'repositories'}${scope ? ` (${scope})` : ''}: ${parts.join(', ')}.`;
}

function topRulesText(r: RepositoryOutcome): string {
  return r.topRules.map((t) => `${t.code} ×${t.count}`).join(', ');
}

/** What the last column says: the top rules, or why the repository was not reviewed. */
function detail(r: RepositoryOutcome): string {
  return r.status === 'reviewed' ? topRulesText(r) : [r.error, topRulesText(r)].filter(Boolean).join('; ');
}

function counted(r: RepositoryOutcome, n: number): string {
  return r.status === 'failed' || r.status === 'empty' ? '-' : String(n);
}

function summaryTable(scan: ScanInfo): string {
  // Names and errors come from the server: escaped, and a line never starts as a CI command.
  const rows = [
    ['Repository', 'Status', 'Errors', 'Warnings', 'Top rules'],
    ...scan.repositories.map((r) => [plainPath(r.repository), STATUS_TEXT[r.status], counted(r, r.errors), counted(r, r.warnings), plainText(detail(r))]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === 4 ? cell : i === 2 || i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
  return [...lines, '', plainText(scanSummaryLine(scan))].join('\n') + '\n';
}

function formatStylishScan(report: MultiRepositoryReport, options: FormatOptions): string {
  return `${formatStylish(report, options)}\n${summaryTable(report.scan)}`;
}

function formatJsonScan(report: MultiRepositoryReport, options: FormatOptions): string {
  const { version, tool, summary, ...rest } = JSON.parse(formatJson(report, options)) as { version: number; tool: unknown; summary: { suppressed: number } };
  const scan = report.scan;
  return safeJson(
    JSON.stringify(
      {
        version,
        tool,
        summary: { ...summary, suppressed: summary.suppressed + (scan.suppressedNotListed ?? 0), repositories: statusCounts(scan.repositories) },
        scan: { organization: scan.organization, match: scan.match, shard: scan.shard },
        repositories: scan.repositories,
        ...rest,
      },
      null,
      2,
    ) + '\n',
  );
}

const STATUS_ICON: Record<RepositoryStatus, string> = { reviewed: '', 'no-dockerfile': '⚠️ ', empty: '⚪ ', failed: '❌ ' };

function formatMarkdownScan(report: MultiRepositoryReport, options: FormatOptions): string {
  const scan = report.scan;
  const rows = scan.repositories.map((r) => {
    const url = markdownUrl(r.url);
    const name = url ? `[${markdownCell(r.repository)}](${url})` : markdownCell(r.repository);
    return `| ${name} | ${STATUS_ICON[r.status]}${STATUS_TEXT[r.status]} | ${counted(r, r.errors)} | ${counted(r, r.warnings)} | ${markdownCell(detail(r))} |`;
  });
  const table = ['### Repositories', '', markdownCell(scanSummaryLine(scan)), '', '| Repository | Status | Errors | Warnings | Top rules |', '| --- | --- | ---: | ---: | --- |', ...rows, ''];
  return `${formatMarkdown(report, options).trimEnd()}\n\n${table.join('\n')}`;
}

function formatSarifScan(report: MultiRepositoryReport, options: FormatOptions): string {
  const log = JSON.parse(formatSarif(report, options)) as { runs: { results: { partialFingerprints: Record<string, string> }[]; [key: string]: unknown }[] };
  const run = log.runs[0];
  const scan = report.scan;
  const shown = report.findings.filter((f) => !options.quiet || f.severity === 'error');
  shown.forEach((f, i) => {
    const kept = scan.fingerprints?.get(f);
    if (kept) run.results[i].partialFingerprints[FINGERPRINT_KEY] = kept;
  });
  const provenance = scan.repositories.filter((r) => r.url && r.commit).map((r) => ({ repositoryUri: r.url, revisionId: r.commit, ...(r.ref ? { branch: r.ref } : {}) }));
  log.runs[0] = {
    ...run,
    ...(provenance.length > 0 ? { versionControlProvenance: provenance } : {}),
    properties: { organization: scan.organization, match: scan.match, shard: scan.shard, repositories: scan.repositories },
  };
  return safeJson(JSON.stringify(log, null, 2) + '\n');
}

const MULTI_FORMATTERS: Record<string, (report: MultiRepositoryReport, options: FormatOptions) => string> = {
  stylish: formatStylishScan,
  json: formatJsonScan,
  markdown: formatMarkdownScan,
  sarif: formatSarifScan,
};
