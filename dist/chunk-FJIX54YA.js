import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  globToRegExp
} from "./chunk-2OCAH5RW.js";
import {
  UsageError
} from "./chunk-SZREWI2H.js";
import {
  BUILTIN_PROFILES,
  CHAIMELEON_PROFILE,
  RUNTIME_INSTALLERS,
  deriveProfile
} from "./chunk-7WUZ372P.js";

// src/config.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";

// src/config-schema.ts
var MAX_ID = 2 ** 31 - 1;
var PROFILE_NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
var PROFILE_NAME_HINT = "a profile name (letters, digits, `.`, `_`, `-`; starting with a letter or digit)";
var str = (description, extra = {}) => ({ type: "string", minLength: 1, maxLength: 1e3, description, ...extra });
var bool = (description) => ({ type: "boolean", description });
var absolutePath = (description, nullable = false) => str(description, { pattern: "^/(?:[^/\\s]+/)*[^/\\s]*$", patternHint: "an absolute path (starting with `/`, no spaces)", ...nullable ? { nullable } : {} });
var folderName = (description) => str(description, { pattern: "^(?!\\.\\.?(?:/|$))(?!.*/\\.\\.?(?:/|$))[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$", patternHint: "a folder relative to the home (letters, digits, `.`, `_`, `-`, `/`; no `..`)" });
var list = (items, description) => ({ type: "array", items, uniqueItems: true, maxItems: 1e3, description });
var PROVIDES = {
  user: bool("It creates the profile's user (name, uid, gid and home)."),
  volumeDirs: bool("It creates the volume folders (`volumeDirs`) under the home, owned by the user."),
  entrypoint: {
    type: "array",
    nullable: true,
    minItems: 1,
    maxItems: 100,
    items: str("One word of the exec-form ENTRYPOINT."),
    description: 'Its exec-form ENTRYPOINT (`["/home/chaimeleon/.init/run.sh"]`), or null for none.'
  },
  workdir: absolutePath("Its WORKDIR, or null for `/`.", true),
  pipMirror: bool("It ships a pip.conf that points pip at the platform's PyPI mirror, so a plain `pip install` uses the mirror."),
  desktop: bool("It installs a desktop environment."),
  vnc: bool("It installs and starts a VNC server."),
  ssh: bool("It installs and starts an SSH server."),
  supervisor: bool("Its ENTRYPOINT starts supervisor, which runs the programs in `/etc/supervisor/conf.d/`."),
  browser: bool("It installs a web browser."),
  rotatesPassword: bool("Its start script replaces the default password with `$PASSWORD` when the container starts.")
};
var BASE_IMAGE_NODE = {
  type: "object",
  required: ["image", "kind"],
  description: "A platform base image: what a child image built FROM it inherits.",
  properties: {
    image: str("The image's full path without tag or digest (`harbor.example.org/library-batch/ubuntu-python`). A `FROM` matches it by this path with any tag, by the path without the registry host, or by its last component alone (`ubuntu-python:latest`, as passed through build ARGs).", {
      pattern: "^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?(?::[0-9]+)?(?:/[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)*$",
      patternHint: "an image path in lower case without tag or digest (`registry/project/name`)"
    }),
    kind: { type: "enum", values: ["batch", "desktop"], description: "`batch` (run with jobman) or `desktop` (an interactive image started from a helm chart)." },
    provides: {
      type: "object",
      description: "What the image gives a child image. A setting left out is not provided (false, or null).",
      properties: PROVIDES
    },
    binSh: {
      type: "enum",
      values: ["dash", "ash", "bash"],
      description: "What `/bin/sh` is in the image (`dash` on Debian and Ubuntu, `ash` on Alpine, `bash` on the Red Hat family): only bash expands `{a,b}` in a shell-form RUN. Left out, it is unknown, and findings that rest on it are questions."
    }
  }
};
var PROFILE_PROPERTIES = {
  extends: str("The profile this one starts from (default `chaimeleon`); every setting not given here is its. A profile named like a built-in one (`chaimeleon`) extends the built-in.", {
    pattern: PROFILE_NAME_PATTERN,
    patternHint: PROFILE_NAME_HINT
  }),
  user: {
    type: "object",
    description: "The user the platform runs containers as. Keys left out are inherited; a new `name` without `home` gives `/home/<name>`, and inherited base image paths under the old home follow it.",
    properties: {
      name: str("The user's name, which the final `USER` must name.", { maxLength: 32, pattern: "^[A-Za-z_][A-Za-z0-9._-]*\\$?$", patternHint: "a user name (letters, digits, `.`, `_`, `-`; not starting with a digit)" }),
      uid: { type: "integer", minimum: 0, maximum: MAX_ID, description: "The user id the platform runs containers with (Kubernetes `runAsUser`)." },
      gid: { type: "integer", minimum: 0, maximum: MAX_ID, description: "The group id (`runAsGroup`, `fsGroup`)." },
      home: absolutePath("The user's home, under which the volumes are mounted.")
    }
  },
  volumeDirs: list(folderName("A volume folder under the home."), "The folders under the home where the platform mounts volumes, which the image must create and give to the user."),
  datasetsDir: folderName("Which of `volumeDirs` holds the datasets (read-only input)."),
  persistentDirs: list(folderName("A persistent folder under the home."), "Which of `volumeDirs` keep what is written there after the job ends."),
  readOnlyMounts: list(absolutePath("A read-only mount."), "Other read-only mounts (absolute paths) that nothing may be written into."),
  baseImages: { type: "array", items: BASE_IMAGE_NODE, maxItems: 1e3, description: "The platform's base images. Given here, the list replaces the inherited one." },
  plainBaseImages: list(
    str("An image repository without registry or tag (`ubuntu`, `nvidia/cuda`).", { maxLength: 200 }),
    "Plain OS images known to add no user, WORKDIR or ENTRYPOINT: an image built on one is judged on its own instructions; any other base that is not a platform image is unseen, and findings that rest on what it lacks are info."
  ),
  allowedHosts: list(
    str("A host name or address.", { pattern: "^[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$|^\\[?[0-9A-Fa-f:.]+\\]?$", patternHint: "a host name or IP address (no scheme, port or path)" }),
    "Hosts a container can reach at run time (in-cluster services) and their subdomains; loopback and cluster-internal names are always allowed."
  ),
  pipMirror: str("The platform's PyPI mirror (an index URL): pip installs through it are allowed at run time, and advice names it.", { pattern: "^https?://[^\\s/]+(?:/\\S*)?$", patternHint: "an http(s) URL" }),
  runtimeInstalls: list(
    { type: "enum", values: RUNTIME_INSTALLERS, description: "An installer whose installs from its default index are allowed at run time." },
    `Installers allowed to fetch packages from their default index when the container starts, because the platform's nodes serve a mirror for them (${RUNTIME_INSTALLERS.map((i) => `\`${i}\``).join(", ")}). An install that names an index outside the platform, and every other download, is still CHM401.`
  ),
  authorizationSentence: str("The sentence the `authorization` label must carry (CHM301, CHM302). End it with the name of the images repository (its last three words): CHM302 also accepts a paraphrase that says `public...` and names it.", { maxLength: 2e3 }),
  organization: str("The platform's GitHub organization (compared case-insensitively): the repository-name convention applies only to its repositories.", {
    maxLength: 100,
    pattern: "^[A-Za-z0-9](?:[A-Za-z0-9._-]*)(?:/[A-Za-z0-9][A-Za-z0-9._-]*)*$",
    patternHint: "an organization name (`chaimeleon-eu`)"
  }),
  repoNameConvention: bool("Whether repository names in the organization must start with `repoPrefixes` (CHM407); false for a platform with no naming convention."),
  repoPrefixes: {
    type: "object",
    description: "The prefixes of repository names by image kind (compared case-insensitively).",
    properties: {
      batch: str("The prefix of a batch image's repository.", { maxLength: 100 }),
      interactive: str("The prefix of an interactive (desktop) image's repository.", { maxLength: 100 })
    }
  },
  desktopPorts: {
    type: "object",
    description: "The ports the desktop helm chart connects to in an interactive image.",
    properties: {
      ssh: { type: "integer", minimum: 1, maximum: 65535, description: "The SSH server's port." },
      vnc: { type: "integer", minimum: 1, maximum: 65535, description: "The VNC server's port." }
    }
  }
};
var PROFILE_NODE = {
  type: "object",
  description: "A platform profile: the values of a platform built from the guide (user, volumes, base images, hosts, wording, naming).",
  properties: PROFILE_PROPERTIES
};
var SEVERITY_SETTINGS = ["error", "warning", "info", "off"];
var FAIL_LEVELS = ["error", "warning", "info", "none"];
var CONFIG_NODE = {
  type: "object",
  description: "chaimeleon-lint configuration (.chaimeleon-lint.yaml, .yml or .json).",
  properties: {
    $schema: str("The JSON Schema this file follows (for editors; ignored by chaimeleon-lint)."),
    profile: str("The platform profile to check against: `chaimeleon` (built in) or one defined under `profiles`. `--profile` overrides it.", { pattern: PROFILE_NAME_PATTERN, patternHint: PROFILE_NAME_HINT }),
    profiles: {
      type: "map",
      keys: { kind: "pattern", pattern: PROFILE_NAME_PATTERN, hint: PROFILE_NAME_HINT, description: "The profile's name." },
      values: PROFILE_NODE,
      description: "Platform profiles by name: a sibling platform built from the same guide, by configuration alone."
    },
    rules: {
      type: "map",
      keys: { kind: "rule" },
      values: { type: "enum", values: [...SEVERITY_SETTINGS, true, false], hint: "error, warning, info or off (true keeps the rule's own severity, false is off)", description: "The rule's severity, or off." },
      description: "Severities by rule code or slug: error, warning, info or off."
    },
    ignore: list(str("A path glob relative to the linted folder (`**`, `*`, `?`, `[abc]`, `{a,b}`; a folder or a trailing `/` means the whole folder)."), "Paths (globs) that are never linted."),
    private: bool("The repository is private (in remote mode GitHub says so): CHM301 then needs the authorization label."),
    failLevel: { type: "enum", values: FAIL_LEVELS, description: "The lowest severity that makes the exit code 1 (default error); none never fails." },
    root: bool("This folder is the root of a repository (like a `.git` folder): an image folder linted below it is reviewed with this folder's LICENSE, README and build files, and nothing above it is read.")
  }
};
var ConfigProblem = class extends Error {
  constructor(keyPath, problem) {
    super(`${keyPath}: ${problem}`);
    this.keyPath = keyPath;
    this.problem = problem;
  }
  keyPath;
  problem;
};
function formatKeyPath(path) {
  if (path.length === 0) return "(top level)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment) && segment.length <= 64) out += (out ? "." : "") + segment;
    else out += `[${quote(segment)}]`;
  }
  return out;
}
function quote(text, max = 40) {
  return JSON.stringify(text.length > max ? text.slice(0, max) + "\u2026" : text);
}
function preview(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return quote(value);
  return String(value);
}
function validateNode(node, value, path, ctx) {
  const fail = (problem) => {
    throw new ConfigProblem(formatKeyPath(path), problem);
  };
  switch (node.type) {
    case "string": {
      if (value === null && node.nullable) return null;
      if (typeof value !== "string") return fail(`must be ${node.nullable ? "a string or null" : "a string"}, not ${preview(value)}`);
      if (value.length < (node.minLength ?? 0)) return fail("must not be empty");
      if (node.maxLength !== void 0 && value.length > node.maxLength) return fail(`must be at most ${node.maxLength} characters long`);
      if (node.pattern && !new RegExp(node.pattern, "u").test(value)) return fail(`must be ${node.patternHint ?? `like ${node.pattern}`}, not ${preview(value)}`);
      return value;
    }
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) return fail(`must be an integer, not ${preview(value)}`);
      if (value < node.minimum || value > node.maximum) return fail(`must be between ${node.minimum} and ${node.maximum}, not ${value}`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") return fail(`must be true or false, not ${preview(value)}`);
      return value;
    case "enum":
      if (!node.values.includes(value)) {
        const near = typeof value === "string" ? didYouMean(value, node.values.filter((v) => typeof v === "string")) : "";
        return fail(`must be ${node.hint ?? oneOf(node.values.map(String))}, not ${preview(value)}${near}`);
      }
      return value;
    case "array": {
      if (value === null && node.nullable) return null;
      if (!Array.isArray(value)) return fail(`must be a list${node.nullable ? " or null" : ""}, not ${preview(value)}`);
      if (node.minItems !== void 0 && value.length < node.minItems) return fail(`must list at least ${node.minItems}`);
      if (node.maxItems !== void 0 && value.length > node.maxItems) return fail(`must list at most ${node.maxItems}`);
      const items = value.map((item, i) => validateNode(node.items, item, [...path, i], ctx));
      if (node.uniqueItems) {
        const seen = /* @__PURE__ */ new Set();
        items.forEach((item, i) => {
          const key = JSON.stringify(item);
          if (seen.has(key)) throw new ConfigProblem(formatKeyPath([...path, i]), `repeats ${preview(item)}`);
          seen.add(key);
        });
      }
      return items;
    }
    case "object": {
      if (!isMapping(value)) return fail(`must be a mapping, not ${preview(value)}`);
      const known = Object.keys(node.properties);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(node.properties, key)) {
          const near = didYouMean(key, known);
          throw new ConfigProblem(formatKeyPath([...path, key]), `unknown setting${near || `; expected ${oneOf(known)}`}`);
        }
      }
      for (const key of node.required ?? []) if (!Object.hasOwn(value, key)) fail(`\`${key}\` is required`);
      const out = {};
      for (const key of known) if (Object.hasOwn(value, key)) out[key] = validateNode(node.properties[key], value[key], [...path, key], ctx);
      return out;
    }
    case "map": {
      if (!isMapping(value)) return fail(`must be a mapping, not ${preview(value)}`);
      const entries = Object.entries(value);
      if (node.maxProperties !== void 0 && entries.length > node.maxProperties) return fail(`must have at most ${node.maxProperties} entries`);
      const out = /* @__PURE__ */ new Map();
      for (const [key, item] of entries) {
        if (node.keys.kind === "rule") {
          if (!ctx.resolveRule(key)) throw new ConfigProblem(formatKeyPath([...path, key]), `unknown rule${didYouMean(key, ctx.ruleNames)} (see --list-rules)`);
        } else if (!new RegExp(node.keys.pattern, "u").test(key)) {
          throw new ConfigProblem(formatKeyPath([...path, key]), `must be named with ${node.keys.hint}`);
        }
        out.set(key, validateNode(node.values, item, [...path, key], ctx));
      }
      return out;
    }
  }
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function oneOf(values) {
  return values.length <= 1 ? values[0] ?? "nothing" : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
function didYouMean(word, candidates) {
  if (word.length > 100) return "";
  const lower = word.toLowerCase();
  let best = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), 3);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return best !== null && bestDistance <= allowed ? `; did you mean ${quote(best)}?` : "";
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
var PROFILE_DEFAULTS = (() => {
  const out = /* @__PURE__ */ new Map();
  const show = (v) => `\`${JSON.stringify(v)}\``;
  const p = CHAIMELEON_PROFILE;
  for (const [key, value] of Object.entries(p)) {
    if (key === "name" || key === "baseImages") continue;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) out.set(`${key}.${k}`, show(v));
    } else out.set(key, show(value));
  }
  out.set("baseImages", `${p.baseImages.length} images under \`${commonPrefix(p.baseImages.map((b) => b.image))}\` (see \`--print-config\`)`);
  out.set("baseImages.[].image", `\`${p.baseImages[0].image}\`, \u2026`);
  const byKind = (value) => {
    const kinds = /* @__PURE__ */ new Map();
    for (const b of p.baseImages) kinds.set(b.kind, show(value(b)));
    const values = new Set(kinds.values());
    return values.size === 1 ? [...values][0] : [...kinds].map(([k, v]) => `${k}: ${v}`).join("; ");
  };
  out.set("baseImages.[].kind", ["batch", "desktop"].map((k) => `\`${k}\` (${p.baseImages.filter((b) => b.kind === k).length})`).join(", "));
  for (const key of Object.keys(p.baseImages[0].provides)) out.set(`baseImages.[].provides.${key}`, byKind((b) => b.provides[key]));
  return out;
})();
function commonPrefix(values) {
  let prefix = values[0] ?? "";
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf("/", prefix.length - 2) + 1);
  return prefix;
}

// src/config.ts
var CONFIG_FILES = [".chaimeleon-lint.yaml", ".chaimeleon-lint.yml", ".chaimeleon-lint.json"];
var DEFAULT_PROFILE = "chaimeleon";
var MAX_EXTENDS_DEPTH = 16;
var MAX_CONFIG_BYTES = 1 << 20;
function shown(path) {
  return path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
async function findConfigFile(dirs) {
  for (const dir of dirs) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      try {
        lstatSync(path);
      } catch {
        continue;
      }
      checkInside(path, dir);
      return path;
    }
  }
  return null;
}
function checkInside(path, dir) {
  let real;
  let realDir;
  try {
    [real, realDir] = [realpathSync(path), realpathSync(dir)];
  } catch (e) {
    throw new UsageError(`${shown(path)}: cannot read the configuration file (${e.code ?? "unreadable"})`);
  }
  if (!real.startsWith(realDir.endsWith(sep) ? realDir : realDir + sep)) {
    throw new UsageError(`${shown(path)}: the configuration file is a link to a place outside ${shown(dir)}; it is not read`);
  }
}
function readConfigText(path) {
  const refuse = (why) => {
    throw new UsageError(`${shown(path)}: ${why}`);
  };
  let fd;
  try {
    const info = statSync(path);
    if (!info.isFile()) refuse("the configuration file is not a regular file (a folder, FIFO, socket or device); it is not read");
    if (info.size > MAX_CONFIG_BYTES) refuse(`the configuration file is larger than ${MAX_CONFIG_BYTES >> 20} MiB`);
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) refuse("the configuration file is not a regular file; it is not read");
    if (opened.size > MAX_CONFIG_BYTES) refuse(`the configuration file is larger than ${MAX_CONFIG_BYTES >> 20} MiB`);
    return readFileSync(fd, "utf8");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    return refuse(`cannot read the configuration file (${e.code ?? "unreadable"})`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
async function yamlParse() {
  const mod = await import("./dist-FT6AK4PS.js");
  return mod.parse ?? mod.default.parse;
}
async function loadConfigFile(path, rules) {
  const text = readConfigText(path);
  let data;
  try {
    data = path.endsWith(".json") ? JSON.parse(text) : (await yamlParse())(text);
  } catch (e) {
    const reason = e instanceof RangeError || /call stack size/i.test(String(e?.message)) ? "it nests too deeply to read" : shown(String(e?.message ?? e).split("\n")[0]);
    throw new UsageError(`${shown(path)}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${reason}`);
  }
  return validateConfig(data ?? {}, path, rules);
}
function validateConfig(data, path, rules) {
  const ruleNames = (rules.meta ?? []).flatMap((m) => [m.code, m.slug]);
  let file;
  try {
    file = validateNode(CONFIG_NODE, data, [], { resolveRule: (n) => rules.resolve(n), ruleNames });
  } catch (e) {
    if (e instanceof ConfigProblem) throw new UsageError(`${shown(path)}: ${e.message}`);
    throw e;
  }
  const config = {};
  if (file.profile !== void 0) config.profile = file.profile;
  if (file.profiles !== void 0) config.profiles = file.profiles;
  if (file.rules !== void 0) {
    const byCode = {};
    for (const [name, value] of file.rules) {
      if (value === true) continue;
      byCode[rules.resolve(name)] = value === false ? "off" : value;
    }
    config.rules = byCode;
  }
  if (file.ignore !== void 0) config.ignore = file.ignore;
  if (file.private !== void 0) config.private = file.private;
  if (file.failLevel !== void 0) config.failLevel = file.failLevel;
  resolveProfiles(config.profiles ?? /* @__PURE__ */ new Map(), path);
  return config;
}
function resolveProfiles(custom, file) {
  const fail = (path, problem) => {
    throw new UsageError(`${shown(file)}: ${formatKeyPath(path)}: ${problem}`);
  };
  const tooDeep = (start, chain) => fail(["profiles", start, "extends"], `more than ${MAX_EXTENDS_DEPTH} profiles extend one another (${chainText(chain)} -> \u2026)`);
  const resolved = /* @__PURE__ */ new Map();
  const depth = /* @__PURE__ */ new Map();
  for (const start of custom.keys()) {
    if (resolved.has(start)) continue;
    const chain = [];
    const onChain = /* @__PURE__ */ new Set();
    let current = start;
    let base;
    let baseDepth = 0;
    for (; ; ) {
      chain.push(current);
      onChain.add(current);
      if (chain.length > MAX_EXTENDS_DEPTH) tooDeep(start, chain);
      const next = custom.get(current).extends ?? DEFAULT_PROFILE;
      const at = ["profiles", current, "extends"];
      if (next === current) {
        base = BUILTIN_PROFILES.get(next) ?? fail(at, "a profile cannot extend itself");
        break;
      }
      if (onChain.has(next)) fail(at, `profiles extend each other in a loop (${chainText([...chain.slice(chain.indexOf(next)), next])})`);
      if (resolved.has(next)) {
        base = resolved.get(next);
        baseDepth = depth.get(next);
        break;
      }
      if (!custom.has(next)) {
        base = BUILTIN_PROFILES.get(next) ?? fail(at, `unknown profile ${quote(next)}${didYouMean(next, knownProfiles(custom))} (known: ${knownList(custom)})${DEFINED_IN_CONFIG}`);
        break;
      }
      current = next;
    }
    if (chain.length + baseDepth > MAX_EXTENDS_DEPTH) tooDeep(start, chain);
    for (let i = chain.length - 1; i >= 0; i--) {
      const name = chain[i];
      base = deriveProfile(base, custom.get(name), name);
      checkProfile(base, name, fail);
      resolved.set(name, base);
      depth.set(name, baseDepth + (chain.length - i));
    }
  }
  return resolved;
}
function checkProfile(profile, name, fail) {
  const volumes = profile.volumeDirs;
  const list2 = volumes.map((v) => quote(v)).join(", ") || "none";
  if (!volumes.includes(profile.datasetsDir)) fail(["profiles", name, "datasetsDir"], `${quote(profile.datasetsDir)} is not one of volumeDirs (${list2})`);
  profile.persistentDirs.forEach((dir, i) => {
    if (!volumes.includes(dir)) fail(["profiles", name, "persistentDirs", i], `${quote(dir)} is not one of volumeDirs (${list2})`);
    if (dir === profile.datasetsDir) fail(["profiles", name, "persistentDirs", i], `${quote(dir)} is the read-only datasetsDir`);
  });
}
function chainText(names) {
  const shownNames = names.length > 6 ? [...names.slice(0, 3), "\u2026", ...names.slice(-2)] : names;
  return shownNames.map((n) => n === "\u2026" ? n : quote(n, 30).slice(1, -1)).join(" -> ");
}
var DEFINED_IN_CONFIG = "; a profile that is not built in is defined under `profiles` in the configuration file (the package ships profiles/eucaim.chaimeleon-lint.yaml for the EUCAIM node)";
function knownProfiles(custom) {
  return [.../* @__PURE__ */ new Set([...BUILTIN_PROFILES.keys(), ...custom.keys()])];
}
function knownList(custom) {
  const names = knownProfiles(custom);
  return names.length > 10 ? `${names.slice(0, 10).join(", ")}, \u2026` : names.join(", ");
}
function resolveConfig(user, source, cli) {
  const custom = user.profiles ?? /* @__PURE__ */ new Map();
  const profiles = resolveProfiles(custom, source ?? "(no configuration file)");
  const name = cli.profile ?? user.profile ?? DEFAULT_PROFILE;
  const profile = profiles.get(name) ?? BUILTIN_PROFILES.get(name);
  if (!profile) {
    const where = cli.profile !== void 0 ? "--profile" : `${shown(source ?? "")}: profile`;
    throw new UsageError(`${where}: unknown profile ${quote(name)}${didYouMean(name, knownProfiles(custom))} (known: ${knownList(custom)})${DEFINED_IN_CONFIG}`);
  }
  const severities = new Map(Object.entries(user.rules ?? {}));
  for (const [code, sev] of Object.entries(cli.rules ?? {})) severities.set(code, sev);
  const ignoreGlobs = user.ignore ?? [];
  const known = new Map([...BUILTIN_PROFILES, ...profiles]);
  return {
    profile,
    otherProfiles: [...known.values()].filter((p) => p !== profile),
    severities,
    ignore: ignoreGlobs.map((g) => globToRegExp(g)),
    ignoreGlobs,
    private: user.private ?? null,
    failLevel: cli.failLevel ?? user.failLevel ?? "error",
    source
  };
}

export {
  CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  resolveConfig
};
