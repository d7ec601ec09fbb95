// The GitHub REST client: Octokit with a request hook that retries what GitHub says is temporary
// (5xx, timeouts, secondary rate limits, honouring retry-after), stops at once when the primary rate
// limit is exhausted, and turns every failure into a one-line message that says what to do. The
// token never appears in a message: GitHub's own texts are scrubbed before they are shown.
import { Octokit } from '@octokit/rest';
import { TOOL_VERSION } from '../version.js';

export interface GitHubClientOptions {
  token?: string;
  /** REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** A request that has not answered by then is abandoned and retried. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff after a 5xx or a timeout; doubled at each retry. */
  backoffMs: number;
  /** The longest wait chaimeleon-lint accepts from a retry-after header. */
  maxWaitMs: number;
  /** Says on stderr why the tool is waiting. */
  notice: (message: string) => void;
}

export type GitHubErrorKind = 'not-found' | 'forbidden' | 'unauthorized' | 'rate-limit' | 'empty' | 'unavailable' | 'other';

/** A failure already explained for the user; `rate-limit` means no further request can succeed for now. */
export class GitHubError extends Error {
  constructor(
    readonly kind: GitHubErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}

export interface GitHubClient {
  octokit: Octokit;
  hasToken: boolean;
  /** Removes the token from a text that may have come back from the server. */
  scrub(text: string): string;
}

/** What the hook sees of a failed request: @octokit/request's RequestError, or an abort. */
interface HttpFailure {
  status?: number;
  message: string;
  response?: { headers: Record<string, string | undefined>; data?: unknown };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const token = options.token || undefined;
  const scrub = (text: string) => (token ? text.split(token).join('***') : text);
  const octokit = new Octokit({
    auth: token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `chaimeleon-lint/${TOOL_VERSION}`,
    // Failed requests are explained by the callers; octokit's own request log would repeat them.
    log: { debug: () => {}, info: () => {}, warn: (m: string) => options.notice(scrub(m)), error: () => {} },
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    const what = `${endpoint.method} ${new URL(octokit.request.endpoint(endpoint).url).pathname}`;
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
      // Inner hooks (auth, request log) are bound to this very options object: set the signal on it.
      endpoint.request = { ...endpoint.request, signal: controller.signal };
      try {
        return await request(endpoint);
      } catch (e) {
        const failure = e as HttpFailure;
        const headers = failure.response?.headers ?? {};
        const status = failure.response ? failure.status : undefined;
        const retryAfter = parseRetryAfter(headers['retry-after']);
        if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0' && retryAfter === null) {
          throw new GitHubError('rate-limit', primaryRateLimitMessage(headers, !!token), status);
        }
        const secondary = (status === 403 || status === 429) && (retryAfter !== null || status === 429 || /secondary rate limit|abuse/i.test(failure.message));
        const transient = secondary || status === undefined || status >= 500;
        if (!transient) throw e;
        if (attempt >= options.retries) {
          if (secondary) throw new GitHubError('rate-limit', `GitHub's secondary rate limit still refuses ${what} after ${attempt + 1} attempts: lower --concurrency or try again in a few minutes`, status);
          if (timedOut) throw new GitHubError('unavailable', `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s (${attempt + 1} attempts)`);
          throw new GitHubError('unavailable', `GitHub failed on ${what} (${status ? `HTTP ${status}` : scrub(failure.message)}, ${attempt + 1} attempts): try again later`, status);
        }
        // GitHub's guidance: wait retry-after when given, else at least a minute on a secondary limit.
        const wait = retryAfter ?? (secondary ? 60_000 * 2 ** attempt : options.backoffMs * 2 ** attempt);
        if (wait > options.maxWaitMs) {
          throw new GitHubError('rate-limit', `GitHub asks to wait ${Math.ceil(wait / 1000)} s before retrying ${what}, longer than chaimeleon-lint waits (${options.maxWaitMs / 1000} s): lower --concurrency or try again later`, status);
        }
        if (secondary || retryAfter !== null) {
          options.notice(`GitHub ${secondary ? 'secondary rate limit' : `HTTP ${status}`} on ${what}: waiting ${Math.ceil(wait / 1000)} s (retry ${attempt + 1} of ${options.retries})`);
        }
        await sleep(wait);
      } finally {
        clearTimeout(timer);
      }
    }
  });
  return { octokit, hasToken: !!token, scrub };
}

/** retry-after in seconds or as an HTTP date; null when absent or unreadable. */
function parseRetryAfter(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function primaryRateLimitMessage(headers: Record<string, string | undefined>, hasToken: boolean): string {
  const limit = headers['x-ratelimit-limit'];
  const reset = Number(headers['x-ratelimit-reset']);
  let when = 'later';
  if (Number.isFinite(reset) && reset > 0) {
    const at = new Date(reset * 1000);
    const minutes = Math.max(1, Math.ceil((at.getTime() - Date.now()) / 60_000));
    when = `at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC (in ${minutes} min)`;
  }
  const advice = hasToken ? 'wait until then, or use a token with its own quota' : 'set GITHUB_TOKEN (or GH_TOKEN) to raise the limit from 60 to 5,000 requests an hour';
  return `GitHub API rate limit exhausted${limit ? ` (${limit} requests an hour)` : ''}; it resets ${when}: ${advice}`;
}

/**
 * Turns a failed request into a message for the user about `subject` (`chaimeleon-eu/x`, a `repository`,
 * or `chaimeleon-eu`, an `organization`): what happened and what to do.
 */
export function explainFailure(client: GitHubClient, e: unknown, subject: string, noun: 'repository' | 'organization' = 'repository'): GitHubError {
  if (e instanceof GitHubError) return new GitHubError(e.kind, client.scrub(e.message), e.status);
  const failure = e as HttpFailure;
  const status = failure.response ? failure.status : undefined;
  const said = client.scrub(githubMessage(failure));
  switch (status) {
    case 404:
      return new GitHubError(
        'not-found',
        client.hasToken
          ? `${subject}: ${noun} not found, or the token cannot see it: check the name and give the token read access to it`
          : `${subject}: ${noun} not found or private: set GITHUB_TOKEN with access`,
        404,
      );
    case 401:
      return new GitHubError('unauthorized', `${subject}: GitHub rejected the token in GITHUB_TOKEN/GH_TOKEN (${said}): renew it, or unset it to read public repositories`, 401);
    case 403: {
      const advice = /SAML|SSO/i.test(said)
        ? 'authorize the token for the organization\'s single sign-on (GitHub settings, Tokens, Configure SSO)'
        : client.hasToken
          ? 'give the token read access to this repository\'s contents and metadata'
          : 'set GITHUB_TOKEN with a token that can read it';
      return new GitHubError('forbidden', `${subject}: access forbidden (${said}): ${advice}`, 403);
    }
    case 409:
      return new GitHubError('empty', `${subject}: the repository is empty`, 409);
    default:
      return new GitHubError(status === undefined || status >= 500 ? 'unavailable' : 'other', `${subject}: GitHub answered ${status ? `HTTP ${status}: ` : ''}${said}`, status);
  }
}

/** GitHub's message without the documentation link octokit appends. */
function githubMessage(failure: HttpFailure): string {
  return (failure.message ?? String(failure)).replace(/ - https?:\/\/\S+$/, '').trim() || 'no message';
}
