// An organization scan: list every repository (all pages), keep those whose name matches, and
// review them a few at a time. A repository that fails is an outcome in the report, not the end of
// the scan; an exhausted rate limit stops the scan and the rest are reported as not reviewed.
import { globToRegExp } from '../project/glob.js';
import { describeAnswer, explainFailure, GitHubError, MalformedAnswer, type GitHubClient } from './client.js';
import { reviewRepository, type RepositoryReview, type ReviewContext } from './review.js';
import { NOT_REVIEWED } from './report.js';
import type { GitHubSpec } from './spec.js';
import { metadataFrom, type RepositoryMetadata } from './vfs.js';

/** Pages of 100: 100,000 repositories, far more than any organization holds. */
const MAX_PAGES = 1000;

/** The `rel="next"` URL of a Link header, if any. */
function nextPage(link: string | undefined): string | null {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return null;
}

function pageFrom(data: unknown): RepositoryMetadata[] {
  if (!Array.isArray(data)) throw new MalformedAnswer(`${describeAnswer(data)} instead of a list of repositories`);
  return data.map(metadataFrom);
}

/**
 * Every repository of an organization, page after page as the Link header says. The next page is
 * only fetched from the API's own origin: the token never follows a link elsewhere.
 */
export async function listOrganization(client: GitHubClient, org: string): Promise<RepositoryMetadata[]> {
  try {
    const repos: RepositoryMetadata[] = [];
    const seen = new Set<string>();
    let page = await client.get('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100 }, pageFrom);
    for (let n = 1; ; n++) {
      repos.push(...page.data);
      const next = nextPage(page.headers.link);
      if (next === null) break;
      let url: URL;
      try {
        url = new URL(next);
      } catch {
        throw new GitHubError('other', `${org}: GitHub's organization listing gives a next page that is not a URL`);
      }
      if (url.origin !== client.origin) throw new GitHubError('refused', `${org}: GitHub's organization listing gives its next page on ${url.origin}; refused, the token only goes to ${client.origin}`);
      if (seen.has(url.href) || n >= MAX_PAGES) throw new GitHubError('other', `${org}: GitHub's organization listing does not end (page ${n + 1} repeats an earlier one or passes ${MAX_PAGES})`);
      seen.add(url.href);
      page = await client.get(`GET ${url.href}`, {}, pageFrom);
    }
    // A repository listed twice (the listing changed between pages) is reviewed once.
    const byName = new Map(repos.map((r) => [r.fullName.toLowerCase(), r]));
    return [...byName.values()];
  } catch (e) {
    throw explainFailure(client, e, org, 'organization');
  }
}

/** The repositories whose name matches one of the globs (case-insensitive; all without globs), by full name. */
export function matchRepositories(repos: RepositoryMetadata[], globs: string[]): RepositoryMetadata[] {
  const patterns = globs.map((g) => globToRegExp(g, { nocase: true }));
  return repos
    .filter((r) => patterns.length === 0 || patterns.some((p) => p.test(r.name)))
    .sort((a, b) => (a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : a.fullName.toLowerCase() > b.fullName.toLowerCase() ? 1 : 0));
}

/** A one-line progress bar on a terminal's stderr; messages printed meanwhile go above it. */
export class ProgressBar {
  private done = 0;
  private last = '';
  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
  ) {}

  tick(name: string): void {
    this.done++;
    this.last = name;
    this.draw();
  }

  log(message: string): void {
    this.write(`\r\u001b[K${message}\n`);
    this.draw();
  }

  finish(): void {
    this.write('\r\u001b[K');
  }

  private draw(): void {
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    this.write(`\r\u001b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${this.last}`);
  }
}

export interface ScanResult {
  /** One per repository, in the order given. */
  reviews: RepositoryReview[];
  /** The rate-limit failure that stopped the scan, if one did. */
  stopped: GitHubError | null;
}

export { NOT_REVIEWED } from './report.js';

/** A repository to review: what the user named, and its metadata when a listing already gave it. */
export interface ScanJob {
  spec: GitHubSpec;
  known?: RepositoryMetadata;
}

/** Reviews repositories with at most `concurrency` in flight. */
export async function scanRepositories(ctx: ReviewContext, jobs: ScanJob[], concurrency: number, progress: ProgressBar | null): Promise<ScanResult> {
  const reviews: RepositoryReview[] = new Array(jobs.length);
  let next = 0;
  let stopped: GitHubError | null = null;
  const worker = async () => {
    while (stopped === null && next < jobs.length) {
      const i = next++;
      try {
        reviews[i] = await reviewRepository(ctx, jobs[i].spec, jobs[i].known);
      } catch (e) {
        if (!(e instanceof GitHubError)) throw e;
        stopped ??= e;
      }
      progress?.tick(nameOf(jobs[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  jobs.forEach((job, i) => {
    reviews[i] ??= {
      outcome: {
        repository: nameOf(job),
        status: 'failed',
        error: `${NOT_REVIEWED} ${stopped?.message ?? 'the scan stopped'}`,
        private: job.known?.private ?? null,
        ...(job.known ? { url: job.known.htmlUrl } : {}),
        errors: 0,
        warnings: 0,
        infos: 0,
        topRules: [],
      },
      findings: [],
      files: [],
      lines: new Map(),
      internalErrors: [],
    };
  });
  return { reviews, stopped };
}

function nameOf(job: ScanJob): string {
  return job.known?.fullName ?? `${job.spec.owner}/${job.spec.repo}`;
}
