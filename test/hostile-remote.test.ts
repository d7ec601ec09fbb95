// Remote mode against a hostile or broken server (the fake GitHub of github-fake.ts on 127.0.0.1, and
// a second server standing for "another host"): the token only goes to the API origin and is never
// printed, however the server echoes it; malformed, slow and partial answers are retried and give a
// clear message; loops and endless trees stop; a blob's real size is capped; and one broken
// repository never stops an organization scan.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { FakeGitHub, filesOf } from './github-fake.js';
import { ROOT } from './helpers.js';

const ORG = 'hostile-org';
const EXAMPLES = join(ROOT, 'examples');
const TOKEN = 'ghp_MARKER123abcdefghijklmnopqrstuvwxyz0123';
const work = mkdtempSync(join(tmpdir(), 'chm-hostile-remote-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let fake: FakeGitHub;
/** Another host: it must never be asked anything. */
let other: Server;
let otherRequests: string[] = [];
let otherOrigin = '';

async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--github-api', fake.apiUrl], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: work,
    env: { CHAIMELEON_LINT_GITHUB_BACKOFF_MS: '5', ...env },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const json = (r: Run) => JSON.parse(r.stdout);
const keys = (r: Run) => (json(r).findings as { file: string; code: string; range: { startLine: number } }[]).map((f) => `${f.file}:${f.range.startLine} ${f.code}`).sort();

/** No stack trace, no "Cannot read properties of undefined": every line on stderr is one of chaimeleon-lint's. */
function expectCleanErrors(stderr: string): void {
  expect(stderr).not.toMatch(/Cannot read properties|TypeError|^\s+at /m);
  for (const line of stderr.trimEnd().split('\n').filter(Boolean)) expect(line).toMatch(/^chaimeleon-lint: \S/);
}

const compliant = () => filesOf(join(EXAMPLES, 'image_batch_compliant'));
const mistakes = () => filesOf(join(EXAMPLES, 'image_batch_mistakes'));

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  other = createServer((req, res) => {
    otherRequests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('[]');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  for (const name of ['image_batch_ok', 'image_batch_html', 'image_batch_null', 'image_batch_bad_entry', 'image_batch_away', 'image_batch_loop', 'image_batch_endless', 'image_batch_flaky']) {
    fake.addRepo({ owner: ORG, name, files: compliant() });
  }
  fake.addRepo({ owner: ORG, name: 'image_batch_mistakes', files: mistakes() });
  fake.addRepo({ owner: ORG, name: 'image_batch_secret', private: true, files: new Map([...compliant(), ['Dockerfile.token', Buffer.from(`FROM ubuntu:22.04\nLABEL name="${TOKEN}" version="MARKER123abcd"\nUSER root\n`)]]) });
  fake.addOrg(ORG, ['image_batch_ok', 'image_batch_html', 'image_batch_null', 'image_batch_bad_entry', 'image_batch_mistakes']);
});
afterAll(async () => {
  await fake.stop();
  other.closeAllConnections();
  await new Promise<void>((resolve) => other.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fake.interceptors = [];
  fake.token = null;
  fake.resetCounts();
  otherRequests = [];
  logStart = fake.log.length;
});

const treeOf = (repo: string, owner = ORG) => new RegExp(`^/repos/${owner}/${repo}/git/trees/`);
/** Where each test's requests start in the fake's log. */
let logStart = 0;
/** Requests of this test whose path matches. */
const requests = (pattern: RegExp) => fake.log.slice(logStart).filter((l) => pattern.test(l.replace(/\?.*$/, '')));
/** The tree requests this test made for a repository. */
const treeRequests = (repo: string) => requests(new RegExp(`^GET /repos/${ORG}/${repo}/git/trees/`));

describe('the token goes only to the API origin', () => {
  it('an organization listing whose next page is on another host is refused', async () => {
    fake.token = TOKEN;
    fake.interceptors.push(({ path }) =>
      path === `/orgs/${ORG}/repos` ? { status: 200, headers: { link: `<${otherOrigin}/orgs/${ORG}/repos?page=2&access_token=${TOKEN}>; rel="next"` }, body: [] } : undefined,
    );
    const r = await cli(['--org', ORG, '--format', 'json'], { GITHUB_TOKEN: TOKEN });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chaimeleon-lint: ${ORG}: GitHub's organization listing gives its next page on ${otherOrigin}; refused, the token only goes to ${new URL(fake.apiUrl).origin}\n`);
    expect(otherRequests).toEqual([]);
  });

  it('an organization listing whose pages never end stops', async () => {
    fake.interceptors.push(({ path }) => (path === `/orgs/${ORG}/repos` ? { status: 200, headers: { link: `<${fake.apiUrl}/orgs/${ORG}/repos?page=2>; rel="next"` }, body: [] } : undefined));
    const r = await cli(['--org', ORG]);
    expect(r.code).toBe(2);
    expectCleanErrors(r.stderr);
    expect(r.stderr).toMatch(/organization listing does not end/);
    expect(requests(new RegExp(`^GET /orgs/${ORG}/repos$`))).toHaveLength(2);
  });

  it('a redirect to another host fails that repository only; the scan goes on', async () => {
    fake.interceptors.push(({ path }) => (treeOf('image_batch_html').test(path) ? { status: 302, headers: { location: `${otherOrigin}/steal` }, body: '' } : undefined));
    const r = await cli(['--org', ORG, '--match', 'image_batch_html', '--match', 'image_batch_ok', '--format', 'json']);
    expect(r.code).toBe(2);
    expectCleanErrors(r.stderr);
    const repos = json(r).repositories as { repository: string; status: string; error?: string }[];
    expect(repos.find((x) => x.repository.endsWith('/image_batch_html'))).toMatchObject({ status: 'failed', error: expect.stringMatching(/refused to send a request to http:\/\/127\.0\.0\.1:\d+: chaimeleon-lint only talks to/) });
    expect(repos.find((x) => x.repository.endsWith('/image_batch_ok'))?.status).toBe('reviewed');
    expect(otherRequests).toEqual([]);
  });

  it('a redirect on the API origin (a renamed repository) is followed', async () => {
    const direct = await cli([`github:${ORG}/image_batch_ok`, '--format', 'json']);
    fake.interceptors.push(({ path }) => (path === `/repos/${ORG}/old_name` ? { status: 301, headers: { location: `${fake.apiUrl}/repos/${ORG}/image_batch_ok` }, body: { message: 'Moved Permanently' } } : undefined));
    const renamed = await cli([`github:${ORG}/old_name`, '--format', 'json']);
    expect(renamed.stderr).toBe('');
    expect(renamed.code).toBe(direct.code);
    expect(keys(renamed)).toEqual(keys(direct));
  });

  it('a user name and password in --github-api are refused and never printed', async () => {
    for (const api of ['http://user:S3CRETPASS@127.0.0.1:9/api/v3', 'ftp://user:S3CRETPASS@example.org/']) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['github:a/b', '--github-api', api], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: work, env: {}, isTTY: false });
      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stdout + stderr).not.toContain('S3CRETPASS');
    }
  });
});

describe('the token is never printed, however the server echoes it', () => {
  it.each(['stylish', 'json', 'sarif', 'github', 'markdown'])('%s, with the summary', async (format) => {
    fake.token = TOKEN;
    for (const name of ['image_batch_secret', 'image_batch_ok']) fake.addRepo({ ...fake.repos.get(`${ORG}/${name}`)!, owner: 'echo-org' });
    fake.addOrg('echo-org', ['image_batch_secret', 'image_batch_ok']);
    // The token as given, the token trimmed, and a part of it.
    fake.interceptors.push(({ path }) =>
      treeOf('image_batch_ok', 'echo-org').test(path) ? { status: 403, body: { message: `Token ${TOKEN}\n lacks access (${TOKEN.slice(4, 20)}…)` } } : undefined,
    );
    const summary = join(work, `summary-${format}.md`);
    const r = await cli(['--org', 'echo-org', '--format', format, '--summary', summary], { GITHUB_TOKEN: `${TOKEN}\n` });
    expect(r.code).toBe(2);
    expectCleanErrors(r.stderr);
    // The private repository was read: the token, trimmed, was sent and accepted.
    expect(r.stdout).toContain('image_batch_secret');
    for (const text of [r.stdout, r.stderr, readFileSync(summary, 'utf8')]) expect(text).not.toContain('MARKER123');
  });

  it('a token with a line break inside is refused without being printed', async () => {
    const r = await cli([`github:${ORG}/image_batch_ok`], { GITHUB_TOKEN: 'ghp_MARKER123\nabc' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaimeleon-lint: GITHUB_TOKEN holds spaces, line breaks or other characters a token cannot hold: set it to the token alone\n');
  });
});

describe('malformed, slow and partial answers', () => {
  it('one repository answering HTML, null or a broken tree fails alone; the organization scan goes on', async () => {
    fake.interceptors.push(({ path }) => {
      if (treeOf('image_batch_html').test(path)) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><body>Sign in to the proxy</body></html>' };
      if (treeOf('image_batch_null').test(path)) return { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' };
      if (treeOf('image_batch_bad_entry').test(path)) return { status: 200, body: { sha: 'x', tree: [{ path: 5 }], truncated: false } };
      return undefined;
    });
    const r = await cli(['--org', ORG, '--format', 'json']);
    expect(r.code).toBe(2);
    expectCleanErrors(r.stderr);
    const repos = json(r).repositories as { repository: string; status: string; error?: string }[];
    const status = (name: string) => repos.find((x) => x.repository === `${ORG}/${name}`)!;
    expect(status('image_batch_html')).toMatchObject({ status: 'failed', error: expect.stringMatching(/answer to GET \/api\/v3\/repos\/hostile-org\/image_batch_html\/git\/trees\/[0-9a-f]+ is not what the API gives \(an HTML page, not JSON instead of a tree; 4 attempts\)/) });
    expect(status('image_batch_null')).toMatchObject({ status: 'failed', error: expect.stringMatching(/an empty answer instead of a tree/) });
    expect(status('image_batch_bad_entry')).toMatchObject({ status: 'failed', error: expect.stringMatching(/a tree entry without a path/) });
    expect(status('image_batch_ok').status).toBe('reviewed');
    expect(status('image_batch_mistakes').status).toBe('reviewed');
    expect(json(r).findings.some((f: { file: string }) => f.file.startsWith(`${ORG}/image_batch_mistakes/`))).toBe(true);
    // Retried (bounded): the first attempt and three retries.
    expect(treeRequests('image_batch_html')).toHaveLength(4);
    expect(json(r).failures.map((f: { file: string }) => f.file).sort()).toEqual([`${ORG}/image_batch_bad_entry`, `${ORG}/image_batch_html`, `${ORG}/image_batch_null`]);
  });

  it('a malformed answer once, then a good one: the same findings', async () => {
    const baseline = await cli([`github:${ORG}/image_batch_mistakes`, '--format', 'json']);
    fake.resetCounts();
    fake.interceptors.push(({ path, count }) => (treeOf('image_batch_mistakes').test(path) && count === 1 ? { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' } : undefined));
    fake.interceptors.push(({ path, count }) => (/\/git\/blobs\//.test(path) && count === 1 ? { status: 200, headers: { 'content-type': 'application/json' }, body: '{"content": "RlJPTSB' } : undefined));
    const r = await cli([`github:${ORG}/image_batch_mistakes`, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(baseline.code);
    expect(keys(r)).toEqual(keys(baseline));
  });

  it('an answer that stalls half-way is abandoned at the timeout and retried', async () => {
    const baseline = await cli([`github:${ORG}/image_batch_flaky`, '--format', 'json']);
    fake.resetCounts();
    logStart = fake.log.length;
    fake.interceptors.push(({ path, count }) => (treeOf('image_batch_flaky').test(path) && count === 1 ? { status: 200, partial: true, body: { sha: 'x', tree: [], truncated: false } } : undefined));
    const r = await cli([`github:${ORG}/image_batch_flaky`, '--format', 'json', '--github-timeout', '0.5']);
    expect(r.stderr).toBe('');
    expect(keys(r)).toEqual(keys(baseline));
    expect(treeRequests('image_batch_flaky')).toHaveLength(2);
  });

  it('metadata that is not a repository (a name with a line break) fails the repository with a clear line', async () => {
    fake.interceptors.push(({ path }) =>
      path === `/repos/${ORG}/image_batch_ok` ? { status: 200, body: { name: 'image_batch_ok', full_name: `${ORG}/image_batch_ok\n::error::x`, owner: { login: ORG }, private: false, html_url: 'https://x' } } : undefined,
    );
    const r = await cli([`github:${ORG}/image_batch_ok`]);
    expect(r.code).toBe(2);
    expectCleanErrors(r.stderr);
    expect(r.stderr).toMatch(/a repository whose full name is not OWNER\/NAME/);
  });
});

describe('bounded work per repository', () => {
  const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

  it('a truncated tree that contains itself is a loop: the repository fails at once', async () => {
    const commit = fake.commitOf(fake.repos.get(`${ORG}/image_batch_loop`)!);
    fake.interceptors.push(({ path, url }) => {
      if (!treeOf('image_batch_loop').test(path)) return undefined;
      if (url.searchParams.has('recursive')) return { status: 200, body: { sha: commit, tree: [], truncated: true } };
      return { status: 200, body: { sha: commit, tree: [{ path: 'again', mode: '040000', type: 'tree', sha: commit }], truncated: false } };
    });
    const r = await cli([`github:${ORG}/image_batch_loop`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tree of again contains itself \(a loop\)/);
    expect(treeRequests('image_batch_loop')).toHaveLength(2);
  });

  it('an endless tree stops at the request budget of the repository', async () => {
    fake.interceptors.push(({ path, url }) => {
      if (!treeOf('image_batch_endless').test(path)) return undefined;
      const sha = path.slice(path.lastIndexOf('/') + 1);
      if (url.searchParams.has('recursive')) return { status: 200, body: { sha, tree: [], truncated: true } };
      return { status: 200, body: { sha, tree: [{ path: 'd', mode: '040000', type: 'tree', sha: sha1(sha) }], truncated: false } };
    });
    const r = await cli([`github:${ORG}/image_batch_endless`]);
    expect(r.code).toBe(2);
    expectCleanErrors(r.stderr);
    expect(r.stderr).toMatch(/more than 2000 requests for one repository; the review stopped/);
    expect(requests(new RegExp(`^GET /repos/${ORG}/image_batch_endless`)).length).toBeLessThanOrEqual(2000);
  });

  it("a blob larger than the file limit is a finding, whatever the tree's size says, and is not read past the answer limit", async () => {
    fake.addRepo({ owner: ORG, name: 'image_batch_liar', files: new Map([...compliant(), ['big.Dockerfile', Buffer.from('FROM scratch\n')], ['huge.Dockerfile', Buffer.from('FROM alpine\n')]]) });
    const big = Buffer.alloc(9 * 1024 * 1024, 'A').toString('base64');
    const huge = 'A'.repeat(20 * 1024 * 1024);
    const blobOf = (text: string) => fake.repos.get(`${ORG}/image_batch_liar`)!.files!.get(text)!;
    const { gitBlobSha } = await import('./github-fake.js');
    fake.interceptors.push(({ path }) => {
      if (path.endsWith(`/git/blobs/${gitBlobSha(blobOf('big.Dockerfile'))}`)) return { status: 200, body: { sha: 'x', size: 9 * 1024 * 1024, content: big, encoding: 'base64' } };
      if (path.endsWith(`/git/blobs/${gitBlobSha(blobOf('huge.Dockerfile'))}`)) return { status: 200, body: { sha: 'x', size: 13, content: huge, encoding: 'base64' } };
      return undefined;
    });
    const r = await cli([`github:${ORG}/image_batch_liar`, '--format', 'json']);
    // Not read is not reviewed: a finding on each file, and the run fails (as for a local file over the limit).
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual(['big.Dockerfile', 'huge.Dockerfile'].map((f) => `chaimeleon-lint: github:${ORG}/image_batch_liar: ${f}: is larger than 8 MiB; it was not reviewed`));
    const findings = json(r).findings as { file: string; code: string; message: string }[];
    for (const file of ['big.Dockerfile', 'huge.Dockerfile']) {
      expect(findings.find((f) => f.file === file), file).toMatchObject({ code: 'CHM001', message: expect.stringMatching(/is larger than 8 MiB/) });
    }
    expect((json(r).failures as { message: string }[]).map((f) => f.message).sort()).toEqual(['big.Dockerfile: is larger than 8 MiB; it was not reviewed', 'huge.Dockerfile: is larger than 8 MiB; it was not reviewed']);
  });
});

describe('a file of a repository that was not read', () => {
  it('a link out of the repository is a finding on it and fails the review, in every format, alone in an organization scan', async () => {
    const files = compliant();
    files.set('README.md', Buffer.from('../../../../etc/passwd'));
    fake.addRepo({ owner: ORG, name: 'image_batch_linkout', files, modes: { 'README.md': '120000' } });
    fake.addRepo({ owner: ORG, name: 'image_batch_fine', files: compliant() });
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
      const r = await cli([`github:${ORG}/image_batch_linkout`, '--format', format]);
      expect(r.code, format).toBe(2);
      expectCleanErrors(r.stderr);
      expect(r.stderr).toBe(`chaimeleon-lint: github:${ORG}/image_batch_linkout: README.md: is a link to a place outside the repository, so it was not followed; it was not reviewed\n`);
      expect(r.stdout, format).not.toMatch(/No problems/i);
      if (format === 'json') expect(keys(r)).toContain('README.md:1 CHM001');
      if (format === 'sarif') expect(json(r).runs[0].invocations[0].executionSuccessful).toBe(false);
    }
    // In a scan of several repositories, the other one is reviewed and the failure is named.
    const both = await cli([`github:${ORG}/image_batch_linkout`, `github:${ORG}/image_batch_fine`, '--format', 'json']);
    expect(both.code).toBe(2);
    expect(json(both).failures).toEqual([{ file: `${ORG}/image_batch_linkout`, message: `${ORG}/image_batch_linkout/README.md: is a link to a place outside the repository, so it was not followed; it was not reviewed` }]);
    expect((json(both).repositories as { repository: string; status: string }[]).map((x) => `${x.repository} ${x.status}`).sort()).toEqual([`${ORG}/image_batch_fine reviewed`, `${ORG}/image_batch_linkout reviewed`]);
  });
});

describe('an organization scan that reviews nothing', () => {
  it('no repository matching is nothing to review (exit 2), except in one shard of a split', async () => {
    const r = await cli(['--org', ORG, '--match', 'imgae_*', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chaimeleon-lint: ${ORG}: no repository of the organization matches imgae_*: nothing to review\n`);
    expect(r.stdout).not.toMatch(/No problems found/);
    const shard = await cli(['--org', ORG, '--match', 'imgae_*', '--shard', '1/2']);
    expect(shard.stderr).toBe('');
    expect(shard.code).toBe(0);
  });
});
