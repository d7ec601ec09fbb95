// The GitHub REST client: Octokit with a request hook that retries what GitHub says is temporary
// (5xx, timeouts, secondary rate limits, honouring retry-after), stops at once when the primary rate
// limit is exhausted, and turns every failure into a one-line message that says what to do. The
// token never appears in a message: GitHub's own texts are scrubbed before they are shown.
//
// Every request goes through guardedFetch: only to the configured API origin (a Link, a redirect or
// any URL elsewhere is refused, so the token never leaves for another host), with each answer's size
// capped, and counted against the budget of the repository being reviewed. Answers are checked for
// the shape the API gives; a malformed one (HTML from a proxy, `null`, a cut JSON) is retried.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Octokit } from '@octokit/rest';
import { TOOL_VERSION } from '../version.js';
import { secretMasker } from './token.js';

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

export type GitHubErrorKind = 'not-found' | 'forbidden' | 'unauthorized' | 'rate-limit' | 'empty' | 'unavailable' | 'refused' | 'too-large' | 'other';

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

/** What a checker throws when an answer is not in the shape the API gives. */
export class MalformedAnswer extends Error {}

export interface GitHubClient {
  octokit: Octokit;
  hasToken: boolean;
  /** The API's origin (`https://api.github.com`): the only one requests go to. */
  origin: string;
  /** Removes the token from a text that may have come back from the server. */
  scrub(text: string): string;
  /**
   * GET a route (or an absolute URL on the API origin) and check its answer with `check`, which
   * throws MalformedAnswer; a malformed answer is retried like a 5xx, then a GitHubError. HTTP
   * failures are thrown as they come (callers explain them with explainFailure).
   */
  get<T>(route: string, params: Record<string, unknown>, check: (data: unknown) => T): Promise<{ data: T; headers: Record<string, string | undefined> }>;
}

/** What the hook sees of a failed request: @octokit/request's RequestError, or an abort. */
interface HttpFailure {
  status?: number;
  message: string;
  response?: { headers: Record<string, string | undefined>; data?: unknown };
  cause?: unknown;
}

/** The largest answer read; a blob answer for a file at the 8 MiB limit is about 11.5 MB of base64. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Requests (attempts included) and bytes one repository's review may take: a hostile server cannot keep it going. */
export const MAX_REQUESTS_PER_REPOSITORY = 2000;
export const MAX_BYTES_PER_REPOSITORY = 256 * 1024 * 1024;
/** Same-origin redirects followed (GitHub redirects a renamed repository). */
const MAX_REDIRECTS = 5;

/** Refused before sending or while reading: another origin, an answer too large, or past the repository's budget. */
class RefusedRequest extends Error {
  constructor(
    readonly kind: 'refused' | 'too-large' | 'other',
    message: string,
  ) {
    super(message);
  }
}

/** Requests and bytes spent so far on one repository's review. */
export interface RequestBudget {
  subject: string;
  requests: number;
  bytes: number;
}

const budgets = new AsyncLocalStorage<RequestBudget>();

/** Runs a repository's review with its own budget: every request made meanwhile is counted against it. */
export function withRequestBudget<T>(subject: string, run: () => Promise<T>): Promise<T> {
  return budgets.run({ subject, requests: 0, bytes: 0 }, run);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function charge(requests: number, bytes: number): void {
  const budget = budgets.getStore();
  if (!budget) return;
  budget.requests += requests;
  budget.bytes += bytes;
  if (budget.requests > MAX_REQUESTS_PER_REPOSITORY) throw new RefusedRequest('other', `more than ${MAX_REQUESTS_PER_REPOSITORY} requests for one repository; the review stopped`);
  if (budget.bytes > MAX_BYTES_PER_REPOSITORY) throw new RefusedRequest('other', `more than ${MAX_BYTES_PER_REPOSITORY / 1024 / 1024} MiB of answers for one repository; the review stopped`);
}

/** An answer read whole, up to MAX_ANSWER_BYTES whatever its Content-Length says. */
async function readCapped(response: Response): Promise<Response> {
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!response.body || [204, 205, 304].includes(response.status)) return new Response(null, init);
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => new RefusedRequest('too-large', `GitHub's answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB; not read`);
  if (declared > MAX_ANSWER_BYTES) {
    await response.body.cancel().catch(() => {});
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  charge(0, size);
  return new Response(Buffer.concat(chunks), init);
}

/** fetch, for the API origin only, following same-origin redirects itself, with answers capped and counted. */
function guardedFetch(origin: string): typeof fetch {
  return async (input, init) => {
    let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    for (let hops = 0; ; hops++) {
      // The token is only ever sent to the API origin; a URL elsewhere, from an answer or a redirect, is refused.
      if (url.origin !== origin) throw new RefusedRequest('refused', `refused to send a request to ${url.origin}: chaimeleon-lint only talks to ${origin}`);
      charge(1, 0);
      const response = await fetch(url, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => {});
        if (!location) throw new RefusedRequest('refused', `GitHub answered HTTP ${response.status} without a Location`);
        if (hops >= MAX_REDIRECTS) throw new RefusedRequest('refused', `more than ${MAX_REDIRECTS} redirects`);
        url = new URL(location, url);
        continue;
      }
      return readCapped(response);
    }
  };
}

/** A short description of an answer that is not JSON of the expected shape. */
export function describeAnswer(data: unknown): string {
  if (data === null || data === undefined) return 'an empty answer';
  if (typeof data === 'string') return /^\s*</.test(data) ? 'an HTML page, not JSON' : 'text that is not JSON (cut short?)';
  if (data instanceof ArrayBuffer) return 'binary data, not JSON';
  return Array.isArray(data) ? 'a list' : typeof data === 'object' ? 'an object' : `a ${typeof data}`;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const token = options.token?.trim() || undefined;
  const scrub = secretMasker([token]);
  const baseUrl = options.apiUrl.replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  const octokit = new Octokit({
    auth: token,
    baseUrl,
    userAgent: `chaimeleon-lint/${TOOL_VERSION}`,
    request: { fetch: guardedFetch(origin) },
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
        // Refused before it was sent or while it was read: not something a retry changes.
        if (failure.cause instanceof RefusedRequest) throw new GitHubError(failure.cause.kind, `${what}: ${scrub(failure.cause.message)}`);
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
          throw new GitHubError('unavailable', `GitHub failed on ${what} (${status ? `HTTP ${status}` : scrub(oneLine(failure.message))}, ${attempt + 1} attempts): try again later`, status);
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

  const get: GitHubClient['get'] = async (route, params, check) => {
    for (let attempt = 0; ; attempt++) {
      // The body is parsed here: Octokit's JSON parser overflows the stack on answers of a few MB (a large blob).
      const response = await octokit.request(route, { ...params, request: { parseSuccessResponseBody: false } });
      const headers = response.headers as Record<string, string | undefined>;
      try {
        return { data: check(await parseBody(response.data, headers['content-type'])), headers };
      } catch (e) {
        if (!(e instanceof MalformedAnswer)) throw e;
        const what = `GET ${new URL(octokit.request.endpoint(route, params).url).pathname}`;
        if (attempt >= options.retries) throw new GitHubError('unavailable', `GitHub's answer to ${what} is not what the API gives (${scrub(e.message)}; ${attempt + 1} attempts): try again later`);
        await sleep(options.backoffMs * 2 ** attempt);
      }
    }
  };
  return { octokit, hasToken: !!token, origin, scrub, get };
}

/** An answer's body: JSON when it says so and parses, else its text (which the checker then refuses). */
async function parseBody(body: unknown, contentType: string | undefined): Promise<unknown> {
  if (!(body instanceof ReadableStream)) return body;
  const text = await new Response(body).text();
  if (!/\bjson\b/i.test(contentType ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A server's text on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
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

/** The longest part of a server's message that is shown. */
const MAX_SERVER_MESSAGE = 300;

/** GitHub's message without the documentation link octokit appends, on one line, cut when long. */
function githubMessage(failure: HttpFailure): string {
  const text = oneLine(String(failure.message ?? failure)).replace(/ - https?:\/\/\S+$/, '').trim() || 'no message';
  return text.length > MAX_SERVER_MESSAGE ? `${text.slice(0, MAX_SERVER_MESSAGE)}…` : text;
}
