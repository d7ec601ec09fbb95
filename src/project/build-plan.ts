// What the repository's own build files say they build: `docker build -f X -t T CONTEXT` in shell
// scripts, Makefiles, Python build scripts and workflow steps, `build:`/`image:` in compose files,
// `file:`/`context:`/`tags:` of docker/build-push-action. A reviewer reads these to know which
// Dockerfile is an image, under which tag, and so which image another one is built FROM.
// Everything is read as text: nothing of the repository is run.
import type { Vfs } from '../vfs.js';
import { joinRepositoryPath as joinPath } from '../vfs-core.js';

export interface PlannedBuild {
  /** Repository-relative Dockerfile path. */
  dockerfile: string;
  /** Repository-relative build context folder ('' for the root). */
  context: string;
  /** Tags as far as the build file shows them; `?` stands for a part computed at build time. */
  tags: string[];
  /** Where the build is written. */
  file: string;
  line: number;
}

export interface BuildPlan {
  builds: PlannedBuild[];
  /** True when every build command found names a Dockerfile of the repository. */
  complete: boolean;
  /**
   * Folders ('' for the root) whose Dockerfiles a build file accounts for: it sits there (a workflow
   * counts for the root) and every build command in it names a Dockerfile. Under such a folder the
   * build files decide which Dockerfiles are images.
   */
  deciding: string[];
}

/** The build file that decides whether `dockerfile` is built, if any (see BuildPlan.deciding). */
export function decidedBy(plan: BuildPlan, dockerfile: string): string | null {
  return plan.deciding.find((dir) => dir === '' || dockerfile.startsWith(dir + '/')) ?? null;
}

/** A part of a command computed at build time (a variable, an expression). */
const UNKNOWN = '?';
const BUILD_FILE = /(?:^|\/)(?:[^/]*\.(?:sh|bash|py|mk)|Makefile|GNUmakefile|(?:docker-)?compose[^/]*\.ya?ml|\.github\/workflows\/[^/]+\.ya?ml)$/i;
const MAX_BUILD_FILE_BYTES = 256 * 1024;

/** Folders and names of files nobody builds any more: left-overs kept for reference. */
const LEFTOVER_DIR = /(?:^|\/)(?:bak|backup|old|deprecated|archive[sd]?|unused|legacy)\//i;
const LEFTOVER_NAME = /(?:\.(?:bak|orig|old|save|swp|tmp)[^/]*|~|\.bak[A-Za-z0-9_-]*)$/i;

/** A Dockerfile (or build file) kept as a left-over: `Dockerfile.bak*`, `*.orig`, `*.old`, in `bak/`, `old/`, `deprecated/`. */
export function isLeftover(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return LEFTOVER_DIR.test(path) || LEFTOVER_NAME.test(name) || /^dockerfile[._-]?(?:bak|old|orig)/i.test(name);
}

export async function readBuildPlan(vfs: Vfs, read: (path: string) => Promise<string | null>): Promise<BuildPlan> {
  const builds: PlannedBuild[] = [];
  let unresolved = 0;
  const deciding: string[] = [];
  const candidates = [...vfs.files].filter((f) => BUILD_FILE.test(f) && !isLeftover(f)).sort();
  for (const file of candidates) {
    const text = await read(file);
    if (text === null || text.length > MAX_BUILD_FILE_BYTES || !/\b(?:docker|podman|buildah)\b|build:|build-push-action/.test(text)) continue;
    const found = /\.ya?ml$/i.test(file) ? yamlBuilds(file, text) : /\.py$/i.test(file) ? pythonBuilds(file, text) : shellBuilds(file, text);
    let missed = 0;
    for (const b of found) {
      const resolved = resolveBuild(vfs, file, b);
      if (resolved) builds.push(resolved);
      else missed++;
    }
    unresolved += missed;
    if (found.length > 0 && missed === 0) deciding.push(file.startsWith('.github/') || !file.includes('/') ? '' : file.slice(0, file.lastIndexOf('/')));
  }
  return { builds, complete: builds.length > 0 && unresolved === 0, deciding: [...new Set(deciding)] };
}

interface RawBuild {
  dockerfile: string | null;
  context: string | null;
  tags: string[];
  line: number;
}

/** Resolves a build's paths against the build file's folder, else the repository root (where such scripts are usually run). */
function resolveBuild(vfs: Vfs, file: string, raw: RawBuild): PlannedBuild | null {
  if (raw.context === null || raw.context.includes(UNKNOWN) || (raw.dockerfile ?? '').includes(UNKNOWN)) return null;
  const fileDir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const bases = file.startsWith('.github/') ? [''] : [fileDir, ''];
  for (const base of bases) {
    const context = joinPath(base, raw.context);
    if (context === null) continue;
    const dockerfile = raw.dockerfile === null ? joinPath(context, 'Dockerfile') : joinPath(base, raw.dockerfile);
    if (dockerfile !== null && vfs.files.has(dockerfile)) return { dockerfile, context, tags: raw.tags, file, line: raw.line };
  }
  return null;
}


/** The words of a `docker build` command line, quotes removed; variables become `?`. */
function words(command: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) {
    const w = m[1] ?? m[2] ?? m[3];
    out.push(/\$|`/.test(w) && m[2] === undefined ? w.replace(/\$\{[^}]*\}|\$\([^)]*\)|\$\w+|`[^`]*`/g, UNKNOWN) : w);
  }
  return out;
}

const OPTIONS_WITH_VALUE = new Set(['-f', '--file', '-t', '--tag', '--build-arg', '--target', '--platform', '--label', '--network', '--secret', '--ssh', '--cache-from', '--cache-to', '--iidfile', '--output', '-o', '--progress', '--build-context', '--add-host', '--shm-size', '-m', '--memory', '--ulimit', '--cpuset-cpus', '--isolation']);

/** Reads `docker build ...` (or `docker buildx build`, `podman build`, `buildah bud`) out of one command line. */
export function parseBuildCommand(command: string, line: number): RawBuild | null {
  const w = words(command);
  let i = w.findIndex((x, n) => /^(?:\S*\/)?(?:docker|podman)$/.test(x) && (w[n + 1] === 'build' || (w[n + 1] === 'buildx' && w[n + 2] === 'build')));
  if (i >= 0) i += w[i + 1] === 'buildx' ? 3 : 2;
  else {
    i = w.findIndex((x, n) => /^(?:\S*\/)?buildah$/.test(x) && /^(?:bud|build)$/.test(w[n + 1] ?? ''));
    if (i < 0) return null;
    i += 2;
  }
  let dockerfile: string | null = null;
  const tags: string[] = [];
  const positional: string[] = [];
  for (; i < w.length; i++) {
    const x = w[i];
    if (/^(?:&&|\|\||;|\||>|2>|\)|#)/.test(x)) break;
    const eq = /^(--?[\w-]+)=(.*)$/.exec(x);
    const [flag, inline] = eq ? [eq[1], eq[2]] : [x, null];
    if (flag.startsWith('-') && flag !== '-') {
      const value = inline ?? (OPTIONS_WITH_VALUE.has(flag) ? w[++i] : null);
      if ((flag === '-f' || flag === '--file') && value) dockerfile = value;
      if ((flag === '-t' || flag === '--tag') && value) tags.push(value);
      continue;
    }
    positional.push(x);
  }
  return { dockerfile, context: positional[0] ?? null, tags, line };
}

/** Shell scripts and Makefiles: one logical line at a time (`\` continuations joined). */
function shellBuilds(_file: string, text: string): RawBuild[] {
  const builds: RawBuild[] = [];
  const lines = logicalLines(text);
  const variables = literalVariables(lines.map((l) => l.text));
  for (const { text: logical, line } of lines) {
    if (/^\s*#/.test(logical)) continue;
    for (const part of substitute(logical, variables).split(/&&|\|\||;/)) {
      const b = parseBuildCommand(part.replace(/\$\(\w+\)/g, UNKNOWN), line);
      if (b) builds.push(b);
    }
  }
  return builds;
}

function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    let logical = lines[n];
    while (/\\$/.test(logical) && n + 1 < lines.length) logical = logical.slice(0, -1) + ' ' + lines[++n];
    out.push({ text: logical, line });
  }
  return out;
}

/**
 * Variables a build file gives one literal value (`BASE_TAG := mytool-base:1.0` in a Makefile,
 * `BASE="tool-base:1.0"` or `export BASE=...` in a script), so that `docker build -t $(BASE_TAG)`
 * names the tag another Dockerfile is built FROM. A variable assigned two different values, or a
 * value computed at build time (`$(git describe)`), stays unknown.
 */
function literalVariables(lines: string[]): Map<string, string> {
  const values = new Map<string, string | null>();
  for (const line of lines) {
    const m = /^\s*(?:export\s+|readonly\s+|declare\s+(?:-\w+\s+)?|override\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?:(?::{1,3}|\?|\+)?=)\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const [, name, raw] = m;
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    // One word: `TAG=x docker build ...` sets TAG for that command only, and holds no tag to follow.
    if (!quoted && /\s/.test(raw)) continue;
    const value = quoted ? quoted[2] : raw;
    const previous = values.get(name);
    values.set(name, previous !== undefined && previous !== value ? null : value);
  }
  const known = new Map<string, string>();
  for (const [name, value] of values) if (value !== null) known.set(name, value);
  // Values that name other variables (`IMAGE=$(REGISTRY)/tool:$(VERSION)`), a few levels deep.
  for (let pass = 0; pass < 4; pass++) for (const [name, value] of known) known.set(name, substitute(value, known));
  for (const [name, value] of known) if (/\$|`/.test(value)) known.delete(name);
  return known;
}

/** `$(NAME)`, `${NAME}` and `$NAME` of known variables replaced by their values. */
function substitute(text: string, variables: ReadonlyMap<string, string>): string {
  if (variables.size === 0 || !text.includes('$')) return text;
  return text.replace(/\$\((\w+)\)|\$\{(\w+)\}|\$(\w+)/g, (m, a: string | undefined, b: string | undefined, c: string | undefined) => variables.get(a ?? b ?? c ?? '') ?? m);
}

/**
 * Python build scripts compose the command from strings (`"docker build -t " + image + " dir"`):
 * the string literals of the statement are joined, other expressions become `?`, except names
 * assigned a string earlier in the file, which are followed (a few levels deep).
 */
function pythonBuilds(_file: string, text: string): RawBuild[] {
  const builds: RawBuild[] = [];
  const lines = text.split(/\r?\n/);
  const assigned = new Map<string, { expr: string; line: number }[]>();
  lines.forEach((l, n) => {
    const m = /^\s*([A-Za-z_]\w*)\s*=\s*(?!=)(.+?)\s*(?:#.*)?$/.exec(l);
    if (m) assigned.set(m[1], [...(assigned.get(m[1]) ?? []), { expr: m[2], line: n }]);
  });
  const evaluate = (expr: string, before: number, depth: number): string => {
    let out = '';
    const re = /f?"((?:[^"\\]|\\.)*)"|f?'((?:[^'\\]|\\.)*)'|([A-Za-z_][\w.]*)(\s*\()?|([^"'A-Za-z_]+)/g;
    for (let m = re.exec(expr); m; m = re.exec(expr)) {
      if (m[1] !== undefined || m[2] !== undefined) out += (m[1] ?? m[2]).replace(/\{[^}]*\}/g, /^f/.test(m[0]) ? UNKNOWN : '$&');
      else if (m[3] !== undefined) {
        if (m[4]) {
          out += UNKNOWN;
          continue;
        }
        // The nearest assignment above: in a build script, the one of the same function.
        const defs = (assigned.get(m[3]) ?? []).filter((d) => d.line < before);
        const last = defs[defs.length - 1];
        out += depth < 4 && last ? evaluate(last.expr, last.line, depth + 1) : UNKNOWN;
      }
    }
    return out;
  };
  for (let n = 0; n < lines.length; n++) {
    if (!/["'][^"']*\b(?:docker|podman)\s+(?:buildx\s+)?build\b/.test(lines[n])) continue;
    // The statement: from this line until its brackets close.
    let statement = lines[n];
    let depth = 0;
    const balance = (s: string) => (s.match(/[([{]/g)?.length ?? 0) - (s.match(/[)\]}]/g)?.length ?? 0);
    depth = balance(statement);
    let end = n;
    while (depth > 0 && end + 1 < lines.length && end - n < 30) {
      statement += ' ' + lines[++end].trim();
      depth += balance(lines[end]);
    }
    const start = statement.search(/["'][^"']*\b(?:docker|podman)\s/);
    const inner = statement.slice(start).replace(/\)\s*(?:#.*)?$/, '');
    const b = parseBuildCommand(evaluate(inner.replace(/\s*\+\s*/g, ' + '), n, 0), n + 1);
    if (b) builds.push(b);
    n = end;
  }
  return builds;
}

/** Compose files and GitHub workflows. */
function yamlBuilds(file: string, text: string): RawBuild[] {
  const builds: RawBuild[] = [];
  const lines = text.split(/\r?\n/);
  if (/\.github\/workflows\//.test(file)) {
    // `run:` steps are shell; build-push-action steps name context, file and tags.
    builds.push(...shellBuilds(file, text));
    lines.forEach((l, n) => {
      if (!/uses:\s*docker\/build-push-action/.test(l)) return;
      const block = stepBlock(lines, n);
      const value = (key: string) => {
        const m = new RegExp(`^\\s*${key}:\\s*(.+?)\\s*$`, 'm').exec(block);
        return m ? unquote(m[1]).replace(/\$\{\{[^}]*\}\}/g, UNKNOWN) : null;
      };
      const tags = (value('tags') ?? '').split(/[,\s]+/).filter((t) => t && t !== '|');
      builds.push({ dockerfile: value('file'), context: value('context') ?? '.', tags, line: n + 1 });
    });
    return builds;
  }
  // Compose: a service's `image:` names what its `build:` (a folder, or context/dockerfile) makes.
  let service: { indent: number; image: string | null; context: string | null; dockerfile: string | null; line: number } | null = null;
  const flush = () => {
    if (service?.context !== null && service) builds.push({ dockerfile: service.dockerfile ? joinPath(service.context!, service.dockerfile) : null, context: service.context, tags: service.image ? [service.image] : [], line: service.line });
    service = null;
  };
  let servicesIndent = -1;
  lines.forEach((l, n) => {
    if (/^\s*(#|$)/.test(l)) return;
    const indent = l.length - l.trimStart().length;
    if (/^services:\s*$/.test(l)) {
      servicesIndent = 0;
      return;
    }
    if (servicesIndent < 0) return;
    if (indent === 0) {
      flush();
      servicesIndent = -1;
      return;
    }
    const m = /^\s*([\w.-]+):\s*(.*?)\s*$/.exec(l);
    if (!m) return;
    if (service === null || indent <= service.indent) {
      flush();
      service = { indent, image: null, context: null, dockerfile: null, line: n + 1 };
      return;
    }
    const [, key, value] = m;
    if (key === 'image' && value) service.image = unquote(value);
    else if (key === 'build' && value) service.context = unquote(value);
    else if (key === 'context' && value) service.context = unquote(value);
    else if (key === 'dockerfile' && value) {
      service.dockerfile = unquote(value);
      service.context ??= '.';
    } else if (key === 'build') service.context ??= '.';
  });
  flush();
  return builds;
}

function stepBlock(lines: string[], at: number): string {
  const indent = lines[at].length - lines[at].trimStart().replace(/^-\s*/, '').length;
  const out: string[] = [];
  for (let n = at + 1; n < lines.length; n++) {
    const l = lines[n];
    if (l.trim() === '') continue;
    const i = l.length - l.trimStart().length;
    if (i < indent || (i === indent - 2 && l.trimStart().startsWith('-'))) break;
    out.push(l);
  }
  return out.join('\n');
}

function unquote(v: string): string {
  return v.replace(/^(["'])(.*)\1$/, '$2');
}
