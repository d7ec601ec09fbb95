import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  LICENSE_FILE,
  README_FILE,
  buildsByDockerfile,
  buildsReference,
  imageRole,
  isLocalTag,
  licensePreference,
  matchingIn,
  nearestFile,
  parseDockerfileText,
  referenceName,
  repositoryBase,
  repositoryImageCandidates,
  resolvedLabel
} from "./chunk-BRIL5EC4.js";
import {
  isDockerfileName
} from "./chunk-2OCAH5RW.js";
import {
  compareFindings
} from "./chunk-SZREWI2H.js";
import {
  VfsError,
  isReportable,
  joinRepositoryPath
} from "./chunk-6DTU62CM.js";
import {
  DockerfileFacts
} from "./chunk-RWAWY74Y.js";
import {
  imageProfile
} from "./chunk-7WUZ372P.js";
import {
  isGrammarLoaded,
  loadGrammar
} from "./chunk-D33BDPQG.js";
import {
  FileLintError,
  LintLimitError,
  UnreadableFileError,
  boundMessage,
  clip,
  collectIncomplete
} from "./chunk-VHZECTGP.js";

// src/project/build-plan.ts
function decidedBy(plan, dockerfile) {
  return plan.deciding.find((dir) => dir === "" || dockerfile.startsWith(dir + "/")) ?? null;
}
var UNKNOWN = "?";
var BUILD_FILE = /(?:^|\/)(?:[^/]*\.(?:sh|bash|py|mk)|Makefile|GNUmakefile|(?:docker-)?compose[^/]*\.ya?ml|\.github\/workflows\/[^/]+\.ya?ml)$/i;
var MAX_BUILD_FILE_BYTES = 256 * 1024;
var LEFTOVER_DIR = /(?:^|\/)(?:bak|backup|old|deprecated|archive[sd]?|unused|legacy)\//i;
var LEFTOVER_NAME = /(?:\.(?:bak|orig|old|save|swp|tmp)[^/]*|~|\.bak[A-Za-z0-9_-]*)$/i;
function isLeftover(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return LEFTOVER_DIR.test(path) || LEFTOVER_NAME.test(name) || /^dockerfile[._-]?(?:bak|old|orig)/i.test(name);
}
async function readBuildPlan(vfs, read) {
  const builds = [];
  let unresolved = 0;
  const deciding = [];
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
    if (found.length > 0 && missed === 0) deciding.push(file.startsWith(".github/") || !file.includes("/") ? "" : file.slice(0, file.lastIndexOf("/")));
  }
  return { builds, complete: builds.length > 0 && unresolved === 0, deciding: [...new Set(deciding)] };
}
function resolveBuild(vfs, file, raw) {
  if (raw.context === null || raw.context.includes(UNKNOWN) || (raw.dockerfile ?? "").includes(UNKNOWN)) return null;
  const fileDir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  const bases = file.startsWith(".github/") ? [""] : [fileDir, ""];
  for (const base of bases) {
    const context = joinRepositoryPath(base, raw.context);
    if (context === null) continue;
    const dockerfile = raw.dockerfile === null ? joinRepositoryPath(context, "Dockerfile") : joinRepositoryPath(base, raw.dockerfile);
    if (dockerfile !== null && vfs.files.has(dockerfile)) return { dockerfile, context, tags: raw.tags, file, line: raw.line };
  }
  return null;
}
function words(command) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) {
    const w = m[1] ?? m[2] ?? m[3];
    out.push(/\$|`/.test(w) && m[2] === void 0 ? w.replace(/\$\{[^}]*\}|\$\([^)]*\)|\$\w+|`[^`]*`/g, UNKNOWN) : w);
  }
  return out;
}
var OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["-f", "--file", "-t", "--tag", "--build-arg", "--target", "--platform", "--label", "--network", "--secret", "--ssh", "--cache-from", "--cache-to", "--iidfile", "--output", "-o", "--progress", "--build-context", "--add-host", "--shm-size", "-m", "--memory", "--ulimit", "--cpuset-cpus", "--isolation"]);
function parseBuildCommand(command, line) {
  const w = words(command);
  let i = w.findIndex((x, n) => /^(?:\S*\/)?(?:docker|podman)$/.test(x) && (w[n + 1] === "build" || w[n + 1] === "buildx" && w[n + 2] === "build"));
  if (i >= 0) i += w[i + 1] === "buildx" ? 3 : 2;
  else {
    i = w.findIndex((x, n) => /^(?:\S*\/)?buildah$/.test(x) && /^(?:bud|build)$/.test(w[n + 1] ?? ""));
    if (i < 0) return null;
    i += 2;
  }
  let dockerfile = null;
  const tags = [];
  const positional = [];
  for (; i < w.length; i++) {
    const x = w[i];
    if (/^(?:&&|\|\||;|\||>|2>|\)|#)/.test(x)) break;
    const eq = /^(--?[\w-]+)=(.*)$/.exec(x);
    const [flag, inline] = eq ? [eq[1], eq[2]] : [x, null];
    if (flag.startsWith("-") && flag !== "-") {
      const value = inline ?? (OPTIONS_WITH_VALUE.has(flag) ? w[++i] : null);
      if ((flag === "-f" || flag === "--file") && value) dockerfile = value;
      if ((flag === "-t" || flag === "--tag") && value) tags.push(value);
      continue;
    }
    positional.push(x);
  }
  return { dockerfile, context: positional[0] ?? null, tags, line };
}
function shellBuilds(_file, text) {
  const builds = [];
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
function logicalLines(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    let logical = lines[n];
    while (/\\$/.test(logical) && n + 1 < lines.length) logical = logical.slice(0, -1) + " " + lines[++n];
    out.push({ text: logical, line });
  }
  return out;
}
function literalVariables(lines) {
  const values = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const m = /^\s*(?:export\s+|readonly\s+|declare\s+(?:-\w+\s+)?|override\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?:(?::{1,3}|\?|\+)?=)\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const [, name, raw] = m;
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    if (!quoted && /\s/.test(raw)) continue;
    const value = quoted ? quoted[2] : raw;
    const previous = values.get(name);
    values.set(name, previous !== void 0 && previous !== value ? null : value);
  }
  const known = /* @__PURE__ */ new Map();
  for (const [name, value] of values) if (value !== null) known.set(name, value);
  for (let pass = 0; pass < 4; pass++) for (const [name, value] of known) known.set(name, substitute(value, known));
  for (const [name, value] of known) if (/\$|`/.test(value)) known.delete(name);
  return known;
}
function substitute(text, variables) {
  if (variables.size === 0 || !text.includes("$")) return text;
  return text.replace(/\$\((\w+)\)|\$\{(\w+)\}|\$(\w+)/g, (m, a, b, c) => variables.get(a ?? b ?? c ?? "") ?? m);
}
function pythonBuilds(_file, text) {
  const builds = [];
  const lines = text.split(/\r?\n/);
  const assigned = /* @__PURE__ */ new Map();
  lines.forEach((l, n) => {
    const m = /^\s*([A-Za-z_]\w*)\s*=\s*(?!=)(.+?)\s*(?:#.*)?$/.exec(l);
    if (m) assigned.set(m[1], [...assigned.get(m[1]) ?? [], { expr: m[2], line: n }]);
  });
  const evaluate = (expr, before, depth) => {
    let out = "";
    const re = /f?"((?:[^"\\]|\\.)*)"|f?'((?:[^'\\]|\\.)*)'|([A-Za-z_][\w.]*)(\s*\()?|([^"'A-Za-z_]+)/g;
    for (let m = re.exec(expr); m; m = re.exec(expr)) {
      if (m[1] !== void 0 || m[2] !== void 0) out += (m[1] ?? m[2]).replace(/\{[^}]*\}/g, /^f/.test(m[0]) ? UNKNOWN : "$&");
      else if (m[3] !== void 0) {
        if (m[4]) {
          out += UNKNOWN;
          continue;
        }
        const defs = (assigned.get(m[3]) ?? []).filter((d) => d.line < before);
        const last = defs[defs.length - 1];
        out += depth < 4 && last ? evaluate(last.expr, last.line, depth + 1) : UNKNOWN;
      }
    }
    return out;
  };
  for (let n = 0; n < lines.length; n++) {
    if (!/["'][^"']*\b(?:docker|podman)\s+(?:buildx\s+)?build\b/.test(lines[n])) continue;
    let statement = lines[n];
    let depth = 0;
    const balance = (s) => (s.match(/[([{]/g)?.length ?? 0) - (s.match(/[)\]}]/g)?.length ?? 0);
    depth = balance(statement);
    let end = n;
    while (depth > 0 && end + 1 < lines.length && end - n < 30) {
      statement += " " + lines[++end].trim();
      depth += balance(lines[end]);
    }
    const start = statement.search(/["'][^"']*\b(?:docker|podman)\s/);
    const inner = statement.slice(start).replace(/\)\s*(?:#.*)?$/, "");
    const b = parseBuildCommand(evaluate(inner.replace(/\s*\+\s*/g, " + "), n, 0), n + 1);
    if (b) builds.push(b);
    n = end;
  }
  return builds;
}
function yamlBuilds(file, text) {
  const builds = [];
  const lines = text.split(/\r?\n/);
  if (/\.github\/workflows\//.test(file)) {
    builds.push(...shellBuilds(file, text));
    lines.forEach((l, n) => {
      if (!/uses:\s*docker\/build-push-action/.test(l)) return;
      const block = stepBlock(lines, n);
      const value = (key) => {
        const m = new RegExp(`^\\s*${key}:\\s*(.+?)\\s*$`, "m").exec(block);
        return m ? unquote(m[1]).replace(/\$\{\{[^}]*\}\}/g, UNKNOWN) : null;
      };
      const tags = (value("tags") ?? "").split(/[,\s]+/).filter((t) => t && t !== "|");
      builds.push({ dockerfile: value("file"), context: value("context") ?? ".", tags, line: n + 1 });
    });
    return builds;
  }
  let service = null;
  const flush = () => {
    if (service?.context !== null && service) builds.push({ dockerfile: service.dockerfile ? joinRepositoryPath(service.context, service.dockerfile) : null, context: service.context, tags: service.image ? [service.image] : [], line: service.line });
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
    if (key === "image" && value) service.image = unquote(value);
    else if (key === "build" && value) service.context = unquote(value);
    else if (key === "context" && value) service.context = unquote(value);
    else if (key === "dockerfile" && value) {
      service.dockerfile = unquote(value);
      service.context ??= ".";
    } else if (key === "build") service.context ??= ".";
  });
  flush();
  return builds;
}
function stepBlock(lines, at) {
  const indent = lines[at].length - lines[at].trimStart().replace(/^-\s*/, "").length;
  const out = [];
  for (let n = at + 1; n < lines.length; n++) {
    const l = lines[n];
    if (l.trim() === "") continue;
    const i = l.length - l.trimStart().length;
    if (i < indent || i === indent - 2 && l.trimStart().startsWith("-")) break;
    out.push(l);
  }
  return out.join("\n");
}
function unquote(v) {
  return v.replace(/^(["'])(.*)\1$/, "$2");
}

// src/project/facts.ts
var SharedCaches = class {
  texts = /* @__PURE__ */ new Map();
  readPaths = /* @__PURE__ */ new Set();
  readmes = /* @__PURE__ */ new Map();
  licenses = /* @__PURE__ */ new Map();
  chains = /* @__PURE__ */ new Map();
  contexts = /* @__PURE__ */ new Map();
  /** Files that could not be read, and why: the engine reports those deliberately not read (CHM001). */
  readFailures = /* @__PURE__ */ new Map();
};
var ProjectFacts = class _ProjectFacts {
  constructor(vfs, isRepository, targets, dockerfiles, repository, git = null, images = [], image = null, shared, scope = "", publishedImageCount = 0, repositoryImageNames2 = /* @__PURE__ */ new Set()) {
    this.vfs = vfs;
    this.isRepository = isRepository;
    this.targets = targets;
    this.dockerfiles = dockerfiles;
    this.repository = repository;
    this.git = git;
    this.images = images;
    this.image = image;
    this.scope = scope;
    this.publishedImageCount = publishedImageCount;
    this.repositoryImageNames = repositoryImageNames2;
    this.shared = shared ?? new SharedCaches();
  }
  vfs;
  isRepository;
  targets;
  dockerfiles;
  repository;
  git;
  images;
  image;
  scope;
  publishedImageCount;
  repositoryImageNames;
  shared;
  /** Files that were read successfully: the report counts them as linted. */
  get readPaths() {
    return this.shared.readPaths;
  }
  /** Files that could not be read, and why: the engine reports those deliberately not read (CHM001). */
  get readFailures() {
    return this.shared.readFailures;
  }
  /** The same review seen from one image: its Dockerfile, README and license. */
  forImage(image) {
    return new _ProjectFacts(this.vfs, this.isRepository, this.targets, [image.facts], this.repository, this.git, this.images, image, this.shared, this.scope, this.publishedImageCount, this.repositoryImageNames);
  }
  /** The image this view is about; for the repository as a whole, the root Dockerfile, else the first one found. */
  get primary() {
    if (this.image) return this.image.facts;
    return this.dockerfiles.find((d) => !d.file.includes("/")) ?? this.dockerfiles[0] ?? null;
  }
  /** The role of this view's image; for a repository with no image, what its README describes. */
  get role() {
    return this.image?.role ?? null;
  }
  /**
   * How users start what this README documents: `interactive` (a desktop deployed from the
   * application catalogue, never with jobman) or `batch`. From the image when there is one; for a
   * README-only folder (a catalogue entry), from the folder or repository name, else its text.
   */
  async documentedKind() {
    if (this.image) return this.image.role === "interactive" ? "interactive" : "batch";
    const names = `${this.scope} ${this.repository.name ?? ""}`;
    if (/interactive|desktop/i.test(names)) return "interactive";
    if (/\bbatch\b|image_batch/i.test(names)) return "batch";
    const readme = await this.readme();
    const text = readme ? readme.sections.map((s) => `${s.title}
${s.text}`).join("\n") : "";
    return /\bjobman\s+submit\b/.test(text) || !/\b(?:remote desktop|desktop environment|VNC|noVNC|Guacamole|apps? catalog(?:ue)?|helm chart)\b/i.test(text) ? "batch" : "interactive";
  }
  contextOf(facts) {
    return this.targets.find((t) => t.path === facts.file)?.context ?? "";
  }
  /** The license file of this view: the image's own (nearest from its folder up), else the root one. */
  licenseFile() {
    return this.image ? this.image.license : nearestFile(this.vfs.files, "", LICENSE_FILE, licensePreference);
  }
  /** The license file, which SPDX license it is and whether it allows redistribution; computed on first need only. */
  license() {
    const file = this.licenseFile();
    const key = file ?? "";
    let pending = this.shared.licenses.get(key);
    if (!pending) {
      pending = import("./project-III5KEU2.js").then((m) => m.projectLicense(this, file));
      this.shared.licenses.set(key, pending);
    }
    return pending;
  }
  /** The README of this view: the image's (see Image.readme), or the root README.md for the repository as a whole. */
  readmePath() {
    return this.image ? this.image.readme : nearestFile(this.vfs.files, this.scope.replace(/\/$/, ""), README_FILE);
  }
  /** The README, parsed on first need only; null when there is none or it cannot be read. */
  readme() {
    const path = this.readmePath();
    if (path === null) return Promise.resolve(null);
    let pending = this.shared.readmes.get(path);
    if (!pending) {
      pending = (async () => {
        const text = await this.read(path);
        if (text === null) throw new UnreadableFileError(path);
        try {
          return await parsedReadme(this.vfs, path, text);
        } catch (e) {
          throw e instanceof FileLintError ? e : new FileLintError(path, e);
        }
      })();
      this.shared.readmes.set(path, pending);
    }
    return pending;
  }
  /** A file at the repository root whose name matches, case-insensitively. */
  rootFile(pattern) {
    const candidates = [...matchingIn(this.vfs.files, "", pattern)].sort();
    return candidates[0] ?? null;
  }
  /** Reads a file once; null when it cannot be read (the reason is reported by the engine). */
  read(path) {
    let pending = this.shared.texts.get(path);
    if (!pending) {
      pending = this.vfs.readText(path).then(
        (t) => {
          this.shared.readPaths.add(path);
          return t;
        },
        (e) => {
          this.readFailures.set(path, e);
          return null;
        }
      );
      this.shared.texts.set(path, pending);
    }
    return pending;
  }
  /** The final ENTRYPOINT/CMD and every context script it reaches (src/chain), computed once per Dockerfile. */
  entrypointChain(facts) {
    let chain = this.shared.chains.get(facts);
    if (!chain) {
      chain = import("./chain-4U4LJNIF.js").then((m) => m.buildEntrypointChain(this, facts)).catch(failedOn(facts.file));
      this.shared.chains.set(facts, chain);
    }
    return chain;
  }
  /** Scripts the entrypoint runs, in the order they are reached. */
  async entrypointScripts(facts) {
    return (await this.entrypointChain(facts)).scripts;
  }
  /** The Dockerfile's build context after `.dockerignore`, with where COPY/ADD put its files. */
  buildContext(facts) {
    let context = this.shared.contexts.get(facts);
    if (!context) {
      context = import("./context-GR4YYHDK.js").then((m) => m.loadBuildContext(this, facts)).catch(failedOn(facts.file));
      this.shared.contexts.set(facts, context);
    }
    return context;
  }
};
var readmeParses = /* @__PURE__ */ new WeakMap();
async function parsedReadme(vfs, path, text) {
  let parses = readmeParses.get(vfs);
  if (!parses) readmeParses.set(vfs, parses = /* @__PURE__ */ new Map());
  const done = parses.get(path);
  if (done && done.text === text) return done.readme;
  const { parseReadme } = await import("./model-ZYXM5AZB.js");
  const readme = parseReadme(path, text);
  parses.set(path, { text, readme });
  return readme;
}
function failedOn(file) {
  return (e) => {
    throw e instanceof FileLintError ? e : new FileLintError(file, e);
  };
}

// src/suppressions.ts
var HEAD = /^chaimeleon-lint\s+(global\s+)?ignore\s*=/;
var NAMES = /^[A-Za-z0-9_,\s-]+$/;
function parseDirective(text) {
  let body = text.trimStart();
  if (body.startsWith("#")) body = body.slice(1);
  else if (body.startsWith("<!--")) body = body.slice(4);
  else return null;
  body = body.trimStart();
  const head = HEAD.exec(body);
  if (!head) return null;
  const afterEquals = body.slice(head[0].length);
  const spaces = afterEquals.length - afterEquals.trimStart().length;
  for (const given of /* @__PURE__ */ new Set([spaces, spaces - 1, spaces - 2])) {
    if (given < 0) continue;
    const read = readNames(afterEquals.slice(given));
    if (read) return { global: !!head[1], names: read.names.split(/[\s,]+/).filter(Boolean), reason: read.reason };
  }
  return null;
}
function readNames(after) {
  const rest = after.trimEnd();
  for (let i = rest.indexOf("--"); i >= 0; i = rest.indexOf("--", i + 1)) {
    if (i < 2 || !/\s/.test(rest[i - 1]) || rest[i + 2] === ">") continue;
    const names2 = rest.slice(0, i - 1);
    return NAMES.test(names2) ? { names: names2, reason: withoutCommentEnd(rest.slice(i + 2)).trim() } : null;
  }
  const names = withoutCommentEnd(rest);
  if (names === "") return /^\s/.test(after) ? { names: "", reason: "" } : null;
  return NAMES.test(names) ? { names, reason: "" } : null;
}
function withoutCommentEnd(text) {
  const trimmed = text.trimEnd();
  return trimmed.endsWith("-->") ? trimmed.slice(0, -3).trimEnd() : trimmed;
}
function collectSuppressions(file, comments, nextTarget, resolve) {
  const result = [];
  for (const c of comments) {
    const d = parseDirective(c.text);
    if (!d) continue;
    const codes = [];
    const unknown = [];
    for (const n of d.names) {
      const code = resolve(n);
      if (code) codes.push(code);
      else unknown.push(n);
    }
    const indent = c.text.length - c.text.trimStart().length;
    result.push({
      file,
      codes,
      unknown,
      lines: d.global ? null : nextTarget(c.line),
      reason: d.reason,
      range: { startLine: c.line, startColumn: indent + 1, endLine: c.line, endColumn: c.text.length + 1 },
      used: false
    });
  }
  return result;
}
function textFileSuppressions(file, text, resolve) {
  if (!text.includes("chaimeleon-lint")) return [];
  const lines = text.split("\n");
  const comments = [];
  lines.forEach((t, i) => {
    if (t.includes("chaimeleon-lint")) comments.push({ line: i + 1, text: t.replace(/\r$/, "") });
  });
  const markdown = /\.(md|markdown)$/i.test(file);
  const next = (line) => {
    for (let i = line; i < lines.length; i++) {
      const t = lines[i].trim();
      if (t === "" || !markdown && t.startsWith("#") || t.startsWith("<!--") && t.endsWith("-->")) continue;
      return [i + 1, i + 1];
    }
    return null;
  };
  return collectSuppressions(file, comments, next, resolve);
}
function dockerfileSuppressions(model, resolve) {
  const comments = model.comments.filter((c) => c.text.includes("chaimeleon-lint"));
  if (comments.length === 0) return [];
  const instrs = model.instructions.filter((i) => !i.onbuild);
  const next = (line) => {
    let lo = 0;
    let hi = instrs.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (instrs[mid].range.startLine > line) hi = mid;
      else lo = mid + 1;
    }
    const found = instrs[lo];
    return found ? [found.range.startLine, found.range.endLine] : null;
  };
  return collectSuppressions(
    model.file,
    comments.map((c) => ({ line: c.line, text: model.lines.lineText(c.line - 1) })),
    next,
    resolve
  );
}
function applySuppressions(findings, suppressions) {
  if (suppressions.length === 0) return;
  const global = /* @__PURE__ */ new Map();
  const spansOf = /* @__PURE__ */ new Map();
  const spanAt = /* @__PURE__ */ new Map();
  suppressions.forEach((s, order) => {
    for (const code of s.codes) {
      const key = `${s.file}\0${code}`;
      if (s.lines === null) {
        if (!global.has(key)) global.set(key, order);
        continue;
      }
      const spanKey = `${key}\0${s.lines[0]}\0${s.lines[1]}`;
      const same = spanAt.get(spanKey);
      if (same) {
        same.order.push(order);
        continue;
      }
      const span = { start: s.lines[0], end: s.lines[1], order: [order] };
      spanAt.set(spanKey, span);
      let spans = spansOf.get(key);
      if (!spans) spansOf.set(key, spans = []);
      spans.push(span);
    }
  });
  for (const spans of spansOf.values()) spans.sort((a, b) => a.start - b.start);
  for (const f of findings) {
    if (f.suppressed || f.code === "CHM002" || f.code === "CHM003") continue;
    const key = `${f.file}\0${f.code}`;
    let best = global.get(key) ?? Infinity;
    const spans = spansOf.get(key);
    if (spans) {
      let lo = 0;
      let hi = spans.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        if (spans[mid].start <= f.range.startLine) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at >= 0 && spans[at].end >= f.range.startLine) best = Math.min(best, spans[at].order[0]);
    }
    if (best === Infinity) continue;
    const s = suppressions[best];
    s.used = true;
    f.suppressed = { kind: "inline", justification: s.reason };
  }
}

// src/lint.ts
function errorLine(e) {
  const text = e instanceof Error ? `${e.name === "Error" ? "" : `${e.name}: `}${e.message}` : String(e);
  return clip(text.split("\n")[0].replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim() || "unknown error", 200);
}
function notReviewed(e) {
  if (e instanceof VfsError) return e.kind === "binary" || e.kind === "missing" || e.kind === "folder" ? null : e.message;
  return errorLine(e);
}
var FIRST_LINE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
var NEEDS_SHELL = /^\s*(RUN|CMD|ENTRYPOINT|ONBUILD)\b/im;
function needsShellGrammar(text) {
  return !isGrammarLoaded("bash") && NEEDS_SHELL.test(text);
}
var Linter = class {
  constructor(ruleSet, config) {
    this.ruleSet = ruleSet;
    this.config = config;
  }
  ruleSet;
  config;
  /** The enabled rules of each target: the rule set and configuration never change, so the list is made once, not per file. */
  enabledByTarget = /* @__PURE__ */ new Map();
  severityOf(meta, wanted) {
    const override = this.config.severities.get(meta.code);
    if (override === "off") return null;
    return override ?? wanted ?? meta.severity;
  }
  enabled(target) {
    let rules = this.enabledByTarget.get(target);
    if (!rules) this.enabledByTarget.set(target, rules = this.ruleSet.rules.filter((r) => r.meta.target === target && this.config.severities.get(r.meta.code) !== "off"));
    return rules;
  }
  makeFinding(meta, input, file) {
    const severity = this.severityOf(meta, input.severity);
    if (!severity) return null;
    return {
      code: meta.code,
      slug: meta.slug,
      severity,
      message: boundMessage(input.message),
      file: input.file ?? file,
      range: input.range,
      related: (input.related ?? []).map((r) => r.message.length > 200 ? { ...r, message: boundMessage(r.message) } : r),
      ...input.fix ? { fix: input.fix } : {}
    };
  }
  engineFinding(code, file, range, message) {
    const meta = this.ruleSet.meta.find((m) => m.code === code);
    return meta ? this.makeFinding(meta, { range, message }, file) : null;
  }
  /** Lints one Dockerfile's text as a lone image: the unit of work the benchmark spreads over threads. A failure becomes a CHM003 finding, never an exception. */
  async lintDockerfile(file, raw, findings, state) {
    let facts;
    try {
      const model = this.parseOrReport(file, raw, findings);
      if (!model) return null;
      if (needsShellGrammar(model.text)) await loadGrammar("bash");
      facts = this.newFacts(model);
    } catch (e) {
      state.crashes.push({ file, during: "reading the Dockerfile", error: errorLine(e) });
      return null;
    }
    return { facts, suppressions: this.checkDockerfile(facts, "batch", findings, state) };
  }
  /** A Dockerfile's facts under the profile of the platform it is built for (see imageProfile). */
  newFacts(model) {
    const facts = new DockerfileFacts(model, this.config.profile);
    if (this.config.otherProfiles.length === 0) return facts;
    const profile = imageProfile(this.config.profile, this.config.otherProfiles, facts.imageChain[0]?.image);
    return profile === this.config.profile ? facts : new DockerfileFacts(model, profile);
  }
  parseOrReport(file, raw, findings) {
    const parsed = parseDockerfileText(file, raw);
    if ("error" in parsed) {
      const f = this.engineFinding("CHM001", file, parsed.range, `${file} ${parsed.error}; nothing in it was linted.`);
      if (f) findings.push(f);
      return null;
    }
    return parsed.model;
  }
  /** Runs the Dockerfile rules on one image; an intermediate image skips the rules about what users run. */
  checkDockerfile(facts, role, findings, state) {
    const { model } = facts;
    const file = facts.file;
    for (const rule of this.enabled("dockerfile")) {
      if (role === "intermediate" && rule.meta.publishedImageOnly) continue;
      try {
        rule.check({
          facts,
          profile: facts.profile,
          report: (input) => {
            const f = this.makeFinding(rule.meta, input, file);
            if (f) findings.push(f);
          }
        });
      } catch (e) {
        state.crashes.push({ file, during: rule.meta.code, error: errorLine(e) });
      }
    }
    try {
      return dockerfileSuppressions(model, (n) => this.ruleSet.resolve(n));
    } catch (e) {
      state.crashes.push({ file, during: "reading the inline ignore comments", error: errorLine(e) });
      return [];
    }
  }
  async lint(input) {
    const state = { crashes: [], notes: [], unread: [] };
    const findings = [];
    const result = await collectIncomplete(state.notes, () => this.lintInto(input, findings, state));
    return { ...result, ...this.reportIncomplete(findings, state), unread: state.unread };
  }
  async lintInto(input, findings, state) {
    const suppressions = [];
    const texts = /* @__PURE__ */ new Map();
    const read = (path) => {
      let t = texts.get(path);
      if (!t) texts.set(path, t = input.vfs.readText(path).catch(() => null));
      return t;
    };
    const plan = input.isRepository ? await readBuildPlan(input.vfs, read) : { builds: [], complete: false, deciding: [] };
    const planned = buildsByDockerfile(plan);
    const skipped = [];
    const targets = input.targets.filter((t) => {
      if (!input.isRepository || planned.has(t.path)) return true;
      if (isLeftover(t.path.slice((input.scope ?? "").length))) skipped.push({ path: t.path, reason: "a left-over nobody builds" });
      else if (decidedBy(plan, t.path) !== null) {
        const dir = decidedBy(plan, t.path);
        const by = [...new Set(plan.builds.filter((b) => dir === "" || b.file.startsWith(dir + "/")).map((b) => b.file))];
        skipped.push({ path: t.path, reason: `not built by ${by.join(", ")}` });
      } else return true;
      return false;
    });
    const files = new Set(targets.map((t) => t.path));
    const models = /* @__PURE__ */ new Map();
    for (const target of targets) {
      let raw;
      try {
        raw = await input.vfs.readText(target.path);
      } catch (e) {
        const reason = e instanceof VfsError ? e.message : errorLine(e);
        const f = this.engineFinding("CHM001", target.path, FIRST_LINE, `${target.path} ${reason}; nothing in it was linted.`);
        if (f) findings.push(f);
        const why = notReviewed(e);
        if (why !== null) state.unread.push({ file: target.path, reason: why });
        continue;
      }
      try {
        const model = this.parseOrReport(target.path, raw, findings);
        if (model) models.set(target.path, { target, model });
      } catch (e) {
        state.crashes.push({ file: target.path, during: "reading the Dockerfile", error: errorLine(e) });
      }
    }
    for (const b of plan.builds) {
      if (models.has(b.dockerfile) || files.has(b.dockerfile)) continue;
      const raw = await read(b.dockerfile);
      const parsed = raw === null ? null : parseDockerfileText(b.dockerfile, raw);
      if (parsed && "model" in parsed) models.set(b.dockerfile, { target: { path: b.dockerfile, context: b.context }, model: parsed.model });
    }
    if ([...models.values()].some(({ model }) => needsShellGrammar(model.text))) await loadGrammar("bash");
    const profile = this.config.profile;
    const factsByPath = /* @__PURE__ */ new Map();
    const localBases = /* @__PURE__ */ new Set();
    const alone = /* @__PURE__ */ new Map();
    for (const [path, { model }] of models) {
      try {
        alone.set(path, this.newFacts(model));
      } catch (e) {
        alone.set(path, null);
        state.crashes.push({ file: path, during: "reading the Dockerfile", error: errorLine(e) });
      }
    }
    const candidatesByName = repositoryImageCandidates(alone, planned);
    const basesOf = (path, reference) => (candidatesByName.get(referenceName(reference)) ?? []).filter((other) => other !== path && buildsReference(reference, alone.get(other), planned.get(other) ?? null));
    const pending = /* @__PURE__ */ new Set();
    const factsOf = (path) => {
      if (factsByPath.has(path)) return factsByPath.get(path) ?? null;
      const own = alone.get(path) ?? null;
      if (pending.has(path) || !own) return own;
      if (!own.stages.some((st) => !st.baseStage && !st.platformBase && st.image && !/^scratch$/i.test(st.image) && basesOf(path, st.image).length > 0)) {
        factsByPath.set(path, own);
        return own;
      }
      pending.add(path);
      const { model } = models.get(path);
      let facts;
      try {
        facts = new DockerfileFacts(model, own.profile, (reference) => {
          for (const other of basesOf(path, reference)) {
            const base = alone.get(other);
            const inherited = factsOf(other) ?? base;
            if (!inherited.finalStage) continue;
            if (isLocalTag(reference, own.profile)) localBases.add(other);
            return repositoryBase(reference, inherited, own.profile);
          }
          return void 0;
        });
      } catch (e) {
        facts = null;
        state.crashes.push({ file: path, during: "reading the Dockerfile", error: errorLine(e) });
      }
      pending.delete(path);
      factsByPath.set(path, facts);
      return facts;
    };
    for (const path of models.keys()) factsOf(path);
    const images = [];
    const rootReadme = nearestFile(input.vfs.files, "", README_FILE);
    for (const [path, { target }] of models) {
      const facts = factsByPath.get(path);
      if (!facts || !files.has(path)) continue;
      const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
      images.push({
        dockerfile: path,
        context: planned.get(path)?.context ?? target.context,
        facts,
        role: imageRole(facts, localBases.has(path)),
        build: planned.get(path) ?? null,
        readme: nearestFile(input.vfs.files, folder, README_FILE),
        license: nearestFile(input.vfs.files, folder, LICENSE_FILE, licensePreference)
      });
    }
    const borrowed = images.filter((i) => i.readme !== null && i.readme === rootReadme && i.dockerfile.includes("/"));
    if (rootReadme && borrowed.length > 0 && !await documentsAnImage(input.vfs, rootReadme, read)) for (const i of borrowed) i.readme = null;
    for (const image of images) suppressions.push(...this.checkDockerfile(image.facts, image.role, findings, state));
    if (input.isRepository) {
      const dockerfiles = images.map((i) => i.facts);
      const built = plan.complete ? plan.builds.map((b) => b.dockerfile) : [...input.vfs.files].filter((f) => isDockerfileName(f.slice(f.lastIndexOf("/") + 1)) && !isLeftover(f));
      const published = new Set(built);
      for (const image of images) if (image.role === "intermediate") published.delete(image.dockerfile);
      const project = new ProjectFacts(input.vfs, true, targets, dockerfiles, input.repository, input.git ?? null, images, null, void 0, input.scope ?? "", published.size, await repositoryImageNames(built, plan.builds, factsByPath, read));
      const views = images.length > 0 ? images.map((i) => project.forImage(i)) : [project];
      const needed = /* @__PURE__ */ new Set();
      if (input.vfs.truncated) state.notes.push({ file: ".", range: FIRST_LINE, message: `Not every file was linted: ${input.vfs.truncated}.` });
      const seen = /* @__PURE__ */ new Set();
      for (const rule of this.enabled("project")) {
        const ruleViews = rule.meta.scope === "repository" ? [project] : views;
        for (const view of ruleViews) {
          if (view.image?.role === "intermediate" && rule.meta.publishedImageOnly) continue;
          try {
            await rule.check({
              project: view,
              // Each image with the profile of its platform; the repository-wide rules with the run's.
              profile: view.image?.facts.profile ?? profile,
              report: (r) => {
                const f = this.makeFinding(rule.meta, r, r.file);
                const key = f && `${f.code}\0${f.file}\0${f.range.startLine}:${f.range.startColumn}\0${f.message}`;
                if (f && key && !seen.has(key)) {
                  seen.add(key);
                  findings.push(f);
                }
              }
            });
          } catch (e) {
            if (e instanceof UnreadableFileError) needed.add(e.file);
            else if (e instanceof LintLimitError) state.notes.push({ file: e.file, range: FIRST_LINE, message: e.message });
            else state.crashes.push({ file: e instanceof FileLintError ? e.file : view.primary?.file ?? targets[0]?.path ?? ".", during: rule.meta.code, error: errorLine(e) });
          }
        }
      }
      for (const [path, e] of project.readFailures) {
        if (files.has(path) || !isReportable(e) && !needed.has(path)) continue;
        const reason = e instanceof VfsError ? e.message : errorLine(e);
        const f = this.engineFinding("CHM001", path, FIRST_LINE, `${path} ${reason}; nothing in it was linted${needed.has(path) ? ", nor the checks that read it" : ""}.`);
        if (f) findings.push(f);
        const why = notReviewed(e);
        if (why !== null) state.unread.push({ file: path, reason: why });
      }
      const dockerfilePaths = new Set(dockerfiles.map((d) => d.file));
      const others = [...new Set(findings.map((f) => f.file))].filter((f) => !dockerfilePaths.has(f));
      for (const file of others) {
        const text = await project.read(file);
        try {
          if (text !== null) for (const s of textFileSuppressions(file, text, (n) => this.ruleSet.resolve(n))) suppressions.push(s);
        } catch (e) {
          state.crashes.push({ file, during: "reading the inline ignore comments", error: errorLine(e) });
        }
      }
      for (const path of project.readPaths) files.add(path);
    }
    this.finish(findings, suppressions);
    return { findings, skipped, files: [...files].sort() };
  }
  /** Lints one Dockerfile's text as a lone file (no repository rules): the benchmark's and workers' unit. */
  async lintText(file, raw) {
    const state = { crashes: [], notes: [], unread: [] };
    const findings = [];
    const done = await collectIncomplete(state.notes, () => this.lintDockerfile(file, raw, findings, state));
    this.finish(findings, done?.suppressions ?? []);
    return { findings, errors: this.reportIncomplete(findings, state).internalErrors };
  }
  /**
   * Turns the failures and limits of a run into CHM003 findings (one per file and cause, naming
   * every rule it stopped) and into the one-line reasons for exit code 2.
   */
  reportIncomplete(findings, state) {
    const internalErrors = [];
    const crashes = [];
    const byCause = /* @__PURE__ */ new Map();
    for (const c of state.crashes) {
      const key = `${c.file}\0${c.error}`;
      const entry = byCause.get(key) ?? { file: c.file, error: c.error, during: [] };
      if (!entry.during.includes(c.during)) entry.during.push(c.during);
      byCause.set(key, entry);
    }
    for (const { file, error, during } of byCause.values()) {
      const line = `${file}: chaimeleon-lint failed while ${during.map((d) => /^CHM\d+$/.test(d) ? `checking ${d}` : d).join(", ")}: ${error}`;
      internalErrors.push(line);
      crashes.push(line);
      const rules = during.filter((d) => /^CHM\d+$/.test(d));
      const what = rules.length > 0 ? `${rules.length === 1 ? "rule" : "rules"} ${rules.join(", ")} could not finish` : `nothing in it was checked after ${during.join(", ")}`;
      const f = this.engineFinding("CHM003", file, FIRST_LINE, `chaimeleon-lint failed on this file (${error}): ${what}, so it was not fully reviewed. This is a bug in chaimeleon-lint; please report it with the file.`);
      if (f) findings.push(f);
    }
    const seen = /* @__PURE__ */ new Set();
    for (const note of state.notes) {
      const key = `${note.file}\0${note.range.startLine}\0${note.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      internalErrors.push(`${note.file}:${note.range.startLine}: ${note.message}`);
      const f = this.engineFinding("CHM003", note.file, note.range, note.message);
      if (f) findings.push(f);
    }
    if (findings.length > 0) findings.sort(compareFindings);
    return { internalErrors, crashes };
  }
  /** Applies inline suppressions, reports the unused ones (CHM002), and sorts. */
  finish(findings, suppressions) {
    applySuppressions(findings, suppressions);
    for (const s of suppressions) {
      const problems = [];
      if (s.unknown.length > 0) problems.push(`names unknown rules (${s.unknown.join(", ")})`);
      if (!s.used && s.codes.length > 0) problems.push(s.lines ? "suppressed nothing on the line it covers" : "suppressed nothing in this file");
      if (s.lines === null && s.codes.length === 0 && s.unknown.length === 0) problems.push("names no rule");
      if (problems.length === 0) continue;
      const f = this.engineFinding("CHM002", s.file, s.range, `This chaimeleon-lint ignore comment ${problems.join(" and ")}: remove it, or fix the rule names.`);
      if (f) findings.push(f);
    }
    findings.sort(compareFindings);
  }
};
async function repositoryImageNames(built, builds, facts, read) {
  const names = /* @__PURE__ */ new Set();
  const add = (name) => {
    const n = name?.trim().toLowerCase().split("@")[0].replace(/:[^/]*$/, "").split("/").pop();
    if (n && !/[?$]/.test(n)) names.add(n);
  };
  for (const b of builds) for (const t of b.tags) add(t);
  for (const f of facts.values()) if (f) add(resolvedLabel(f, "name")?.value);
  for (const path of built) {
    if (facts.get(path)) continue;
    const text = await read(path);
    const m = text && /^\s*LABEL\b[^\n]*?\bname\s*=\s*["']?([A-Za-z0-9._/-]+)/im.exec(text);
    if (m) add(m[1]);
  }
  return names;
}
async function documentsAnImage(vfs, path, read) {
  const text = await read(path);
  if (text === null) return false;
  const readme = await parsedReadme(vfs, path, text);
  return ["description", "usage", "license"].some((s) => readme.section(s) !== null);
}

export {
  errorLine,
  Linter
};
