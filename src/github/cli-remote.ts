// The command line of the remote modes: `github:OWNER/REPO[@REF][/PATH]` paths, `--org` scans
// (with --match, --shard, --concurrency; their options are in src/cli-args.ts, `merge`'s in src/cli-yargs.ts) and `merge`. src/cli.ts calls
// remoteCommand before linting local paths; the reports come back to it to be written.
import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../cli.js';
import type { ResolvedConfig } from '../config.js';
import { plainText } from '../formatters/escape.js';
import { FORMATTERS, type Report, type RunFailure } from '../formatters/index.js';
import { pathToUri } from '../formatters/sarif.js';
import type { RuleSet } from '../lint.js';
import { compareFindings, SEVERITY_RANK, UsageError, type Finding } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import type { GitHubClient } from './client.js';
import { mergeReports } from './merge.js';
import type { ProgressBar, ScanJob } from './org.js';
import { NOT_REVIEWED, repositoryFileUrl, type MultiRepositoryReport, type ScanInfo } from './report.js';
import type { RepositoryOutcome, RepositoryReview, ReviewContext } from './review.js';
import { inShard, isGithubSpec, parseGithubSpec, parseShard } from './spec.js';
import { checkedToken } from './token.js';

// The CLI's exit codes (src/cli.ts), repeated here to keep the import graph free of cycles.
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

const MAX_CONCURRENCY = 32;
const RETRIES = 3;
/** Longest retry-after chaimeleon-lint waits before it gives up on a secondary rate limit. */
const MAX_WAIT_MS = 120_000;
/** The longest timeout a timer can hold (2^31 - 1 ms, about 24.8 days); Node would turn a longer one into 1 ms. */
const MAX_TIMEOUT_S = Math.floor((2 ** 31 - 1) / 1000);

export interface RemoteArgs {
  _?: (string | number)[];
  paths: string[];
  files?: string[];
  format: string;
  category?: string;
  base?: string;
  org?: string;
  match: string[];
  concurrency: number;
  shard?: string;
  'github-api'?: string;
  'github-timeout': number;
}

export interface RemoteOutcome<A> {
  args: A;
  report: Report;
  exitCode: number;
}

/**
 * Answers `merge`, `--org` and `github:` paths; null when the command is a local one. Errors in the
 * use of these options are UsageErrors (exit 2).
 */
export async function remoteCommand<A extends RemoteArgs>(args: A, io: CliIo, ruleSet: RuleSet, config: ResolvedConfig): Promise<RemoteOutcome<A> | null> {
  if (args._?.[0] === 'merge') return merge(args, io, ruleSet, config);
  const remotePaths = args.paths.filter(isGithubSpec);
  if (args.org === undefined) {
    if (args.match.length > 0 || args.shard !== undefined) throw new UsageError(`${args.shard !== undefined ? '--shard' : '--match'} only applies to an organization scan (--org ORG)`);
    if (remotePaths.length === 0) return null;
    if (remotePaths.length < args.paths.length) throw new UsageError('github: paths and local paths cannot be mixed in one run');
  } else if (args.paths.length > 0) {
    throw new UsageError("--org reviews the organization's repositories: give it no paths");
  }
  if (args.base !== undefined) throw new UsageError('--base compares a local git checkout; it does not apply to GitHub repositories');
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency ${args.concurrency}: expected a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  const timeout = args['github-timeout'];
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || !(timeout > 0) || timeout > MAX_TIMEOUT_S) {
    throw new UsageError(`--github-timeout ${Array.isArray(timeout) ? timeout.join(' ') : timeout}: expected a number of seconds above 0 and at most ${MAX_TIMEOUT_S}`);
  }
  const specs = remotePaths.map((p) => {
    const spec = parseGithubSpec(p);
    if (!spec) throw new UsageError(`${p}: expected github:OWNER/REPO, github:OWNER/REPO@REF or github:OWNER/REPO[@REF]/PATH`);
    return spec;
  });
  const shard = args.shard === undefined ? null : parseShard(args.shard);
  const apiRoot = apiUrl(args['github-api'] ?? io.env.GITHUB_API_URL);
  const token = checkedToken(io.env);

  // Octokit is loaded only now: local runs never pay for it.
  const [{ createGitHubClient, GitHubError }, { listOrganization, matchRepositories, ProgressBar, scanRepositories }, { reviewRepository }, { Linter }] = await Promise.all([
    import('./client.js'),
    import('./org.js'),
    import('./review.js'),
    import('../lint.js'),
  ]);
  let bar: ProgressBar | null = null;
  const notice = (message: string) => (bar ? bar.log(`chaimeleon-lint: ${plainText(message)}`) : io.stderr(`chaimeleon-lint: ${plainText(message)}\n`));
  const client = createGitHubClient({
    token,
    apiUrl: apiRoot,
    timeoutMs: timeout * 1000,
    retries: RETRIES,
    backoffMs: Number(io.env.CHAIMELEON_LINT_GITHUB_BACKOFF_MS) || 1000,
    maxWaitMs: MAX_WAIT_MS,
    notice,
  });
  const ctx: ReviewContext = { client, linter: new Linter(ruleSet, config), ignore: config.ignore, notice, display: specs.length === 1 ? 'repository' : 'full-name' };
  try {
    if (specs.length === 1) return single(args, await reviewRepository(ctx, specs[0]), remotePaths[0], ruleSet, config, io, client);
    let jobs: ScanJob[] = specs.map((spec) => ({ spec }));
    if (args.org !== undefined) {
      const listed = matchRepositories(await listOrganization(client, args.org), args.match).filter((r) => !shard || inShard(r.fullName, shard));
      jobs = listed.map((known) => ({ spec: { owner: known.owner, repo: known.name, refAndPath: null, path: '' }, known }));
      // A bar on a terminal only: in CI logs and pipes it would be noise.
      if (io.stderrIsTTY && !io.env.CI) bar = new ProgressBar(io.stderr, jobs.length);
    }
    const { reviews, stopped } = await scanRepositories(ctx, jobs, args.concurrency, bar);
    bar?.finish();
    bar = null;
    if (stopped) io.stderr(`chaimeleon-lint: ${plainText(client.scrub(stopped.message))}\n`);
    return several(args, reviews, { organization: args.org ?? null, match: args.match, shard: args.shard ?? null }, ruleSet, config, io);
  } catch (e) {
    bar?.finish();
    if (e instanceof GitHubError) throw new UsageError(client.scrub(e.message));
    throw e;
  }
}

/** A URL for messages: any user name and password taken out. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}

function apiUrl(value: string | undefined): string {
  const url = value?.trim() || 'https://api.github.com';
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // said below
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !/^https?:\/\/[^/\s]+/i.test(url)) {
    throw new UsageError(`--github-api ${withoutCredentials(url)}: expected an http(s) URL, e.g. https://github.example.com/api/v3`);
  }
  // The token goes in GITHUB_TOKEN; a password in the URL would end up in messages and logs.
  if (parsed.username || parsed.password) throw new UsageError(`--github-api ${withoutCredentials(url)}: a user name or password in the URL is refused; set GITHUB_TOKEN instead`);
  if (parsed.search || parsed.hash) throw new UsageError(`--github-api ${url}: expected the API root, without ? or #`);
  return url.replace(/\/+$/, '');
}

function failedAt(findings: Finding[], config: ResolvedConfig): boolean {
  const level = config.failLevel;
  return level !== 'none' && findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}

/** What could not be reviewed, one per repository: failed ones, and (when `named`) those with no Dockerfile. */
function repositoryFailures(repositories: RepositoryOutcome[], named: boolean): RunFailure[] {
  return repositories
    .filter((r) => r.status === 'failed' || (named && (r.status === 'empty' || r.status === 'no-dockerfile')))
    .map((r) => ({ file: r.repository, message: r.status === 'no-dockerfile' ? 'no Dockerfile found: nothing to review' : (r.error ?? r.status) }));
}

/** One repository: the report of a local folder, with paths relative to the repository and links to the commit. */
function single<A extends RemoteArgs>(args: A, review: RepositoryReview, input: string, ruleSet: RuleSet, config: ResolvedConfig, io: CliIo, client: GitHubClient): RemoteOutcome<A> {
  const { outcome } = review;
  const failures: RunFailure[] = repositoryFailures([outcome], true).map((f) => ({ ...f, file: input, message: client.scrub(f.message) }));
  for (const err of review.internalErrors) failures.push({ file: input, message: `internal error: ${err.split('\n')[0]}` });
  for (const line of review.unread ?? []) failures.push({ file: input, message: client.scrub(line) });
  for (const f of failures) io.stderr(`chaimeleon-lint: ${plainText(`${f.file}: ${f.message}`)}\n`);
  const commitUrl = outcome.url && outcome.commit ? `${outcome.url}/blob/${outcome.commit}/` : undefined;
  const report: Report = {
    findings: review.findings,
    files: review.files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => review.lines.get(file)?.[line - 1],
    ...(review.rootUrl ? { rootUri: review.rootUrl } : {}),
    ...(commitUrl ? { fileUrl: (file: string, line: number) => `${commitUrl}${pathToUri(file)}#L${line}` } : {}),
    failures,
    skipped: review.skipped ?? [],
  };
  return { args, report, exitCode: failures.length > 0 ? EXIT_USAGE : failedAt(review.findings, config) ? EXIT_FINDINGS : EXIT_OK };
}

/** Several repositories: one report with the repositories' summary; a failed repository is in it, and makes the exit code 2. */
function several<A extends RemoteArgs>(
  args: A,
  reviews: RepositoryReview[],
  scope: Pick<ScanInfo, 'organization' | 'match' | 'shard'>,
  ruleSet: RuleSet,
  config: ResolvedConfig,
  io: CliIo,
): RemoteOutcome<A> {
  const repositories = reviews.map((r) => r.outcome);
  // An organization holds repositories that are not images: there, no Dockerfile is an outcome, not a failure.
  const failures = repositoryFailures(repositories, scope.organization === null);
  // A whole scan with nothing in it (a --match typo) reviewed nothing; one shard of a small organization may be empty.
  if (scope.organization !== null && scope.shard === null && repositories.length === 0) {
    failures.push({ file: scope.organization, message: `no repository of the organization${scope.match.length ? ` matches ${scope.match.join(', ')}` : ''}: nothing to review` });
  }
  // Repositories left when the scan stopped are in the report; the reason was said once already.
  for (const f of failures) if (!f.message.startsWith(NOT_REVIEWED)) io.stderr(`chaimeleon-lint: ${plainText(`${f.file}: ${f.message}`)}\n`);
  for (const r of reviews) {
    for (const err of r.internalErrors) {
      const line = `internal error: ${err.split('\n')[0]}`;
      io.stderr(`chaimeleon-lint: ${plainText(line)}\n`);
      failures.push({ file: r.outcome.repository, message: line });
    }
    for (const line of r.unread ?? []) {
      io.stderr(`chaimeleon-lint: ${plainText(line)}\n`);
      failures.push({ file: r.outcome.repository, message: line });
    }
  }
  const lines = new Map(reviews.flatMap((r) => [...r.lines]));
  const findings = reviews.flatMap((r) => r.findings).sort(compareFindings);
  const report: MultiRepositoryReport = {
    findings,
    files: reviews.flatMap((r) => r.files),
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => lines.get(file)?.[line - 1],
    fileUrl: repositoryFileUrl(repositories),
    scan: { ...scope, repositories },
    failures,
    skipped: reviews.flatMap((r) => r.skipped ?? []),
  };
  return { args, report, exitCode: failures.length > 0 ? EXIT_USAGE : failedAt(findings, config) ? EXIT_FINDINGS : EXIT_OK };
}

/** `merge FILE...`: one report from several, in the inputs' format unless --format says otherwise. */
async function merge<A extends RemoteArgs>(args: A, io: CliIo, ruleSet: RuleSet, config: ResolvedConfig): Promise<RemoteOutcome<A>> {
  const inputs = await Promise.all(
    (args.files ?? []).map(async (file) => {
      try {
        return { file, text: await fsp.readFile(resolve(io.cwd, file), 'utf8') };
      } catch (e) {
        throw new UsageError(`${file}: cannot read the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }),
  );
  if (args.format !== undefined && !(args.format in FORMATTERS)) throw new UsageError(`--format ${args.format}: expected one of ${Object.keys(FORMATTERS).join(', ')}`);
  const merged = mergeReports(inputs, ruleSet.meta);
  for (const w of merged.warnings) io.stderr(`chaimeleon-lint: ${plainText(w)}\n`);
  for (const p of merged.problems) io.stderr(`chaimeleon-lint: ${plainText(p)}\n`);
  // run() in src/cli.ts writes args.format; merge leaves it unset to mean "as the inputs".
  args.format ??= merged.kind;
  args.category ??= merged.category;
  const { report } = merged;
  const broken = (report.failures ?? []).length > 0 || report.scan.repositories.some((r) => r.status === 'failed');
  return { args, report, exitCode: broken ? EXIT_USAGE : failedAt(report.findings, config) ? EXIT_FINDINGS : EXIT_OK };
}
