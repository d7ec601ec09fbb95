// A small fake of the GitHub REST API for the remote-mode tests: node:http on 127.0.0.1, serving
// responses in the shape GitHub gives (repository metadata, commit ids, recursive and truncated
// trees, base64 blobs, organization listings with Link pagination, rate-limit headers), plus hooks
// to inject failures. Repositories are folders on disk or files in memory.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FakeRepo {
  owner: string;
  name: string;
  private?: boolean;
  /** SPDX id GitHub detected; null for none. */
  license?: string | null;
  defaultBranch?: string;
  /** Other branch or tag names that point at the same commit. */
  refs?: string[];
  /** Path → content; empty or missing for an empty repository. */
  files?: Map<string, Buffer>;
  /** The recursive tree of the root is answered truncated, as GitHub does for huge repositories. */
  truncated?: boolean;
  /** File modes other than 100644 (120000 for a symbolic link). */
  modes?: Record<string, string>;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Milliseconds to wait before answering. */
  delay?: number;
  /** Send the headers and half of the body, then nothing more (a connection that stalls mid-answer). */
  partial?: boolean;
}

/** Returns a response to send instead of the normal one, or undefined to let it through. */
export type Interceptor = (req: { method: string; path: string; url: URL; auth: string | undefined; count: number }) => FakeResponse | undefined;

interface TreeObject {
  entries: { path: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }[];
}

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('hex');

export function gitBlobSha(content: Buffer): string {
  return sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
}

/** Every file under a folder (dotfiles included, .git excluded), by forward-slash path; symbolic links as GitHub stores them. */
export function treeOf(dir: string): { files: Map<string, Buffer>; modes: Record<string, string> } {
  const files = new Map<string, Buffer>();
  const modes: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(path);
      } else if (e.isSymbolicLink()) {
        files.set(path, Buffer.from(readlinkSync(join(dir, path))));
        modes[path] = '120000';
      } else if (e.isFile()) files.set(path, readFileSync(join(dir, path)));
    }
  };
  walk('');
  return { files, modes };
}

export function filesOf(dir: string): Map<string, Buffer> {
  return treeOf(dir).files;
}

export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly orgs = new Map<string, string[]>();
  /** Every request as `METHOD /path?query`, in order. */
  readonly log: string[] = [];
  interceptors: Interceptor[] = [];
  /** The token private repositories need (sent as `token X` or `Bearer X`). */
  token: string | null = null;
  /** Largest page an organization listing answers, whatever per_page asks. */
  pageSize = 25;
  /** Web address repositories' html_url start with (GitHub Enterprise in the tests). */
  web = 'https://ghe.example.test';
  rate = { limit: 5000, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 };
  /** Milliseconds every answer takes, so that concurrent requests overlap. */
  latency = 0;
  inFlight = 0;
  maxInFlight = 0;

  private server: Server | null = null;
  private readonly blobs = new Map<string, Buffer>();
  private readonly trees = new Map<string, TreeObject>();
  private readonly counts = new Map<string, number>();
  private port = 0;

  /** The REST API root to give --github-api (shaped like GitHub Enterprise's). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/v3`;
  }

  addRepo(repo: FakeRepo): void {
    this.repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
  }

  addOrg(org: string, names: string[]): void {
    this.orgs.set(org.toLowerCase(), names);
  }

  /** Counts requests from now on (interceptors see `count`). */
  resetCounts(): void {
    this.counts.clear();
  }

  /** Requests whose path (without query) matches. */
  requests(pattern: RegExp): string[] {
    return this.log.filter((l) => pattern.test(l.replace(/\?.*$/, '')));
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      res.on('close', () => this.inFlight--);
      this.handle(req, res).catch((e) => this.send(res, { status: 599, body: { message: String(e) } }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  commitOf(repo: FakeRepo): string {
    return sha1(`commit ${repo.owner}/${repo.name}`);
  }

  private rootTreeOf(repo: FakeRepo): string {
    return this.treeSha(repo, '');
  }

  private treeSha(repo: FakeRepo, folder: string): string {
    const sha = sha1(`tree ${repo.owner}/${repo.name}:${folder}`);
    if (!this.trees.has(sha)) {
      const entries: TreeObject['entries'] = [];
      const folders = new Set<string>();
      const prefix = folder ? `${folder}/` : '';
      for (const [path, content] of repo.files ?? []) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash >= 0) folders.add(rest.slice(0, slash));
        else {
          const blob = gitBlobSha(content);
          this.blobs.set(blob, content);
          entries.push({ path: rest, mode: repo.modes?.[path] ?? '100644', type: 'blob', sha: blob, size: content.length });
        }
      }
      this.trees.set(sha, { entries });
      for (const sub of [...folders].sort()) entries.push({ path: sub, mode: '040000', type: 'tree', sha: this.treeSha(repo, prefix + sub) });
      entries.sort((a, b) => (a.path < b.path ? -1 : 1));
    }
    return sha;
  }

  /** Every entry under a tree, paths relative to it (GitHub's recursive listing). */
  private flatten(sha: string, prefix = ''): TreeObject['entries'] {
    const out: TreeObject['entries'] = [];
    for (const e of this.trees.get(sha)?.entries ?? []) {
      out.push({ ...e, path: prefix + e.path });
      if (e.type === 'tree') out.push(...this.flatten(e.sha, `${prefix}${e.path}/`));
    }
    return out;
  }

  private repoJson(repo: FakeRepo) {
    const full = `${repo.owner}/${repo.name}`;
    const license = repo.license ?? null;
    return {
      id: parseInt(sha1(full).slice(0, 8), 16),
      node_id: 'R_fake',
      name: repo.name,
      full_name: full,
      owner: { login: repo.owner, type: 'Organization' },
      private: !!repo.private,
      html_url: `${this.web}/${full}`,
      url: `${this.apiUrl}/repos/${full}`,
      fork: false,
      archived: false,
      size: repo.files?.size ? 12 : 0,
      default_branch: repo.defaultBranch ?? 'main',
      visibility: repo.private ? 'private' : 'public',
      license: license ? { key: license.toLowerCase(), name: license, spdx_id: license, url: null, node_id: 'L_fake' } : null,
    };
  }

  private send(res: ServerResponse, r: FakeResponse): void {
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(this.rate.limit),
      'x-ratelimit-remaining': String(this.rate.remaining),
      'x-ratelimit-reset': String(this.rate.reset),
      'x-ratelimit-resource': 'core',
      'x-github-media-type': 'github.v3; format=json',
      ...(r.headers ?? {}),
    };
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? {});
    if (!headers['content-type']) headers['content-type'] = typeof r.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    if (r.partial) {
      res.writeHead(r.status, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      return;
    }
    res.writeHead(r.status, headers);
    res.end(text);
  }

  private visible(repo: FakeRepo | undefined, auth: string | undefined): repo is FakeRepo {
    if (!repo) return false;
    if (!repo.private) return true;
    return !!this.token && (auth === `token ${this.token}` || auth === `Bearer ${this.token}` || auth === `bearer ${this.token}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = url.pathname.replace(/^\/api\/v3/, '');
    const method = req.method ?? 'GET';
    this.log.push(`${method} ${path}${url.search}`);
    const count = (this.counts.get(path) ?? 0) + 1;
    this.counts.set(path, count);
    const auth = req.headers.authorization;
    if (this.latency) await new Promise((resolve) => setTimeout(resolve, this.latency));
    for (const intercept of this.interceptors) {
      const r = intercept({ method, path, url, auth, count });
      if (r) {
        if (r.delay) await new Promise((resolve) => setTimeout(resolve, r.delay));
        if (!res.destroyed) this.send(res, r);
        return;
      }
    }
    if (this.rate.remaining <= 0) {
      return this.send(res, { status: 403, body: { message: 'API rate limit exceeded for 127.0.0.1. (But here\'s the good news: Authenticated requests get a higher rate limit.)', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' } });
    }
    this.rate.remaining--;
    const notFound = () => this.send(res, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } });

    let m = /^\/orgs\/([^/]+)\/repos$/.exec(path);
    if (m) {
      const names = this.orgs.get(m[1].toLowerCase());
      if (!names) return notFound();
      const visible = names.map((n) => this.repos.get(`${m![1]}/${n}`.toLowerCase())).filter((r) => this.visible(r, auth)) as FakeRepo[];
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSize);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(visible.length / perPage));
      const link = (p: number) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return `<${u.href}>`;
      };
      const links = [...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []), ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : [])];
      return this.send(res, { status: 200, headers: links.length ? { link: links.join(', ') } : {}, body: visible.slice((page - 1) * perPage, page * perPage).map((r) => this.repoJson(r)) });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return notFound();
    const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
    if (!this.visible(repo, auth)) return notFound();
    const rest = m[3] ?? '';
    if (rest === '') return this.send(res, { status: 200, body: this.repoJson(repo) });
    const empty = !repo.files || repo.files.size === 0;
    const commit = this.commitOf(repo);

    m = /^\/commits\/(.+)$/.exec(rest);
    if (m) {
      if (empty) return this.send(res, { status: 409, body: { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '409' } });
      const ref = decodeURIComponent(m[1]);
      const known = [repo.defaultBranch ?? 'main', ...(repo.refs ?? []), commit];
      if (!known.includes(ref)) return this.send(res, { status: 422, body: { message: `No commit found for SHA: ${ref}`, documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '422' } });
      if (req.headers.accept === 'application/vnd.github.sha') return this.send(res, { status: 200, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' }, body: commit });
      return this.send(res, { status: 200, body: { sha: commit, commit: { tree: { sha: this.rootTreeOf(repo) } }, files: [] } });
    }
    m = /^\/git\/trees\/([0-9a-f]{40})$/.exec(rest);
    if (m) {
      if (empty) return notFound();
      const sha = m[1] === commit ? this.rootTreeOf(repo) : m[1];
      this.rootTreeOf(repo);
      const tree = this.trees.get(sha);
      if (!tree) return notFound();
      const recursive = url.searchParams.has('recursive');
      let entries = recursive ? this.flatten(sha) : tree.entries;
      const truncated = recursive && !!repo.truncated && sha === this.rootTreeOf(repo);
      if (truncated) entries = entries.slice(0, 2);
      const withUrls = entries.map((e) => ({ ...e, url: `${this.apiUrl}/repos/${repo.owner}/${repo.name}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}` }));
      return this.send(res, { status: 200, body: { sha, url: `${this.apiUrl}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`, tree: withUrls, truncated } });
    }
    m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest);
    if (m) {
      const content = this.blobs.get(m[1]);
      if (!content) return notFound();
      const base64 = content.toString('base64').replace(/.{60}/g, '$&\n');
      return this.send(res, { status: 200, body: { sha: m[1], node_id: 'B_fake', size: content.length, url: `${this.apiUrl}${path}`, content: base64, encoding: 'base64' } });
    }
    return notFound();
  }
}
