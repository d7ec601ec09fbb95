// `--cache`: a lint result kept per linted path and reused when nothing it depends on changed.
//
// What a result depends on, and so what its entry is checked against before it is reused:
// - the linter's version, the resolved configuration (profile, severities, ignores, privacy) and
//   what is known of the repository (name, owner);
// - the repository's file listing (rules look at which files exist: README, LICENSE, the context);
// - the content of every file the run read, whoever read it: the Dockerfiles, and the README,
//   scripts, build files and .dockerignore the repository rules read (recorded by RecordingVfs,
//   so a rule that starts reading a new file is covered without being declared anywhere).
// An unchanged repository costs its listing and one read and hash of each of those files.
//
// The cache is a file the user's machine wrote, never one a repository brings: it is signed with a
// key kept in the user's cache folder (not in any repository), and an entry whose signature,
// format or version does not match is ignored and rewritten. A corrupt file is ignored. It is
// written atomically (a temporary file renamed over it): a crash never leaves half a cache.
import { promises as fsp, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeAtomically } from './atomic-write.js';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ResolvedConfig } from './config.js';
import type { LintResult } from './lint.js';
import type { DiscoveredProject } from './project/discover.js';
import type { RepositoryInfo } from './project/facts.js';
import { VfsError, type Vfs } from './vfs.js';

// node:crypto (some 30 modules of Node's own) loads when the cache is used, not when --help names its file.
const require = createRequire(import.meta.url);
const crypto = (): typeof import('node:crypto') => require('node:crypto') as typeof import('node:crypto');

/** Where the cache goes without --cache-location: a folder the linter never lists (node_modules), so it never appears in a review. */
export const DEFAULT_CACHE_FILE = join('node_modules', '.cache', 'chaimeleon-lint', 'lint-cache.json');
const FORMAT = 2;

/** The cache file for --cache-location (a file, or a folder: given with a trailing slash or existing as one), ESLint's way. */
export function cacheFilePath(location: string | undefined, cwd: string, isFolder: boolean): string {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  return isFolder || /[/\\]$/.test(location) ? join(path, '.chaimeleon-lint-cache') : path;
}

const digest = (text: string): string => crypto().createHash('sha256').update(text).digest('base64url');

/** What one path's lint read: a file's content digest, or why it could not be read. */
type ReadRecord = [path: string, outcome: string];

interface Entry {
  /** Digest of version, configuration, repository facts and listing. */
  key: string;
  reads: ReadRecord[];
  result: LintResult;
}

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, Entry>;
}

/** The outcome of reading a file, as recorded: the digest of its text, or the kind and message of the failure. */
async function readOutcome(vfs: Vfs, path: string): Promise<string> {
  try {
    return `=${digest(await vfs.readText(path))}`;
  } catch (e) {
    return e instanceof VfsError ? `!${e.kind}:${e.message}` : `!${String(e)}`;
  }
}

/** A Vfs that remembers what was read through it, for the cache entry. */
export class RecordingVfs implements Vfs {
  private readonly reads = new Map<string, Promise<string>>();
  constructor(private readonly inner: Vfs) {}
  get label(): string {
    return this.inner.label;
  }
  get files(): ReadonlySet<string> {
    return this.inner.files;
  }
  get truncated(): string | undefined {
    return this.inner.truncated;
  }
  linkFor(path: string, line: number): string | undefined {
    return this.inner.linkFor?.(path, line);
  }
  readText(path: string): Promise<string> {
    const text = this.inner.readText(path);
    if (!this.reads.has(path)) this.reads.set(path, text.then((t) => `=${digest(t)}`, (e: unknown) => (e instanceof VfsError ? `!${e.kind}:${e.message}` : `!${String(e)}`)));
    return text;
  }
  async recorded(): Promise<ReadRecord[]> {
    const records: ReadRecord[] = [];
    for (const [path, outcome] of this.reads) records.push([path, await outcome]);
    return records.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

/** Everything besides file contents that decides a result. */
export interface CacheInputs {
  /** Identifies what was linted: the absolute root, the scope and the targets. */
  id: string;
  config: ResolvedConfig;
  repository: RepositoryInfo;
  vfs: Vfs;
}

/** What identifies a project's result in the cache: where it is, what in it is linted, and the rest of CacheInputs. */
export function cacheInputs(project: DiscoveredProject, config: ResolvedConfig, repository: RepositoryInfo): CacheInputs {
  return { id: JSON.stringify([project.root, project.scope, project.isRepository, project.targets]), config, repository, vfs: project.vfs };
}

export class LintCache {
  private entries: Record<string, Entry> = {};
  private changed = false;
  /** Why the cache file was not used as it was (corrupt, another version, not ours), for tests and --debug. */
  discarded: string | null = null;

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly key: Buffer,
  ) {}

  /**
   * Opens the cache file (missing, corrupt, foreign or of another version: starts empty).
   * `keyFolder` holds the signing key; it is created there (mode 600) on first use.
   */
  static async open(file: string, version: string, keyFolder: string): Promise<LintCache> {
    const cache = new LintCache(file, version, await signingKey(keyFolder));
    let text: string;
    try {
      // Only a regular file is opened (a FIFO named as the cache would block the run); read at once, decoded once.
      if (!statSync(file).isFile()) return cache;
      text = readFileSync(file, 'utf8');
    } catch {
      return cache;
    }
    const newline = text.indexOf('\n');
    const signature = text.slice(0, newline);
    const body = text.slice(newline + 1);
    if (newline < 0 || !cache.signatureMatches(signature, body)) {
      cache.discarded = 'not signed by this machine';
      cache.changed = true;
      return cache;
    }
    try {
      const parsed = JSON.parse(body) as CacheFile;
      if (parsed?.format !== FORMAT || parsed.version !== version || typeof parsed.entries !== 'object' || parsed.entries === null) {
        cache.discarded = parsed?.version !== version ? `written by version ${String(parsed?.version)}` : 'another format';
        cache.changed = true;
        return cache;
      }
      cache.entries = parsed.entries;
    } catch {
      cache.discarded = 'corrupt';
      cache.changed = true;
    }
    return cache;
  }

  private sign(body: string): string {
    return crypto().createHmac('sha256', this.key).update(body).digest('base64url');
  }

  private signatureMatches(signature: string, body: string): boolean {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto().timingSafeEqual(given, expected);
  }

  /** The digest of what every project of a run shares (version, configuration): one per configuration, not one per path. */
  private readonly configDigests = new WeakMap<ResolvedConfig, string>();

  private keyOf(inputs: CacheInputs): string {
    const { config } = inputs;
    let configDigest = this.configDigests.get(config);
    if (configDigest === undefined) {
      configDigest = digest(
        JSON.stringify({
          version: this.version,
          profile: config.profile,
          otherProfiles: config.otherProfiles,
          severities: [...config.severities].sort(),
          ignore: config.ignoreGlobs,
          private: config.private,
        }),
      );
      this.configDigests.set(config, configDigest);
    }
    return digest(
      JSON.stringify({
        config: configDigest,
        repository: inputs.repository,
        listing: digest([...inputs.vfs.files].join('\n')),
        truncated: inputs.vfs.truncated ?? null,
      }),
    );
  }

  /** The result kept for these inputs when every file it read still reads the same; else null. */
  async lookup(inputs: CacheInputs): Promise<LintResult | null> {
    const entry = this.entries[inputs.id];
    if (!entry || entry.key !== this.keyOf(inputs) || !Array.isArray(entry.reads) || typeof entry.result !== 'object') return null;
    for (const [path, outcome] of entry.reads) {
      if ((await readOutcome(inputs.vfs, path)) !== outcome) return null;
    }
    return entry.result;
  }

  /** Lints through the cache: the kept result when valid, else `run` on a recording view of the files, kept for next time. */
  async lint(inputs: CacheInputs, run: (vfs: Vfs) => Promise<LintResult>): Promise<LintResult> {
    const kept = await this.lookup(inputs);
    if (kept) return kept;
    const recording = new RecordingVfs(inputs.vfs);
    const result = await run(recording);
    this.store(inputs, await recording.recorded(), result);
    return result;
  }

  /** Keeps a result with what its run read. A run that crashed or stopped at a limit is reported, never kept: the next run tries again. */
  store(inputs: CacheInputs, reads: ReadRecord[], result: LintResult): void {
    if (result.internalErrors.length === 0) this.entries[inputs.id] = { key: this.keyOf(inputs), reads, result };
    else if (this.entries[inputs.id]) delete this.entries[inputs.id];
    else return;
    this.changed = true;
  }

  /** Writes the cache when it changed: a temporary file in the same folder, renamed over the old one. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const body = JSON.stringify({ format: FORMAT, version: this.version, entries: this.entries } satisfies CacheFile);
    await writeCreatingFolder(this.file, `${this.sign(body)}\n${body}`, 0o600);
    this.changed = false;
  }
}

/** The key that signs this user's caches, kept outside any repository ($XDG_CACHE_HOME or ~/.cache). */
export function keyFolderFor(env: Record<string, string | undefined>): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'chaimeleon-lint');
}

async function signingKey(folder: string): Promise<Buffer> {
  const file = join(folder, 'cache-key');
  try {
    const key = await fsp.readFile(file);
    if (key.length >= 32) return key;
  } catch {
    // created below
  }
  const key = crypto().randomBytes(32);
  await writeCreatingFolder(file, key, 0o600);
  return key;
}

async function writeCreatingFolder(path: string, data: string | Uint8Array, mode: number): Promise<void> {
  await fsp.mkdir(dirname(path), { recursive: true });
  await writeAtomically(path, data, mode);
}
