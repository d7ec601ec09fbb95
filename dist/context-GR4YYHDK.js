import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_FILES
} from "./chunk-6DTU62CM.js";
import {
  DockerIgnore,
  cleanPath,
  hasWildcard,
  segmentMatcher
} from "./chunk-6X7DWYWZ.js";
import "./chunk-VF57VZD3.js";

// src/chain/context.ts
var UNLISTED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"]);
var URL_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
var ARCHIVE = /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;
var FileIndex = class _FileIndex {
  static cache = /* @__PURE__ */ new WeakMap();
  /** Repository folder ('' for the root) to the names in it, each with whether it is a folder. */
  children = /* @__PURE__ */ new Map();
  /** Repository folder to the repository paths of the files below it, in listing order. */
  below = /* @__PURE__ */ new Map();
  relativeCache = /* @__PURE__ */ new Map();
  static of(files) {
    let index = _FileIndex.cache.get(files);
    if (!index) _FileIndex.cache.set(files, index = new _FileIndex(files));
    return index;
  }
  constructor(files) {
    const all = [];
    this.below.set("", all);
    for (const f of files) {
      all.push(f);
      const parts = f.split("/");
      let dir = "";
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) {
          dir = i === 1 ? parts[0] : `${dir}/${parts[i - 1]}`;
          let list = this.below.get(dir);
          if (!list) this.below.set(dir, list = []);
          if (list !== all) list.push(f);
        }
        let names = this.children.get(dir);
        if (!names) this.children.set(dir, names = /* @__PURE__ */ new Map());
        names.set(parts[i], i < parts.length - 1);
      }
    }
  }
  /** Repository paths of the files below a folder ('' for the root), in listing order. */
  filesBelow(dir) {
    return this.below.get(dir) ?? [];
  }
  /** Paths relative to a folder ('' for the root) of the files below it, in listing order. */
  filesUnder(root) {
    let relative = this.relativeCache.get(root);
    if (!relative) {
      const prefix = root ? root.length + 1 : 0;
      relative = this.filesBelow(root).map((f) => f.slice(prefix));
      this.relativeCache.set(root, relative);
    }
    return relative;
  }
};
var BuildContext = class {
  constructor(root, repoFiles, dockerignore, dockerignoreFile, copies, knownDirs, complete) {
    this.root = root;
    this.dockerignore = dockerignore;
    this.dockerignoreFile = dockerignoreFile;
    this.copies = copies;
    this.knownDirs = knownDirs;
    this.complete = complete;
    this.index = FileIndex.of(repoFiles);
    this.all = this.index.filesUnder(root);
  }
  root;
  dockerignore;
  dockerignoreFile;
  copies;
  knownDirs;
  complete;
  /** Context-relative paths of every file in the context folder, before `.dockerignore`. */
  all;
  index;
  excludedCache = /* @__PURE__ */ new Map();
  placementMaps = null;
  sent = null;
  /** Names in a context folder, each with whether it is a folder. */
  childrenOf(contextDir) {
    return this.index.children.get(this.root && contextDir ? `${this.root}/${contextDir}` : this.root || contextDir);
  }
  /** Context-relative paths of the files sent to the builder. */
  get files() {
    this.sent ??= new Set(this.all.filter((f) => !this.excludedBy(f)));
    return this.sent;
  }
  repoPath(contextPath) {
    return [this.root, contextPath].filter(Boolean).join("/");
  }
  /** The `.dockerignore` pattern that keeps a context-relative path out of the build, or null. */
  excludedBy(contextPath) {
    if (!this.dockerignore || contextPath === "") return null;
    let by = this.excludedCache.get(contextPath);
    if (by === void 0) {
      by = this.dockerignore.excludedBy(contextPath);
      this.excludedCache.set(contextPath, by);
    }
    return by;
  }
  ignored(contextPath) {
    return this.excludedBy(contextPath) !== null;
  }
  /** Context-relative files under a folder (all of them for ''), after `.dockerignore`. */
  filesUnder(dir) {
    if (!dir) return this.all.filter((f) => !this.ignored(f));
    const start = this.root ? this.root.length + 1 : 0;
    const result = [];
    for (const f of this.index.filesBelow(this.repoPath(dir))) {
      const relative = f.slice(start);
      if (!this.ignored(relative)) result.push(relative);
    }
    return result;
  }
  /** What a COPY/ADD source names in the context: Docker's path cleaning, then filepath.Match per segment for wildcards. */
  resolveSource(source) {
    const result = { entries: [], excluded: [], outside: false, unknown: false };
    if (source === "" || source.includes("$")) return { ...result, unknown: true };
    const cleaned = cleanPath(source.replace(/^\/+/, ""));
    if (cleaned === ".." || cleaned.startsWith("../")) return { ...result, outside: true };
    const segments = cleaned === "." ? [] : cleaned.split("/");
    if (segments.some((s) => UNLISTED_DIRS.has(s))) return { ...result, unknown: true };
    let current = [{ path: "", isDir: true }];
    for (const segment of segments) {
      const next = [];
      const matcher = hasWildcard(segment) ? segmentMatcher(segment) : null;
      for (const entry of current) {
        if (!entry.isDir) continue;
        const names = this.childrenOf(entry.path);
        if (!names) continue;
        const join = (name) => entry.path ? `${entry.path}/${name}` : name;
        if (matcher) {
          for (const [name, isDir] of names) if (matcher.test(name)) next.push({ path: join(name), isDir });
        } else if (names.has(segment)) next.push({ path: join(segment), isDir: names.get(segment) });
      }
      current = next;
    }
    for (const entry of current) {
      const by = this.excludedBy(entry.path);
      if (!by || entry.isDir && this.filesUnder(entry.path).length > 0) result.entries.push(entry);
      else result.excluded.push({ entry, by });
    }
    return result;
  }
  /** The context file at an absolute image path, and the COPY/ADD that put it there (the last one wins). */
  fileAt(imagePath) {
    const maps = this.placements();
    return maps.exact.get(imagePath) ?? maps.likely.get(imagePath) ?? null;
  }
  /** Image paths of context files placed under an image folder. */
  imagePathsUnder(dir) {
    const prefix = dir.replace(/\/$/, "") + "/";
    const maps = this.placements();
    return [.../* @__PURE__ */ new Set([...maps.exact.keys(), ...maps.likely.keys()])].filter((p) => p.startsWith(prefix)).sort();
  }
  placements() {
    if (this.placementMaps) return this.placementMaps;
    const exact = /* @__PURE__ */ new Map();
    const likely = /* @__PURE__ */ new Map();
    for (const copy of this.copies) {
      if (copy.from !== null) continue;
      const parents = copy.instr.flags.some((f) => f.name.toLowerCase() === "parents");
      const dest = copy.absoluteDestination.replace(/(.)\/+$/, "$1");
      const destIsDir = copy.destinationIsDir || /(^|\/)\.\.?\/?$/.test(copy.destination) || this.knownDirs.has(dest);
      for (const source of copy.sources) {
        if (URL_SOURCE.test(source.value)) continue;
        if (copy.instr.keyword === "ADD" && ARCHIVE.test(source.value)) continue;
        const match = this.resolveSource(source.value);
        const wildcard = hasWildcard(source.value);
        for (const entry of match.entries) {
          const put = (target, contextPath, into) => into.set(target, { imagePath: target, file: this.repoPath(contextPath), copy, source });
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
};
function joinImage(dir, rel) {
  return (dir === "/" ? "" : dir) + "/" + rel;
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
var SYSTEM_DIRS = ["/", "/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/usr/local", "/usr/src", "/usr/share", "/opt", "/etc", "/etc/supervisor", "/etc/supervisor/conf.d", "/tmp", "/root", "/home", "/srv", "/var"];
function knownImageDirs(facts) {
  const dirs = new Set(SYSTEM_DIRS);
  const profile = facts.profile;
  dirs.add(profile.user.home);
  for (const v of profile.volumeDirs) dirs.add(`${profile.user.home}/${v}`);
  for (const stage of facts.imageChain) {
    for (const w of stage.workdirAt.values()) dirs.add(w.replace(/(.)\/$/, "$1"));
    dirs.add(stage.finalWorkdir.replace(/(.)\/$/, "$1"));
  }
  return dirs;
}
function judgedSources(copies) {
  return copies.filter((c) => c.from === null).flatMap((c) => c.sources.map((s) => s.value)).filter((v) => v && !v.includes("$") && !URL_SOURCE.test(v) && cleanPath(v) !== ".");
}
async function loadBuildContext(project, facts) {
  const copies = facts.copies(facts.imageChain);
  const knownDirs = knownImageDirs(facts);
  const complete = project.vfs.files.size < MAX_FILES;
  const make = async (root) => {
    const candidates = [`${facts.file}.dockerignore`, root ? `${root}/.dockerignore` : ".dockerignore"];
    const ignoreFile = candidates.find((c) => project.vfs.files.has(c)) ?? null;
    const text = ignoreFile ? await project.read(ignoreFile) : null;
    return new BuildContext(root, project.vfs.files, text !== null ? new DockerIgnore(text) : null, text !== null ? ignoreFile : null, copies, knownDirs, complete);
  };
  const declared = project.contextOf(facts);
  const context = await make(declared);
  if (declared === "") return context;
  const sources = judgedSources(facts.copies());
  const found = (c) => sources.filter((s) => c.resolveSource(s).entries.length > 0).length;
  if (sources.length === 0 || found(context) > 0) return context;
  const atRoot = await make("");
  return found(atRoot) > 0 ? atRoot : context;
}
export {
  BuildContext,
  loadBuildContext
};
