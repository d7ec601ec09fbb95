// The build context of a Dockerfile (its folder's files after `.dockerignore`) and where COPY/ADD
// put them in the image: "which repository file is at /home/chaimeleon/.init/run.sh, and which
// COPY put it there?"
import type { CopyFact, DockerfileFacts } from '../dockerfile/facts.js';
import type { DockerWord } from '../dockerfile/model.js';
import { MAX_FILES } from '../vfs-core.js';
import type { ProjectFacts } from '../project/facts.js';
import { cleanPath, DockerIgnore, hasWildcard, segmentMatcher, type IgnorePattern } from './dockerignore.js';

/** Folders the local file listing skips (LocalVfs): a source inside them is unknown, not missing. */
const UNLISTED_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache']);

const URL_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
const ARCHIVE = /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;

export interface Placement {
  /** Absolute path in the image. */
  imagePath: string;
  /** Repository-relative path of the context file. */
  file: string;
  copy: CopyFact;
  /** The source word of the COPY that names the file (or its folder, or a glob). */
  source: DockerWord;
}

export interface ContextEntry {
  /** Context-relative path ('' for the context root). */
  path: string;
  isDir: boolean;
}

export interface SourceMatch {
  /** What the source names in the context, after `.dockerignore`. */
  entries: ContextEntry[];
  /** What it would name but `.dockerignore` excludes. */
  excluded: { entry: ContextEntry; by: IgnorePattern }[];
  /** The source climbs out of the context with `..`. */
  outside: boolean;
  /** The source cannot be judged: an unexpanded variable, or a folder the file listing skips. */
  unknown: boolean;
}

/**
 * A repository's file list as a folder tree, built once per list: a tree with thousands of
 * Dockerfiles builds a context for each, and scanning every file for each one dominated the run.
 * The list must not change once indexed (a Vfs's files never do).
 */
class FileIndex {
  private static readonly cache = new WeakMap<object, FileIndex>();
  /** Repository folder ('' for the root) to the names in it, each with whether it is a folder. */
  readonly children = new Map<string, Map<string, boolean>>();
  /** Repository folder to the repository paths of the files below it, in listing order. */
  private readonly below = new Map<string, string[]>();
  private readonly relativeCache = new Map<string, readonly string[]>();

  static of(files: Iterable<string>): FileIndex {
    let index = FileIndex.cache.get(files);
    if (!index) FileIndex.cache.set(files, (index = new FileIndex(files)));
    return index;
  }

  private constructor(files: Iterable<string>) {
    const all: string[] = [];
    this.below.set('', all);
    for (const f of files) {
      all.push(f);
      const parts = f.split('/');
      let dir = '';
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) {
          dir = i === 1 ? parts[0] : `${dir}/${parts[i - 1]}`;
          let list = this.below.get(dir);
          if (!list) this.below.set(dir, (list = []));
          // '' holds every file already ('/x' would land there again).
          if (list !== all) list.push(f);
        }
        let names = this.children.get(dir);
        if (!names) this.children.set(dir, (names = new Map()));
        names.set(parts[i], i < parts.length - 1);
      }
    }
  }

  /** Repository paths of the files below a folder ('' for the root), in listing order. */
  filesBelow(dir: string): readonly string[] {
    return this.below.get(dir) ?? [];
  }

  /** Paths relative to a folder ('' for the root) of the files below it, in listing order. */
  filesUnder(root: string): readonly string[] {
    let relative = this.relativeCache.get(root);
    if (!relative) {
      const prefix = root ? root.length + 1 : 0;
      relative = this.filesBelow(root).map((f) => f.slice(prefix));
      this.relativeCache.set(root, relative);
    }
    return relative;
  }
}

export class BuildContext {
  /** Context-relative paths of every file in the context folder, before `.dockerignore`. */
  private readonly all: readonly string[];
  private readonly index: FileIndex;
  private readonly excludedCache = new Map<string, IgnorePattern | null>();
  private placementMaps: { exact: Map<string, Placement>; likely: Map<string, Placement> } | null = null;
  private sent: Set<string> | null = null;

  constructor(
    /** Repository-relative context folder ('' for the repository root). */
    readonly root: string,
    repoFiles: Iterable<string>,
    readonly dockerignore: DockerIgnore | null,
    /** Repository-relative path of the ignore file in use, if any. */
    readonly dockerignoreFile: string | null,
    /** COPY/ADD instructions of the final image, in build order. */
    private readonly copies: CopyFact[],
    /** Image folders known to exist (WORKDIRs, home, system folders): a COPY to one of them puts files inside. */
    private readonly knownDirs: ReadonlySet<string>,
    /** False when the repository listing was cut short, so a missing file may just be unlisted. */
    readonly complete: boolean,
  ) {
    this.index = FileIndex.of(repoFiles);
    this.all = this.index.filesUnder(root);
  }

  /** Names in a context folder, each with whether it is a folder. */
  private childrenOf(contextDir: string): Map<string, boolean> | undefined {
    return this.index.children.get(this.root && contextDir ? `${this.root}/${contextDir}` : this.root || contextDir);
  }

  /** Context-relative paths of the files sent to the builder. */
  get files(): Set<string> {
    this.sent ??= new Set(this.all.filter((f) => !this.excludedBy(f)));
    return this.sent;
  }

  repoPath(contextPath: string): string {
    return [this.root, contextPath].filter(Boolean).join('/');
  }

  /** The `.dockerignore` pattern that keeps a context-relative path out of the build, or null. */
  excludedBy(contextPath: string): IgnorePattern | null {
    if (!this.dockerignore || contextPath === '') return null;
    let by = this.excludedCache.get(contextPath);
    if (by === undefined) {
      by = this.dockerignore.excludedBy(contextPath);
      this.excludedCache.set(contextPath, by);
    }
    return by;
  }

  ignored(contextPath: string): boolean {
    return this.excludedBy(contextPath) !== null;
  }

  /** Context-relative files under a folder (all of them for ''), after `.dockerignore`. */
  filesUnder(dir: string): string[] {
    if (!dir) return this.all.filter((f) => !this.ignored(f));
    const start = this.root ? this.root.length + 1 : 0;
    const result: string[] = [];
    for (const f of this.index.filesBelow(this.repoPath(dir))) {
      const relative = f.slice(start);
      if (!this.ignored(relative)) result.push(relative);
    }
    return result;
  }

  /** What a COPY/ADD source names in the context: Docker's path cleaning, then filepath.Match per segment for wildcards. */
  resolveSource(source: string): SourceMatch {
    const result: SourceMatch = { entries: [], excluded: [], outside: false, unknown: false };
    if (source === '' || source.includes('$')) return { ...result, unknown: true };
    const cleaned = cleanPath(source.replace(/^\/+/, ''));
    if (cleaned === '..' || cleaned.startsWith('../')) return { ...result, outside: true };
    const segments = cleaned === '.' ? [] : cleaned.split('/');
    if (segments.some((s) => UNLISTED_DIRS.has(s))) return { ...result, unknown: true };
    let current: ContextEntry[] = [{ path: '', isDir: true }];
    for (const segment of segments) {
      const next: ContextEntry[] = [];
      const matcher = hasWildcard(segment) ? segmentMatcher(segment) : null;
      for (const entry of current) {
        if (!entry.isDir) continue;
        const names = this.childrenOf(entry.path);
        if (!names) continue;
        const join = (name: string) => (entry.path ? `${entry.path}/${name}` : name);
        if (matcher) {
          for (const [name, isDir] of names) if (matcher.test(name)) next.push({ path: join(name), isDir });
        } else if (names.has(segment)) next.push({ path: join(segment), isDir: names.get(segment)! });
      }
      current = next;
    }
    for (const entry of current) {
      const by = this.excludedBy(entry.path);
      // A folder with exceptions (`!dir/keep`) inside is still sent.
      if (!by || (entry.isDir && this.filesUnder(entry.path).length > 0)) result.entries.push(entry);
      else result.excluded.push({ entry, by });
    }
    return result;
  }

  /** The context file at an absolute image path, and the COPY/ADD that put it there (the last one wins). */
  fileAt(imagePath: string): Placement | null {
    const maps = this.placements();
    return maps.exact.get(imagePath) ?? maps.likely.get(imagePath) ?? null;
  }

  /** Image paths of context files placed under an image folder. */
  imagePathsUnder(dir: string): string[] {
    const prefix = dir.replace(/\/$/, '') + '/';
    const maps = this.placements();
    return [...new Set([...maps.exact.keys(), ...maps.likely.keys()])].filter((p) => p.startsWith(prefix)).sort();
  }

  private placements(): { exact: Map<string, Placement>; likely: Map<string, Placement> } {
    if (this.placementMaps) return this.placementMaps;
    const exact = new Map<string, Placement>();
    // `COPY run.sh /opt/app` puts the file at /opt/app, or inside it when /opt/app is a folder we cannot see.
    const likely = new Map<string, Placement>();
    for (const copy of this.copies) {
      if (copy.from !== null) continue;
      const parents = copy.instr.flags.some((f) => f.name.toLowerCase() === 'parents');
      const dest = copy.absoluteDestination.replace(/(.)\/+$/, '$1');
      const destIsDir = copy.destinationIsDir || /(^|\/)\.\.?\/?$/.test(copy.destination) || this.knownDirs.has(dest);
      for (const source of copy.sources) {
        if (URL_SOURCE.test(source.value)) continue;
        // ADD unpacks local archives: their members are not context files.
        if (copy.instr.keyword === 'ADD' && ARCHIVE.test(source.value)) continue;
        const match = this.resolveSource(source.value);
        const wildcard = hasWildcard(source.value);
        for (const entry of match.entries) {
          const put = (target: string, contextPath: string, into: Map<string, Placement>) =>
            into.set(target, { imagePath: target, file: this.repoPath(contextPath), copy, source });
          if (entry.isDir) {
            for (const f of this.filesUnder(entry.path)) {
              const rel = parents ? f : entry.path ? f.slice(entry.path.length + 1) : f;
              put(joinImage(dest, rel), f, exact);
            }
          } else if (parents) put(joinImage(dest, entry.path), entry.path, exact);
          else if (destIsDir || wildcard) put(joinImage(dest, basename(entry.path)), entry.path, exact);
          else {
            put(dest, entry.path, exact);
            put(joinImage(dest, basename(entry.path)), entry.path, likely);
          }
        }
      }
    }
    this.placementMaps = { exact, likely };
    return this.placementMaps;
  }
}

function joinImage(dir: string, rel: string): string {
  return (dir === '/' ? '' : dir) + '/' + rel;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const SYSTEM_DIRS = ['/', '/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin', '/usr/local', '/usr/src', '/usr/share', '/opt', '/etc', '/etc/supervisor', '/etc/supervisor/conf.d', '/tmp', '/root', '/home', '/srv', '/var'];

/** Image folders that exist whatever the Dockerfile does: every WORKDIR, the platform home and its volume folders, the usual system folders. */
function knownImageDirs(facts: DockerfileFacts): Set<string> {
  const dirs = new Set(SYSTEM_DIRS);
  const profile = facts.profile;
  dirs.add(profile.user.home);
  for (const v of profile.volumeDirs) dirs.add(`${profile.user.home}/${v}`);
  for (const stage of facts.imageChain) {
    for (const w of stage.workdirAt.values()) dirs.add(w.replace(/(.)\/$/, '$1'));
    dirs.add(stage.finalWorkdir.replace(/(.)\/$/, '$1'));
  }
  return dirs;
}

/** Local COPY/ADD sources of the final image that can be judged: what decides whether a context guess is right. */
function judgedSources(copies: CopyFact[]): string[] {
  return copies.filter((c) => c.from === null).flatMap((c) => c.sources.map((s) => s.value)).filter((v) => v && !v.includes('$') && !URL_SOURCE.test(v) && cleanPath(v) !== '.');
}

/**
 * The build context of a Dockerfile. The context is the Dockerfile's folder, as discovery decided,
 * except when none of its COPY sources is there and some are at the repository root: such
 * repositories build with `docker build -f sub/Dockerfile .`.
 */
export async function loadBuildContext(project: ProjectFacts, facts: DockerfileFacts): Promise<BuildContext> {
  const copies = facts.copies(facts.imageChain);
  const knownDirs = knownImageDirs(facts);
  const complete = project.vfs.files.size < MAX_FILES;
  const make = async (root: string) => {
    // BuildKit reads `<Dockerfile>.dockerignore` next to the Dockerfile before the context's `.dockerignore`.
    const candidates = [`${facts.file}.dockerignore`, root ? `${root}/.dockerignore` : '.dockerignore'];
    const ignoreFile = candidates.find((c) => project.vfs.files.has(c)) ?? null;
    const text = ignoreFile ? await project.read(ignoreFile) : null;
    return new BuildContext(root, project.vfs.files, text !== null ? new DockerIgnore(text) : null, text !== null ? ignoreFile : null, copies, knownDirs, complete);
  };
  const declared = project.contextOf(facts);
  const context = await make(declared);
  if (declared === '') return context;
  const sources = judgedSources(facts.copies());
  const found = (c: BuildContext) => sources.filter((s) => c.resolveSource(s).entries.length > 0).length;
  if (sources.length === 0 || found(context) > 0) return context;
  const atRoot = await make('');
  return found(atRoot) > 0 ? atRoot : context;
}
