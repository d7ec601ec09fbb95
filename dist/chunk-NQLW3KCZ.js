import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  writeAtomically
} from "./chunk-AXWLNZWU.js";
import {
  VfsError
} from "./chunk-6DTU62CM.js";

// src/cache.ts
import { promises as fsp, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
var require2 = createRequire(import.meta.url);
var crypto = () => require2("node:crypto");
var DEFAULT_CACHE_FILE = join("node_modules", ".cache", "chaimeleon-lint", "lint-cache.json");
var FORMAT = 2;
function cacheFilePath(location, cwd, isFolder) {
  if (location === void 0) return resolve(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  return isFolder || /[/\\]$/.test(location) ? join(path, ".chaimeleon-lint-cache") : path;
}
var digest = (text) => crypto().createHash("sha256").update(text).digest("base64url");
async function readOutcome(vfs, path) {
  try {
    return `=${digest(await vfs.readText(path))}`;
  } catch (e) {
    return e instanceof VfsError ? `!${e.kind}:${e.message}` : `!${String(e)}`;
  }
}
var RecordingVfs = class {
  constructor(inner) {
    this.inner = inner;
  }
  inner;
  reads = /* @__PURE__ */ new Map();
  get label() {
    return this.inner.label;
  }
  get files() {
    return this.inner.files;
  }
  get truncated() {
    return this.inner.truncated;
  }
  linkFor(path, line) {
    return this.inner.linkFor?.(path, line);
  }
  readText(path) {
    const text = this.inner.readText(path);
    if (!this.reads.has(path)) this.reads.set(path, text.then((t) => `=${digest(t)}`, (e) => e instanceof VfsError ? `!${e.kind}:${e.message}` : `!${String(e)}`));
    return text;
  }
  async recorded() {
    const records = [];
    for (const [path, outcome] of this.reads) records.push([path, await outcome]);
    return records.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  }
};
function cacheInputs(project, config, repository) {
  return { id: JSON.stringify([project.root, project.scope, project.isRepository, project.targets]), config, repository, vfs: project.vfs };
}
var LintCache = class _LintCache {
  constructor(file, version, key) {
    this.file = file;
    this.version = version;
    this.key = key;
  }
  file;
  version;
  key;
  entries = {};
  changed = false;
  /** Why the cache file was not used as it was (corrupt, another version, not ours), for tests and --debug. */
  discarded = null;
  /**
   * Opens the cache file (missing, corrupt, foreign or of another version: starts empty).
   * `keyFolder` holds the signing key; it is created there (mode 600) on first use.
   */
  static async open(file, version, keyFolder) {
    const cache = new _LintCache(file, version, await signingKey(keyFolder));
    let text;
    try {
      if (!statSync(file).isFile()) return cache;
      text = readFileSync(file, "utf8");
    } catch {
      return cache;
    }
    const newline = text.indexOf("\n");
    const signature = text.slice(0, newline);
    const body = text.slice(newline + 1);
    if (newline < 0 || !cache.signatureMatches(signature, body)) {
      cache.discarded = "not signed by this machine";
      cache.changed = true;
      return cache;
    }
    try {
      const parsed = JSON.parse(body);
      if (parsed?.format !== FORMAT || parsed.version !== version || typeof parsed.entries !== "object" || parsed.entries === null) {
        cache.discarded = parsed?.version !== version ? `written by version ${String(parsed?.version)}` : "another format";
        cache.changed = true;
        return cache;
      }
      cache.entries = parsed.entries;
    } catch {
      cache.discarded = "corrupt";
      cache.changed = true;
    }
    return cache;
  }
  sign(body) {
    return crypto().createHmac("sha256", this.key).update(body).digest("base64url");
  }
  signatureMatches(signature, body) {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto().timingSafeEqual(given, expected);
  }
  /** The digest of what every project of a run shares (version, configuration): one per configuration, not one per path. */
  configDigests = /* @__PURE__ */ new WeakMap();
  keyOf(inputs) {
    const { config } = inputs;
    let configDigest = this.configDigests.get(config);
    if (configDigest === void 0) {
      configDigest = digest(
        JSON.stringify({
          version: this.version,
          profile: config.profile,
          otherProfiles: config.otherProfiles,
          severities: [...config.severities].sort(),
          ignore: config.ignoreGlobs,
          private: config.private
        })
      );
      this.configDigests.set(config, configDigest);
    }
    return digest(
      JSON.stringify({
        config: configDigest,
        repository: inputs.repository,
        listing: digest([...inputs.vfs.files].join("\n")),
        truncated: inputs.vfs.truncated ?? null
      })
    );
  }
  /** The result kept for these inputs when every file it read still reads the same; else null. */
  async lookup(inputs) {
    const entry = this.entries[inputs.id];
    if (!entry || entry.key !== this.keyOf(inputs) || !Array.isArray(entry.reads) || typeof entry.result !== "object") return null;
    for (const [path, outcome] of entry.reads) {
      if (await readOutcome(inputs.vfs, path) !== outcome) return null;
    }
    return entry.result;
  }
  /** Lints through the cache: the kept result when valid, else `run` on a recording view of the files, kept for next time. */
  async lint(inputs, run) {
    const kept = await this.lookup(inputs);
    if (kept) return kept;
    const recording = new RecordingVfs(inputs.vfs);
    const result = await run(recording);
    this.store(inputs, await recording.recorded(), result);
    return result;
  }
  /** Keeps a result with what its run read. A run that crashed or stopped at a limit is reported, never kept: the next run tries again. */
  store(inputs, reads, result) {
    if (result.internalErrors.length === 0) this.entries[inputs.id] = { key: this.keyOf(inputs), reads, result };
    else if (this.entries[inputs.id]) delete this.entries[inputs.id];
    else return;
    this.changed = true;
  }
  /** Writes the cache when it changed: a temporary file in the same folder, renamed over the old one. */
  async save() {
    if (!this.changed) return;
    const body = JSON.stringify({ format: FORMAT, version: this.version, entries: this.entries });
    await writeCreatingFolder(this.file, `${this.sign(body)}
${body}`, 384);
    this.changed = false;
  }
};
function keyFolderFor(env) {
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "chaimeleon-lint");
}
async function signingKey(folder) {
  const file = join(folder, "cache-key");
  try {
    const key2 = await fsp.readFile(file);
    if (key2.length >= 32) return key2;
  } catch {
  }
  const key = crypto().randomBytes(32);
  await writeCreatingFolder(file, key, 384);
  return key;
}
async function writeCreatingFolder(path, data, mode) {
  await fsp.mkdir(dirname(path), { recursive: true });
  await writeAtomically(path, data, mode);
}

export {
  DEFAULT_CACHE_FILE,
  cacheFilePath,
  RecordingVfs,
  cacheInputs,
  LintCache,
  keyFolderFor
};
