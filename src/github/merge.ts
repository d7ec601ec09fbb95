// `chaimeleon-lint merge`: the JSON or SARIF reports of the shards of a scan (or of any runs) into
// one report. Findings, files and repositories are put together and counted again; SARIF results
// keep their fingerprints, so code scanning alerts stay matched. A repository found in two inputs,
// or a shard given twice, is a mistake in the workflow and refused; a missing shard is reported.
import { JSON_SCHEMA_VERSION } from '../formatters/json.js';
import type { RunFailure } from '../formatters/index.js';
import { FINGERPRINT_KEY, linkedMessage } from '../formatters/sarif.js';
import type { RuleMeta } from '../rule-types.js';
import { compareFindings, UsageError, type Finding, type Range, type RelatedLocation, type Severity } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import type { RepositoryOutcome } from './review.js';
import { repositoryFileUrl, type MultiRepositoryReport } from './report.js';

export type ReportKind = 'json' | 'sarif';

export interface MergeInput {
  /** The file name, for messages. */
  file: string;
  text: string;
}

export interface MergeResult {
  kind: ReportKind;
  report: MultiRepositoryReport;
  /** The SARIF category the inputs agree on. */
  category?: string;
  /** Problems that make the merged report incomplete (missing shards): exit code 2. */
  problems: string[];
  /** Worth a line on stderr, not a failure (inputs from different versions). */
  warnings: string[];
}

/** One input, read into the parts a report is made of. */
interface Part {
  file: string;
  kind: ReportKind;
  toolVersion: string;
  findings: Finding[];
  files: string[];
  repositories: RepositoryOutcome[];
  organization: string | null;
  match: string[];
  shard: string | null;
  suppressedNotListed: number;
  fingerprints: Map<Finding, string>;
  /** What the run of this report could not review. */
  failures: RunFailure[];
  category?: string;
  rootUri?: string;
}

interface JsonReportShape {
  version?: number;
  tool?: { name?: string; version?: string };
  summary?: { suppressed?: number };
  files?: string[];
  findings?: (Omit<Finding, 'suppressed'> & { url?: string })[];
  scan?: { organization?: string | null; match?: string[]; shard?: string | null };
  repositories?: RepositoryOutcome[];
  failures?: RunFailure[];
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion };
  message?: { text: string };
}
interface SarifShape {
  version?: string;
  runs?: {
    tool?: { driver?: { name?: string; version?: string; rules?: { id: string; name?: string }[] } };
    automationDetails?: { id?: string };
    invocations?: { executionSuccessful?: boolean; toolExecutionNotifications?: { message?: { text?: string }; properties?: { file?: string } }[] }[];
    originalUriBaseIds?: Record<string, { uri?: string }>;
    properties?: { organization?: string | null; match?: string[]; shard?: string | null; repositories?: RepositoryOutcome[] };
    results?: {
      ruleId: string;
      level?: string;
      message: { text: string };
      locations: SarifLocation[];
      relatedLocations?: SarifLocation[];
      suppressions?: { kind: string; justification?: string }[];
      partialFingerprints?: Record<string, string>;
      hostedViewerUri?: string;
      properties?: { fix?: string };
    }[];
  }[];
}

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', note: 'info', none: 'info' };

function parse(input: MergeInput, rules: RuleMeta[]): Part {
  let data: unknown;
  try {
    data = JSON.parse(input.text);
  } catch {
    throw new UsageError(`${input.file}: not a JSON or SARIF report (not valid JSON)`);
  }
  const sarif = data as SarifShape;
  if (sarif.version === '2.1.0' && Array.isArray(sarif.runs)) return fromSarif(input.file, sarif, rules);
  const json = data as JsonReportShape;
  if (json.tool?.name === 'chaimeleon-lint' && Array.isArray(json.findings)) {
    if (json.version !== JSON_SCHEMA_VERSION) throw new UsageError(`${input.file}: JSON report version ${json.version}, this chaimeleon-lint merges version ${JSON_SCHEMA_VERSION}`);
    return fromJson(input.file, json);
  }
  throw new UsageError(`${input.file}: not a chaimeleon-lint JSON or SARIF report`);
}

function fromJson(file: string, json: JsonReportShape): Part {
  return {
    file,
    kind: 'json',
    toolVersion: json.tool?.version ?? '',
    findings: json.findings!.map((f) => ({ ...f, related: f.related ?? [] })),
    files: json.files ?? [],
    repositories: json.repositories ?? [],
    organization: json.scan?.organization ?? null,
    match: json.scan?.match ?? [],
    shard: json.scan?.shard ?? null,
    suppressedNotListed: json.summary?.suppressed ?? 0,
    fingerprints: new Map(),
    failures: Array.isArray(json.failures) ? json.failures.map((f) => ({ file: String(f?.file ?? ''), message: String(f?.message ?? '') })) : failedRepositories(json.repositories ?? []),
  };
}

/** Reports written before `failures` existed: their failed repositories stand for it. */
function failedRepositories(repositories: RepositoryOutcome[]): RunFailure[] {
  return repositories.filter((r) => r.status === 'failed').map((r) => ({ file: r.repository, message: r.error ?? 'failed' }));
}

/** A SARIF run's tool execution notifications, back as failures (`FILE: message`, the file also in properties). */
function sarifFailures(run: NonNullable<SarifShape['runs']>[number]): RunFailure[] | null {
  if (!Array.isArray(run.invocations)) return null;
  return run.invocations.flatMap((i) =>
    (i.toolExecutionNotifications ?? []).map((n) => {
      const text = String(n.message?.text ?? '');
      const file = typeof n.properties?.file === 'string' ? n.properties.file : '';
      return { file, message: file && text.startsWith(`${file}: `) ? text.slice(file.length + 2) : text };
    }),
  );
}

function range(region: SarifRegion | undefined): Range {
  const startLine = region?.startLine ?? 1;
  const startColumn = region?.startColumn ?? 1;
  return { startLine, startColumn, endLine: region?.endLine ?? startLine, endColumn: region?.endColumn ?? startColumn };
}

function uriToPath(uri: string): string {
  return uri.split('/').map(decodeURIComponent).join('/');
}

function fromSarif(file: string, log: SarifShape, rules: RuleMeta[]): Part {
  const run = log.runs!.length === 1 ? log.runs![0] : null;
  if (!run || run.tool?.driver?.name !== 'chaimeleon-lint') throw new UsageError(`${file}: not a SARIF report of chaimeleon-lint (one run of the chaimeleon-lint tool)`);
  const slugs = new Map([...rules.map((r) => [r.code, r.slug] as const), ...(run.tool.driver.rules ?? []).map((r) => [r.id, r.name ?? ''] as const)]);
  const fingerprints = new Map<Finding, string>();
  const files = new Set<string>();
  const findings = (run.results ?? []).map((r) => {
    const where = r.locations[0]?.physicalLocation;
    const path = uriToPath(where?.artifactLocation.uri ?? '');
    files.add(path);
    const related: RelatedLocation[] = (r.relatedLocations ?? []).map((l) => ({ file: uriToPath(l.physicalLocation.artifactLocation.uri), range: range(l.physicalLocation.region), message: l.message?.text ?? '' }));
    const suppression = r.suppressions?.[0];
    // The links to the related locations were added to the message when it was written: taken off again.
    const linked = linkedMessage('', related);
    const text = r.message.text;
    const finding: Finding = {
      code: r.ruleId,
      slug: slugs.get(r.ruleId) ?? '',
      severity: SEVERITY[r.level ?? 'warning'] ?? 'warning',
      message: related.length > 0 && text.endsWith(linked) ? text.slice(0, -linked.length) : text,
      file: path,
      range: range(where?.region),
      related,
      ...(r.hostedViewerUri ? { url: r.hostedViewerUri } : {}),
      ...(suppression ? { suppressed: { kind: suppression.kind === 'inSource' ? ('inline' as const) : ('config' as const), justification: suppression.justification ?? '' } } : {}),
    };
    const print = r.partialFingerprints?.[FINGERPRINT_KEY];
    if (print) fingerprints.set(finding, print);
    return finding;
  });
  const props = run.properties ?? {};
  return {
    file,
    kind: 'sarif',
    toolVersion: run.tool.driver.version ?? '',
    findings,
    // SARIF lists no linted files: those with results stand for them.
    files: [...files],
    repositories: props.repositories ?? [],
    organization: props.organization ?? null,
    match: props.match ?? [],
    shard: props.shard ?? null,
    suppressedNotListed: 0,
    fingerprints,
    failures: sarifFailures(run) ?? failedRepositories(props.repositories ?? []),
    category: run.automationDetails?.id,
    rootUri: run.originalUriBaseIds?.['%SRCROOT%']?.uri,
  };
}

/** The value every part agrees on, else undefined. */
function common<T>(parts: Part[], pick: (p: Part) => T): T | undefined {
  const values = parts.map(pick);
  return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : undefined;
}

export function mergeReports(inputs: MergeInput[], rules: RuleMeta[]): MergeResult {
  const parts = inputs.map((i) => parse(i, rules));
  const kinds = new Set(parts.map((p) => p.kind));
  if (kinds.size > 1) throw new UsageError('merge: give only JSON reports or only SARIF reports, not both');
  const warnings: string[] = [];
  const versions = new Set(parts.map((p) => p.toolVersion));
  if (versions.size > 1 || !versions.has(TOOL_VERSION)) {
    warnings.push(`merge: the reports come from chaimeleon-lint ${[...versions].join(', ')}; rule descriptions are those of ${TOOL_VERSION}`);
  }

  const owner = new Map<string, string>();
  for (const p of parts) {
    for (const r of p.repositories) {
      const key = r.repository.toLowerCase();
      const seen = owner.get(key);
      if (seen !== undefined) throw new UsageError(`merge: ${r.repository} is in both ${seen} and ${p.file}: did two shards review the same repository?`);
      owner.set(key, p.file);
    }
  }
  const problems = shardProblems(parts);
  const repositories = parts.flatMap((p) => p.repositories).sort((a, b) => (a.repository.toLowerCase() < b.repository.toLowerCase() ? -1 : 1));
  const fingerprints = new Map(parts.flatMap((p) => [...p.fingerprints]));
  const rootUri = common(parts, (p) => p.rootUri);
  const failures = [...parts.flatMap((p) => p.failures), ...problems.map((message) => ({ file: 'merge', message: message.replace(/^merge: /, '') }))];
  const report: MultiRepositoryReport = {
    findings: parts.flatMap((p) => p.findings).sort(compareFindings),
    files: [...new Set(parts.flatMap((p) => p.files))].sort(),
    rules,
    toolVersion: TOOL_VERSION,
    ...(rootUri ? { rootUri } : {}),
    fileUrl: repositoryFileUrl(repositories),
    scan: {
      organization: common(parts, (p) => p.organization) ?? null,
      match: common(parts, (p) => p.match) ?? [],
      shard: null,
      repositories,
      suppressedNotListed: parts.reduce((n, p) => n + p.suppressedNotListed, 0),
      fingerprints,
    },
    failures,
  };
  return { kind: parts[0].kind, report, category: common(parts, (p) => p.category), problems, warnings };
}

/** Shards must be given once each, of one split; a missing one leaves repositories unreviewed. */
function shardProblems(parts: Part[]): string[] {
  const sharded = parts.filter((p) => p.shard !== null);
  if (sharded.length === 0) return [];
  const split = sharded.map((p) => /^(\d+)\/(\d+)$/.exec(p.shard!));
  const counts = new Set(split.map((m) => m?.[2]));
  if (split.some((m) => !m) || counts.size > 1) throw new UsageError(`merge: the reports come from different splits (${sharded.map((p) => `${p.file}: ${p.shard}`).join(', ')})`);
  const seen = new Map<string, string>();
  for (const p of sharded) {
    const other = seen.get(p.shard!);
    if (other) throw new UsageError(`merge: shard ${p.shard} is in both ${other} and ${p.file}`);
    seen.set(p.shard!, p.file);
  }
  const n = Number(split[0]![2]);
  const missing = Array.from({ length: n }, (_, i) => `${i + 1}/${n}`).filter((s) => !seen.has(s));
  return missing.length > 0 ? [`merge: shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: the merged report does not cover every repository`] : [];
}
