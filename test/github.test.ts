// Remote mode against a real HTTP server: the fake GitHub of github-fake.ts on 127.0.0.1, reached
// through --github-api exactly as GitHub Enterprise would be. Nothing here reaches the Internet.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../src/cli.js';
import { inShard, parseGithubSpec, parseShard } from '../src/github/spec.js';
import { FakeGitHub, filesOf, treeOf } from './github-fake.js';
import { fixtureRemote, lintPath, ROOT, tempDir } from './helpers.js';

const TOKEN = 'ghp_FAKE0123456789abcdefSECRETtoken';
const ORG = 'chaimeleon-eu';
const EXAMPLES = join(ROOT, 'examples');
const EXAMPLE_NAMES = readdirSync(EXAMPLES).sort();

interface JsonFinding {
  code: string;
  severity: string;
  file: string;
  message: string;
  range: { startLine: number; startColumn: number };
  related: { file: string }[];
  url?: string;
}
interface JsonReport {
  summary: { files: number; errors: number; warnings: number; infos: number; repositories?: Record<string, number> };
  files: string[];
  findings: JsonFinding[];
  repositories?: { repository: string; status: string; error?: string; private: boolean | null; commit?: string; errors: number; warnings: number; infos: number; topRules: { code: string; count: number }[] }[];
  scan?: { organization: string | null; match: string[]; shard: string | null };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; stderrIsTTY?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? ROOT,
    env: { CHAIMELEON_LINT_GITHUB_BACKOFF_MS: '5', ...options.env },
    isTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  });
  return { code, stdout, stderr };
}

const json = (r: Run) => JSON.parse(r.stdout) as JsonReport;
/** What "identical findings" means: codes, files and positions. */
const keys = (findings: JsonFinding[], strip = '') => findings.map((f) => `${f.file.startsWith(strip) ? f.file.slice(strip.length) : f.file}:${f.range.startLine}:${f.range.startColumn} ${f.code}`).sort();

/** The license GitHub would detect in an example's LICENSE file. */
function detectedLicense(dir: string): string | null {
  const text = existsSync(join(dir, 'LICENSE')) ? readFileSync(join(dir, 'LICENSE'), 'utf8') : '';
  return /MIT License/.test(text) ? 'MIT' : /Apache License, Version 2\.0/.test(text) ? 'Apache-2.0' : null;
}

let fake: FakeGitHub;
const api = () => ['--github-api', fake.apiUrl];

beforeAll(async () => {
  fake = new FakeGitHub();
  await fake.start();
  for (const name of EXAMPLE_NAMES) fake.addRepo({ owner: ORG, name, files: filesOf(join(EXAMPLES, name)), license: detectedLicense(join(EXAMPLES, name)) });
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  fake.interceptors = [];
  fake.token = null;
  fake.rate.remaining = fake.rate.limit;
  fake.resetCounts();
});

describe('the shipped command (bin/ and its one-script bundle, dist/cli.cjs)', () => {
  it('reviews a GitHub repository as the command line in this process does, and never prints the token', async () => {
    fake.token = TOKEN;
    const args = [`github:${ORG}/image_batch_mistakes`, '--format', 'json', ...api()];
    const inProcess = await cli(args, { env: { GITHUB_TOKEN: TOKEN } });
    // Asynchronous: the fake server answers from this process's event loop.
    const shipped = await new Promise<Run>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'bin', 'chaimeleon-lint.js'), ...args], { cwd: ROOT, env: { ...process.env, GITHUB_TOKEN: TOKEN, CHAIMELEON_LINT_GITHUB_BACKOFF_MS: '5' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }),
      );
    });
    expect(shipped.stderr).toBe('');
    expect(shipped.code).toBe(1);
    expect(json(shipped).findings.length).toBeGreaterThan(5);
    expect(shipped.stdout).toBe(inProcess.stdout);
    expect(shipped.stdout).not.toContain(TOKEN);
  });
});

describe('github: paths give the findings of a local checkout', () => {
  it.each(EXAMPLE_NAMES)('examples/%s', async (name) => {
    const local = await cli(['.', '--format', 'json'], { cwd: join(EXAMPLES, name) });
    const remote = await cli([`github:${ORG}/${name}`, '--format', 'json', ...api()]);
    expect(remote.stderr).toBe('');
    expect(keys(json(remote).findings)).toEqual(keys(json(local).findings));
    expect(json(remote).files).toEqual(json(local).files);
    expect(remote.code).toBe(local.code);
    const commit = fake.commitOf(fake.repos.get(`${ORG}/${name}`.toLowerCase())!);
    for (const f of json(remote).findings) {
      if (f.url) expect(f.url).toBe(`${fake.web}/${ORG}/${name}/blob/${commit}/${f.file}#L${f.range.startLine}`);
    }
    if (name === 'image_batch_mistakes') {
      expect(json(remote).findings.length).toBeGreaterThan(5);
      expect(json(remote).findings.every((f) => f.url)).toBe(true);
    }
  });

  it('every folder fixture (its configuration, repository name and privacy included)', async () => {
    const folders: string[] = [];
    for (const code of readdirSync(join(ROOT, 'fixtures')).sort()) {
      for (const entry of readdirSync(join(ROOT, 'fixtures', code)).sort()) {
        const dir = join(ROOT, 'fixtures', code, entry);
        // A `.git-base/` fixture is linted against a git base (--base), which a GitHub review has not.
        if (statSync(dir).isDirectory() && !existsSync(join(dir, '.git-base'))) folders.push(dir);
      }
    }
    expect(folders.length).toBeGreaterThan(10);
    fake.token = TOKEN;
    const mismatches: string[] = [];
    const check = async (dir: string, i: number) => {
      // `.repo-name` (`owner/name` or `name`) is the remote a local checkout would have; on GitHub the owner is always known.
      const fixture = fixtureRemote(dir);
      const knownName = fixture.name;
      const name = knownName && /^[A-Za-z0-9_.-]+$/.test(knownName) ? knownName : `fixture_${i}`;
      const owner = fixture.owner && /^[A-Za-z0-9-]+$/.test(fixture.owner) ? fixture.owner : `fixtures${i}`;
      if (fake.repos.has(`${owner}/${name}`.toLowerCase())) return void mismatches.push(`${dir}: two fixtures stand for ${owner}/${name}`);
      const configFile = ['.chaimeleon-lint.yaml', '.chaimeleon-lint.yml', '.chaimeleon-lint.json'].map((f) => join(dir, f)).find(existsSync);
      let isPrivate = false;
      try {
        isPrivate = configFile ? (parseYaml(readFileSync(configFile, 'utf8')) as { private?: boolean } | null)?.private === true : false;
      } catch {
        // an invalid configuration is a fixture of its own: both runs refuse it
      }
      fake.addRepo({ owner, name, ...treeOf(dir), private: isPrivate });
      const label = dir.slice(ROOT.length + 1);
      const remote = await cli([`github:${owner}/${name}`, '--format', 'json', ...api()], { cwd: dir, env: { GITHUB_TOKEN: TOKEN } });
      // The fixture runner's view of the folder: its configuration, and .repo-name as the name git would give.
      let local: JsonFinding[];
      try {
        local = (await lintPath(dir)) as JsonFinding[];
      } catch (e) {
        if (remote.code !== 2) mismatches.push(`${label}: refused locally (${(e as Error).message}), exit ${remote.code} remotely`);
        return;
      }
      if (remote.stdout === '') return void mismatches.push(`${label}: no report remotely: ${remote.stderr}`);
      // Locally a fixture folder without .repo-name has no repository name; on GitHub it always has one.
      const comparable = (findings: JsonFinding[]) => findings.filter((f) => knownName !== null || f.code !== 'CHM407');
      const [l, r] = [keys(comparable(local.filter((f) => !(f as { suppressed?: unknown }).suppressed))), keys(comparable(json(remote).findings))];
      if (JSON.stringify(l) !== JSON.stringify(r)) mismatches.push(`${label}: remote ${JSON.stringify(r)} local ${JSON.stringify(l)}`);
    };
    for (let i = 0; i < folders.length; i += 8) await Promise.all(folders.slice(i, i + 8).map((dir, j) => check(dir, i + j)));
    expect(mismatches).toEqual([]);
  });

  it('a folder of a repository, a lone Dockerfile, and a branch with slashes in its name', async () => {
    const files = new Map<string, Buffer>();
    for (const name of EXAMPLE_NAMES) for (const [p, c] of filesOf(join(EXAMPLES, name))) files.set(`images/${name}/${p}`, c);
    fake.addRepo({ owner: 'mono', name: 'images', files, refs: ['feature/new-base', 'v1.0'] });

    const localFolder = await cli(['image_batch_mistakes', '--format', 'json'], { cwd: EXAMPLES });
    const folder = await cli(['github:mono/images/images/image_batch_mistakes', '--format', 'json', ...api()]);
    expect(keys(json(folder).findings, 'images/')).toEqual(keys(json(localFolder).findings));
    expect(json(folder).findings[0].file).toMatch(/^images\/image_batch_mistakes\//);

    const localFile = await cli(['image_batch_mistakes/Dockerfile', '--format', 'json'], { cwd: EXAMPLES });
    const file = await cli(['github:mono/images@feature/new-base/images/image_batch_mistakes/Dockerfile', '--format', 'json', ...api()]);
    expect(file.stderr).toBe('');
    expect(keys(json(file).findings, 'images/')).toEqual(keys(json(localFile).findings));
    expect(json(file).files).toEqual(['images/image_batch_mistakes/Dockerfile']);

    const tag = await cli(['github:mono/images@v1.0/images/image_batch_compliant', '--format', 'json', ...api()]);
    expect(tag.code).toBe(0);

    const missing = await cli(['github:mono/images/images/nothing-here', ...api()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/github:mono\/images\/images\/nothing-here: no file or folder images\/nothing-here at main/);
    const badRef = await cli(['github:mono/images@no-such-branch', ...api()]);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toMatch(/no branch, tag or commit named no-such-branch/);
  });

  it('SARIF links every result to the commit and is valid', async () => {
    const require = createRequire(import.meta.url);
    const { id, $schema: _draft04, ...schema } = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormatsPlugin as unknown as (a: Ajv) => Ajv)(ajv);
    const validate = ajv.compile({ ...schema, $id: id as string });
    const r = await cli([`github:${ORG}/image_batch_mistakes`, '--format', 'sarif', ...api()]);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const commit = fake.commitOf(fake.repos.get(`${ORG}/image_batch_mistakes`)!);
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${fake.web}/${ORG}/image_batch_mistakes/blob/${commit}/`);
    for (const result of log.runs[0].results) {
      expect(result.hostedViewerUri).toMatch(new RegExp(`^${fake.web}/${ORG}/image_batch_mistakes/blob/${commit}/[^#]+#L\\d+$`));
      expect(result.partialFingerprints['chaimeleonLintContentHash/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
  });

  it('a repository with symbolic links reads them as the local mode does', async () => {
    const dir = tempDir('chm-gh-links-');
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'docker', 'Dockerfile'), readFileSync(join(EXAMPLES, 'image_batch_mistakes', 'Dockerfile')));
    symlinkSync('docker/Dockerfile', join(dir, 'Dockerfile'));
    symlinkSync('../../../etc/passwd', join(dir, 'outside.Dockerfile'));
    const files = new Map([
      ['docker/Dockerfile', readFileSync(join(dir, 'docker', 'Dockerfile'))],
      ['Dockerfile', Buffer.from('docker/Dockerfile')],
      ['outside.Dockerfile', Buffer.from('../../../etc/passwd')],
    ]);
    fake.addRepo({ owner: 'links', name: 'image_batch_links', files, modes: { Dockerfile: '120000', 'outside.Dockerfile': '120000' } });
    const local = await cli(['.', '--format', 'json'], { cwd: dir });
    const remote = await cli(['github:links/image_batch_links', '--format', 'json', ...api()]);
    expect(keys(json(remote).findings).filter((k) => !k.endsWith('CHM407'))).toEqual(keys(json(local).findings));
    expect(json(remote).findings.find((f) => f.file === 'outside.Dockerfile')?.message).toMatch(/link to a place outside the repository/);
  });
});

describe('GitHub failures', () => {
  const REPO = `github:${ORG}/image_batch_mistakes`;
  const baseline = async () => keys(json(await cli([REPO, '--format', 'json', ...api()])).findings);

  it('a repository that does not exist, or is private without a token: exit 2 and what to do', async () => {
    fake.addRepo({ owner: ORG, name: 'image_batch_secret', private: true, files: filesOf(join(EXAMPLES, 'image_batch_compliant')) });
    fake.token = TOKEN;
    for (const name of ['image_batch_missing', 'image_batch_secret']) {
      const r = await cli([`github:${ORG}/${name}`, ...api()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`chaimeleon-lint: github:${ORG}/${name}: repository not found or private: set GITHUB_TOKEN with access\n`);
    }
    const withToken = await cli([`github:${ORG}/image_batch_secret`, '--format', 'json', ...api()], { env: { GH_TOKEN: TOKEN } });
    expect(withToken.stderr).toBe('');
    expect(withToken.code).toBeLessThan(2);
  });

  it('never shows the token, even when GitHub echoes it', async () => {
    fake.token = TOKEN;
    fake.addRepo({ owner: ORG, name: 'image_batch_echo', private: true, files: filesOf(join(EXAMPLES, 'image_batch_compliant')) });
    fake.interceptors.push(({ path }) => (/\/git\/trees\//.test(path) ? { status: 403, body: { message: `Token ${TOKEN} lacks the contents permission` } } : undefined));
    const r = await cli([`github:${ORG}/image_batch_echo`, '--format', 'json', ...api()], { env: { GITHUB_TOKEN: TOKEN } });
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).not.toContain(TOKEN);
    expect(r.stderr).toMatch(/access forbidden \(Token \*\*\* lacks the contents permission\): give the token read access/);
  });

  it('stops at once when the primary rate limit is exhausted, saying when it resets', async () => {
    fake.rate.remaining = 0;
    const before = fake.log.length;
    const r = await cli([REPO, ...api()]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/GitHub API rate limit exhausted \(5000 requests an hour\); it resets at \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in \d+ min\): set GITHUB_TOKEN/);
    expect(fake.log.length - before).toBe(1);
  });

  it('retries a 502, a slow answer and a secondary rate limit, and gives the same findings', async () => {
    const expected = await baseline();
    const before = fake.log.length;
    fake.interceptors.push(({ path, count }) => (/\/git\/trees\//.test(path) && count === 2 ? { status: 502, body: { message: 'Server Error' } } : undefined));
    fake.interceptors.push(({ path, count }) => (/\/git\/blobs\//.test(path) && count === 2 ? { status: 200, delay: 1500, body: {} } : undefined));
    fake.interceptors.push(({ path, count }) =>
      path === `/repos/${ORG}/image_batch_mistakes` && count === 2
        ? { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
        : undefined,
    );
    const r = await cli([REPO, '--format', 'json', '--github-timeout', '0.5', ...api()]);
    expect(keys(json(r).findings)).toEqual(expected);
    expect(r.stderr).toMatch(/^chaimeleon-lint: GitHub secondary rate limit on GET \/api\/v3\/repos\/chaimeleon-eu\/image_batch_mistakes: waiting 1 s \(retry 1 of 3\)\n$/);
    const requests = fake.log.slice(before);
    expect(requests.filter((l) => l.startsWith(`GET /repos/${ORG}/image_batch_mistakes?`) || l === `GET /repos/${ORG}/image_batch_mistakes`)).toHaveLength(2);
    expect(requests.filter((l) => l.includes('/git/trees/'))).toHaveLength(2);
  });

  it('gives up after the retries when GitHub keeps failing', async () => {
    fake.interceptors.push(({ path }) => (path.includes('/commits/') ? { status: 500, body: { message: 'Internal Server Error' } } : undefined));
    const r = await cli([REPO, ...api()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GitHub failed on GET \/api\/v3\/repos\/chaimeleon-eu\/image_batch_mistakes\/commits\/main \(HTTP 500, 4 attempts\): try again later/);
  });

  it('walks a truncated tree folder by folder', async () => {
    const files = new Map<string, Buffer>();
    for (const [p, c] of filesOf(join(EXAMPLES, 'image_batch_compliant'))) files.set(p, c);
    for (let i = 0; i < 30; i++) files.set(`data/part${i}/notes.txt`, Buffer.from(`part ${i}\n`));
    files.set('node_modules/left-pad/Dockerfile', Buffer.from('FROM scratch\n'));
    fake.addRepo({ owner: ORG, name: 'image_batch_huge', files, truncated: true });
    const dir = tempDir('chm-gh-huge-');
    for (const [p, c] of files) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), c);
    }
    const before = fake.log.length;
    const local = await cli(['.', '--format', 'json'], { cwd: dir });
    const remote = await cli([`github:${ORG}/image_batch_huge`, '--format', 'json', ...api()]);
    expect(keys(json(remote).findings)).toEqual(keys(json(local).findings));
    expect(json(remote).files).toEqual(json(local).files);
    const trees = fake.log.slice(before).filter((l) => l.includes('/git/trees/'));
    expect(trees.some((l) => !l.includes('recursive'))).toBe(true);
    expect(trees.some((l) => l.includes('node_modules'))).toBe(false);
  });

  it('does not fetch a file larger than the limit', async () => {
    const big = Buffer.alloc(9 * 1024 * 1024, '# padding line\n');
    const files = new Map([...filesOf(join(EXAMPLES, 'image_batch_compliant')), ['big.Dockerfile', big] as [string, Buffer]]);
    fake.addRepo({ owner: ORG, name: 'image_batch_big', files });
    const before = fake.log.length;
    const r = await cli([`github:${ORG}/image_batch_big`, '--format', 'json', ...api()]);
    const finding = json(r).findings.find((f) => f.file === 'big.Dockerfile');
    expect(finding?.code).toBe('CHM001');
    expect(finding?.message).toMatch(/is larger than 8 MiB/);
    expect(fake.log.slice(before).filter((l) => l.includes('/git/blobs/')).length).toBeLessThan(files.size - 1);
  });

  it('an empty repository, and a path that is not a GitHub repository', async () => {
    fake.addRepo({ owner: ORG, name: 'image_batch_empty' });
    const empty = await cli([`github:${ORG}/image_batch_empty`, ...api()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(`chaimeleon-lint: github:${ORG}/image_batch_empty: the repository is empty\n`);
    const bad = await cli(['github:just-a-name', ...api()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/github:just-a-name: expected github:OWNER\/REPO/);
  });

  it('refuses options that do not fit the remote modes', async () => {
    const cases: [string[], RegExp][] = [
      [['github:a/b', 'examples/image_batch_mistakes'], /cannot be mixed/],
      [['--org', ORG, 'examples'], /give it no paths/],
      [['--match', 'image_*'], /--match only applies to an organization scan/],
      [['--org', ORG, '--shard', '0/3'], /--shard 0\/3: expected I\/N/],
      [['--org', ORG, '--concurrency', '0'], /--concurrency 0/],
      [['github:a/b', '--base', 'main'], /--base compares a local git checkout/],
      [['github:a/b', '--github-api', 'ftp://x'], /--github-api ftp:\/\/x: expected an http\(s\) URL/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('parses github: paths', () => {
    expect(parseGithubSpec('github:o/r')).toEqual({ owner: 'o', repo: 'r', refAndPath: null, path: '' });
    expect(parseGithubSpec('github:o/r.git@feature/x/sub/Dockerfile')).toEqual({ owner: 'o', repo: 'r', refAndPath: 'feature/x/sub/Dockerfile', path: '' });
    expect(parseGithubSpec('github:o/r/sub/dir/')).toEqual({ owner: 'o', repo: 'r', refAndPath: null, path: 'sub/dir' });
    expect(parseGithubSpec('github:o')).toBeNull();
    expect(parseGithubSpec('github:o/r@')).toBeNull();
    expect(parseGithubSpec('github:o/../r')).toBeNull();
  });
});

describe('organization scan', () => {
  const SPECIAL = ['image_batch_gone', 'image_batch_flaky', 'image_batch_void', 'image_batch_nodocker'];
  /** 56 ordinary repositories (each a copy of an example), 4 that fail or are skipped, 2 that do not match. */
  const names: string[] = [];
  const sourceOf = new Map<string, string>();
  let full: JsonReport;
  let fullRun: Run;

  const failures = () => {
    fake.token = TOKEN;
    fake.interceptors.push(({ path }) => (path.startsWith(`/repos/${ORG}/image_batch_gone/git/trees/`) ? { status: 404, body: { message: 'Not Found' } } : undefined));
    fake.interceptors.push(({ path }) => (path.startsWith(`/repos/${ORG}/image_batch_flaky/`) ? { status: 500, body: { message: 'Internal Server Error' } } : undefined));
  };
  const scan = (extra: string[], env: Record<string, string> = { GITHUB_TOKEN: TOKEN }, stderrIsTTY = false) =>
    cli(['--org', ORG, ...(extra.includes('--match') ? [] : ['--match', 'image_*']), ...api(), ...extra], { env, stderrIsTTY });

  beforeAll(async () => {
    for (let i = 1; i <= 56; i++) {
      const source = EXAMPLE_NAMES[i % EXAMPLE_NAMES.length];
      const name = `image_${source.startsWith('image_interactive') ? 'interactive' : 'batch'}_${String(i).padStart(2, '0')}`;
      names.push(name);
      sourceOf.set(name, source);
      fake.addRepo({ owner: ORG, name, private: i % 3 === 0, files: filesOf(join(EXAMPLES, source)), license: detectedLicense(join(EXAMPLES, source)) });
    }
    for (const name of ['image_batch_gone', 'image_batch_flaky']) fake.addRepo({ owner: ORG, name, files: filesOf(join(EXAMPLES, 'image_batch_compliant')) });
    fake.addRepo({ owner: ORG, name: 'image_batch_void' });
    fake.addRepo({ owner: ORG, name: 'image_batch_nodocker', private: true, files: new Map([['README.md', Buffer.from('# Notes\n')]]) });
    fake.addRepo({ owner: ORG, name: 'website', files: new Map([['index.html', Buffer.from('<html></html>')]]) });
    fake.addRepo({ owner: ORG, name: 'docs', files: new Map([['README.md', Buffer.from('# Docs\n')]]) });
    fake.addOrg(ORG, [...names, ...SPECIAL, 'website', 'docs'].sort(() => 0.5 - Math.random()));
  });

  beforeEach(() => {
    failures();
    fake.maxInFlight = 0;
  });

  it('reviews 60 repositories, four at a time, and reports the ones that fail without stopping', async () => {
    const before = fake.log.length;
    fake.latency = 5;
    fullRun = await scan(['--format', 'json']);
    fake.latency = 0;
    full = json(fullRun);
    expect(fullRun.code).toBe(2);
    expect(fake.log.slice(before).filter((l) => l.startsWith(`GET /orgs/${ORG}/repos`)).length).toBe(3);
    expect(fake.maxInFlight).toBeLessThanOrEqual(4);
    expect(fake.maxInFlight).toBeGreaterThan(1);
    const repos = full.repositories!;
    expect(repos.map((r) => r.repository)).toEqual([...names, ...SPECIAL].map((n) => `${ORG}/${n}`).sort());
    const status = (n: string) => repos.find((r) => r.repository === `${ORG}/${n}`)!;
    expect(status('image_batch_gone')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^repository not found, or the token cannot see it/) });
    expect(status('image_batch_flaky')).toMatchObject({ status: 'failed', error: expect.stringMatching(/HTTP 500, 4 attempts/) });
    expect(status('image_batch_void')).toMatchObject({ status: 'empty', error: 'the repository is empty' });
    expect(status('image_batch_nodocker')).toMatchObject({ status: 'no-dockerfile', private: true });
    expect(status(names[2]).private).toBe(true);
    expect(status(names[3]).private).toBe(false);
    expect(full.summary.repositories).toEqual({ total: 60, reviewed: 56, noDockerfile: 1, empty: 1, failed: 2 });
    expect(full.scan).toEqual({ organization: ORG, match: ['image_*'], shard: null });
    expect(fullRun.stderr.trim().split('\n').sort()).toEqual([
      expect.stringMatching(/^chaimeleon-lint: chaimeleon-eu\/image_batch_flaky: GitHub failed/),
      expect.stringMatching(/^chaimeleon-lint: chaimeleon-eu\/image_batch_gone: repository not found/),
    ]);

    // Each repository has the findings of the example it copies, under its own name.
    const local = new Map<string, JsonReport>();
    for (const source of EXAMPLE_NAMES) local.set(source, json(await cli(['.', '--format', 'json'], { cwd: join(EXAMPLES, source) })));
    for (const name of names) {
      const prefix = `${ORG}/${name}/`;
      const mine = full.findings.filter((f) => f.file.startsWith(prefix));
      const expected = local.get(sourceOf.get(name)!)!.findings;
      const outcome = status(name);
      // Privacy comes from GitHub: a private copy of a public example needs the authorization label (CHM301).
      const same = (k: string) => !k.endsWith('CHM407') && !(outcome.private && k.endsWith('CHM301'));
      expect(keys(mine, prefix).filter(same), name).toEqual(keys(expected).filter(same));
      if (outcome.private && sourceOf.get(name) === 'image_batch_compliant') expect(mine.map((f) => f.code), name).toContain('CHM301');
      expect(outcome.errors).toBe(mine.filter((f) => f.severity === 'error').length);
      expect(outcome.warnings).toBe(mine.filter((f) => f.severity === 'warning').length);
      for (const f of mine) expect(f.url).toMatch(new RegExp(`^${fake.web}/${ORG}/${name}/blob/${outcome.commit}/`));
    }
    expect(full.summary.errors).toBe(full.findings.filter((f) => f.severity === 'error').length);
  });

  it('prints a summary table in the terminal report and in Markdown', async () => {
    const r = await scan(['--match', 'image_batch_void', '--match', 'image_batch_gone', '--match', 'image_batch_01', '--match', 'image_batch_02']);
    expect(r.code).toBe(2);
    const table = r.stdout.slice(r.stdout.indexOf('Repository'));
    const lines = table.trim().split('\n');
    expect(lines[0]).toMatch(/^Repository\s+Status\s+Errors\s+Warnings\s+Top rules$/);
    expect(lines[1]).toMatch(/^chaimeleon-eu\/image_batch_01\s+reviewed\s+\d+\s+\d+\s+CHM\d+ ×\d+/);
    expect(lines).toContainEqual(expect.stringMatching(/^chaimeleon-eu\/image_batch_gone\s+failed\s+-\s+-\s+repository not found, or the token cannot see it/));
    expect(lines).toContainEqual(expect.stringMatching(/^chaimeleon-eu\/image_batch_void\s+empty\s+-\s+-\s+the repository is empty$/));
    expect(lines.at(-1)).toBe('4 repositories (organization chaimeleon-eu, matching image_batch_void, image_batch_gone, image_batch_01, image_batch_02): 2 reviewed, 1 empty, 1 failed.');
    const md = await scan(['--match', 'image_batch_0?', '--format', 'markdown']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('### Repositories');
    expect(md.stdout).toMatch(new RegExp(`\\| \\[chaimeleon-eu/image_batch_01\\]\\(${fake.web}/chaimeleon-eu/image_batch_01\\) \\| reviewed \\| \\d+ \\| \\d+ \\| CHM`));
    expect(md.stdout).toMatch(/\[`chaimeleon-eu\/image_batch_01\/Dockerfile:\d+`\]\(https:\/\/ghe\.example\.test\/chaimeleon-eu\/image_batch_01\/blob\/[0-9a-f]{40}\/Dockerfile#L\d+\)/);
  });

  it('lists only public repositories without a token', async () => {
    fake.token = TOKEN;
    const r = await scan(['--format', 'json', '--match', 'image_batch_0*'], {});
    const repos = json(r).repositories!;
    expect(repos.length).toBeGreaterThan(0);
    expect(repos.every((x) => x.private === false)).toBe(true);
  });

  it('splits the repositories into shards that merge back into the whole report', async () => {
    expect(full, 'runs after the full scan').toBeDefined();
    const dir = tempDir('chm-gh-shards-');
    const shardFiles: string[] = [];
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const file = join(dir, `shard-${i}.json`);
      const r = await scan(['--format', 'json', '--shard', `${i}/3`, '--output', file]);
      expect(r.stdout).toBe('');
      const part = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
      expect(part.scan?.shard).toBe(`${i}/3`);
      expect(part.repositories!.length).toBeGreaterThan(5);
      seen.push(...part.repositories!.map((x) => x.repository));
      shardFiles.push(file);
    }
    expect(seen.sort()).toEqual(full.repositories!.map((x) => x.repository).sort());

    const merged = await cli(['merge', ...shardFiles]);
    expect(merged.code).toBe(2);
    const m = json(merged);
    expect(m.repositories).toEqual(full.repositories);
    expect(m.findings).toEqual(full.findings);
    expect(m.summary).toEqual(full.summary);
    expect(m.scan).toEqual({ organization: ORG, match: ['image_*'], shard: null });

    const partial = await cli(['merge', shardFiles[0], shardFiles[2]]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/shard 2\/3 missing/);
    const twice = await cli(['merge', shardFiles[0], shardFiles[0]]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is in both/);
    const asMarkdown = await cli(['merge', ...shardFiles, '--format', 'markdown']);
    expect(asMarkdown.stdout).toContain('60 repositories (organization chaimeleon-eu, matching image_*): 56 reviewed, 1 without a Dockerfile, 1 empty, 2 failed.');
  });

  it('merges SARIF shards into one run that keeps every result and fingerprint', async () => {
    const dir = tempDir('chm-gh-sarif-');
    const whole = JSON.parse((await scan(['--format', 'sarif'])).stdout);
    const files: string[] = [];
    for (let i = 1; i <= 2; i++) {
      files.push(join(dir, `shard-${i}.sarif`));
      await scan(['--format', 'sarif', '--shard', `${i}/2`, '--output', files[i - 1]]);
    }
    const merged = await cli(['merge', ...files]);
    const log = JSON.parse(merged.stdout);
    expect(log.runs).toHaveLength(1);
    const print = (run: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; partialFingerprints: Record<string, string> }[] }) =>
      run.results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId} ${r.partialFingerprints['chaimeleonLintContentHash/v1']}`).sort();
    expect(print(log.runs[0])).toEqual(print(whole.runs[0]));
    for (const r of log.runs[0].results) {
      expect(r.locations[0].physicalLocation.artifactLocation).toMatchObject({ uriBaseId: '%SRCROOT%', uri: expect.stringMatching(/^chaimeleon-eu\/image_\w+\//) });
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    expect(log.runs[0].properties.repositories).toEqual(whole.runs[0].properties.repositories);
    expect(log.runs[0].versionControlProvenance.length).toBe(57);

    // As the workflow does: SARIF to a file, the Markdown summary beside it, and JSON from the same shards.
    const summary = join(dir, 'summary.md');
    const written = await cli(['merge', ...files, '--output', join(dir, 'org.sarif'), '--summary', summary, '--fail-level', 'none']);
    expect(written.code).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'org.sarif'), 'utf8')).runs[0].results).toHaveLength(log.runs[0].results.length);
    expect(readFileSync(summary, 'utf8')).toContain('60 repositories (organization chaimeleon-eu, matching image_*): 56 reviewed, 1 without a Dockerfile, 1 empty, 2 failed.');
    const asJson = json(await cli(['merge', ...files, '--format', 'json']));
    expect(asJson.repositories).toEqual(full.repositories);
    expect(keys(asJson.findings)).toEqual(keys(full.findings));
  });

  it('stops when the rate limit runs out and reports the rest as not reviewed', async () => {
    fake.rate.remaining = 40;
    const r = await scan(['--format', 'json']);
    expect(r.code).toBe(2);
    const stops = r.stderr.split('\n').filter((l) => /rate limit exhausted/.test(l));
    expect(stops).toHaveLength(1);
    const repos = json(r).repositories!;
    const notReviewed = repos.filter((x) => x.error?.startsWith('not reviewed: GitHub API rate limit exhausted'));
    expect(notReviewed.length).toBeGreaterThan(40);
    expect(repos.filter((x) => x.status === 'reviewed').length).toBeGreaterThan(0);
    expect(fake.log.slice(-10).filter((l) => l.includes('/git/')).length).toBeLessThanOrEqual(10);
  });

  it('shows a progress bar on a terminal, not in CI', async () => {
    const three = ['--match', 'image_batch_01', '--match', 'image_batch_02', '--match', 'image_batch_05', '--format', 'json'];
    const tty = await scan(three, { GITHUB_TOKEN: TOKEN }, true);
    expect(tty.stderr).toMatch(/^\r\u001b\[K\[#{10}-{20}\] 1\/3 chaimeleon-eu\/image_batch_0\d[^]*\r\u001b\[K\[#{30}\] 3\/3 chaimeleon-eu\/image_batch_0\d\r\u001b\[K$/);
    const ci = await scan(three, { GITHUB_TOKEN: TOKEN, CI: 'true' }, true);
    expect(ci.stderr).toBe('');
  });

  it('an organization that does not exist', async () => {
    const r = await cli(['--org', 'nobody-here', ...api()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaimeleon-lint: nobody-here: organization not found or private: set GITHUB_TOKEN with access\n');
  });

  it('shards are stable and cover every name once', () => {
    const shards = [1, 2, 3, 4].map((i) => parseShard(`${i}/4`));
    for (const name of ['a/b', 'chaimeleon-eu/image_batch_x', 'X/Y']) {
      expect(shards.filter((s) => inShard(name, s))).toHaveLength(1);
      expect(inShard(name, shards[0])).toBe(inShard(name.toUpperCase(), shards[0]));
    }
  });
});
