import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  findPlatformImage
} from "./chunk-7WUZ372P.js";
import {
  SegmentMap,
  shellCommands
} from "./chunk-D33BDPQG.js";

// src/dockerfile/run-shell.ts
var BRACE_SHELLS = /* @__PURE__ */ new Set(["bash", "zsh", "ksh", "ksh93", "mksh"]);
var PLAIN_SHELLS = /* @__PURE__ */ new Set(["dash", "ash", "busybox", "posh"]);
function binShOfReference(reference) {
  const ref = reference.split("@")[0].toLowerCase();
  const colon = ref.lastIndexOf(":");
  const hasTag = colon > ref.lastIndexOf("/");
  const name = (hasTag ? ref.slice(0, colon) : ref).replace(/^(?:docker\.io\/)?(?:library\/)?/, "");
  const tag = hasTag ? ref.slice(colon + 1) : "";
  if (/(^|[-_.])alpine/.test(tag)) return "ash";
  if (/(^|[-_.])(ubi\d|rockylinux|centos|almalinux|fedora|amazonlinux|oraclelinux)/.test(tag)) return "bash";
  if (/(^|[-_.])(ubuntu|debian|bookworm|bullseye|buster|trixie|jammy|focal|noble|bionic|slim)/.test(tag)) return "dash";
  if (/^(alpine|busybox)$/.test(name)) return "ash";
  if (/^(ubuntu|debian|buildpack-deps|python|nvidia\/cuda|rocker\/[\w.-]+|r-base|node|openjdk|eclipse-temurin)$/.test(name)) return "dash";
  if (/^(centos|rockylinux|rockylinux\/rockylinux|almalinux|fedora|amazonlinux|oraclelinux|opensuse\/[\w.-]+|redhat\/ubi\d+(-[\w]+)?|registry\.access\.redhat\.com\/ubi\d+(\/[\w.-]+)?)$/.test(name)) return "bash";
  return null;
}
function binShell(binSh, image) {
  const quoted = image ? `\`${image}\`` : "its base image";
  if (binSh === null) return { name: "sh", braces: null, why: `\`/bin/sh\` of ${quoted} (not seen here) may not be bash` };
  return { name: binSh, braces: binSh === "bash", why: `\`/bin/sh\` is ${binSh} on ${quoted}` };
}
function namedShell(program, binSh, why) {
  const name = program.slice(program.lastIndexOf("/") + 1);
  if (name === "sh") return binSh;
  if (BRACE_SHELLS.has(name)) return { name, braces: true, why };
  if (PLAIN_SHELLS.has(name)) return { name: name === "busybox" ? "ash" : name, braces: false, why };
  return null;
}
function hasBraceList(raw) {
  return /\{[^{}]*,[^{}]*\}/.test(raw.replace(/"[^"]*"|'[^']*'/g, ""));
}

// src/dockerfile/expand.ts
var MAX_EXPANDED_LENGTH = 64 * 1024;
var MAX_NESTING = 64;
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
var OPERATORS = [":-", ":+", "-", "+"];
var Builder = class {
  /** An expansion never makes a value longer than the cap, or than the text it expands when that is longer. */
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  value = "";
  truncated = false;
  add(piece) {
    if (this.truncated || piece === "") return;
    const room = this.cap - this.value.length;
    if (piece.length <= room) this.value += piece;
    else {
      this.value += piece.slice(0, room);
      this.truncated = true;
    }
  }
};
function closingBraces(text, escapeChar) {
  const closes = /* @__PURE__ */ new Map();
  const open = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && i + 1 < text.length) i++;
    else if (c === "$" && text[i + 1] === "{") {
      closes.set(i, -1);
      open.push(i);
      i++;
    } else if (c === "}" && open.length > 0) closes.set(open.pop(), i);
  }
  return closes;
}
function expandVariables(text, vars, escapeChar = "\\") {
  const result = { value: text, undeclared: [], unresolved: [] };
  if (!text.includes("$")) return result;
  const out = new Builder(Math.max(MAX_EXPANDED_LENGTH, text.length));
  expandInto(text, vars, escapeChar, out, result, 0);
  result.value = out.value;
  if (out.truncated) result.truncated = true;
  return result;
}
function expandInto(text, vars, escapeChar, out, result, depth) {
  let last = 0;
  let closes;
  let i = text.indexOf("$");
  while (i >= 0 && i < text.length && !out.truncated) {
    if (i > 0 && text[i - 1] === escapeChar) {
      out.add(text.slice(last, i - 1));
      last = i - 1 + 1;
      i = text.indexOf("$", i + 1);
      continue;
    }
    const next = text[i + 1];
    if (next !== void 0 && NAME_START.test(next)) {
      let end = i + 2;
      while (end < text.length && NAME_CHAR.test(text[end])) end++;
      out.add(text.slice(last, i));
      substitute(text.slice(i + 1, end), text.slice(i, end), vars, out, result);
      last = end;
      i = text.indexOf("$", end);
      continue;
    }
    if (next === "{" && i + 2 < text.length && NAME_START.test(text[i + 2])) {
      let end = i + 3;
      while (end < text.length && NAME_CHAR.test(text[end])) end++;
      const name = text.slice(i + 2, end);
      const close = (closes ??= closingBraces(text, escapeChar)).get(i) ?? -1;
      const op = text[end] === "}" ? "" : OPERATORS.find((o) => text.startsWith(o, end));
      if (close < 0 || op === void 0 || op === "" && close !== end || depth >= MAX_NESTING) {
        i = text.indexOf("$", i + 1);
        continue;
      }
      out.add(text.slice(last, i));
      const whole = text.slice(i, close + 1);
      if (op === "") substitute(name, whole, vars, out, result);
      else {
        const word = text.slice(end + op.length, close);
        const entry = vars.get(name);
        const isSet = entry !== void 0 && !entry.declaredWithoutValue;
        const isNonEmpty = isSet && entry.value !== "";
        if (op === ":-" || op === "-") {
          const useDefault = op === ":-" ? !isNonEmpty : !isSet;
          if (useDefault && entry?.declaredWithoutValue) result.unresolved.push(name);
          if (useDefault) expandInto(word, vars, escapeChar, out, { value: "", undeclared: [], unresolved: [] }, depth + 1);
          else out.add(entry.value);
        } else {
          const useAlt = op === ":+" ? isNonEmpty : isSet;
          if (useAlt) expandInto(word, vars, escapeChar, out, { value: "", undeclared: [], unresolved: [] }, depth + 1);
        }
      }
      last = close + 1;
      i = text.indexOf("$", close + 1);
      continue;
    }
    i = text.indexOf("$", i + 1);
  }
  if (!out.truncated) out.add(text.slice(last));
}
function substitute(name, written, vars, out, result) {
  const entry = vars.get(name);
  if (entry === void 0) result.undeclared.push(name);
  else if (entry.declaredWithoutValue) {
    result.unresolved.push(name);
    out.add(written);
  } else out.add(entry.value);
}
function expandWord(word, vars, escapeChar = "\\") {
  const pieces = [];
  const add = (text, expand) => {
    const last = pieces[pieces.length - 1];
    if (last && last.expand === expand) last.text += text;
    else pieces.push({ text, expand });
  };
  let quote = null;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === escapeChar && i + 1 < word.length && (!quote || ['"', "$", escapeChar].includes(word[i + 1]))) {
      add(word[++i], false);
    } else if (c === "'" && !quote) {
      const end = word.indexOf("'", i + 1);
      add(word.slice(i + 1, end < 0 ? word.length : end), false);
      i = end < 0 ? word.length : end;
    } else if (c === '"') {
      quote = quote ? null : '"';
    } else {
      add(c, true);
    }
  }
  const out = new Builder(Math.max(MAX_EXPANDED_LENGTH, word.length));
  const result = { value: "", undeclared: [], unresolved: [] };
  for (const piece of pieces) {
    if (!piece.expand) out.add(piece.text);
    else expandInto(piece.text, vars, "\0", out, result, 0);
  }
  result.value = out.value;
  if (out.truncated) result.truncated = true;
  return result;
}

// src/dockerfile/scope.ts
var VarTimeline = class {
  /** Per name: the versions at which it was set, and the values, in order. */
  history = /* @__PURE__ */ new Map();
  version = 0;
  current = null;
  set(name, value) {
    this.version++;
    let h = this.history.get(name);
    if (!h) this.history.set(name, h = { versions: [], values: [] });
    h.versions.push(this.version);
    h.values.push(value);
    this.current = null;
  }
  get(name) {
    const h = this.history.get(name);
    return h ? h.values[h.values.length - 1] : void 0;
  }
  /** The variables as they are now, fixed: later `set`s do not change it. */
  snapshot() {
    return this.current ??= new VarScope(this, this.version);
  }
  /** @internal the value of a name at a version. */
  lookup(name, version) {
    const h = this.history.get(name);
    if (!h) return void 0;
    const v = h.versions;
    if (v[0] > version) return void 0;
    let lo = 0;
    let hi = v.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (v[mid] <= version) lo = mid;
      else hi = mid - 1;
    }
    return h.values[lo];
  }
  /** @internal names set at or before a version, in the order first set. */
  *namesAt(version) {
    for (const [name, h] of this.history) if (h.versions[0] <= version) yield name;
  }
};
var VarScope = class {
  constructor(timeline, version) {
    this.timeline = timeline;
    this.version = version;
  }
  timeline;
  version;
  sizeCache;
  get(name) {
    return this.timeline.lookup(name, this.version);
  }
  has(name) {
    return this.get(name) !== void 0;
  }
  get size() {
    if (this.sizeCache === void 0) {
      let n = 0;
      for (const _ of this.timeline.namesAt(this.version)) n++;
      this.sizeCache = n;
    }
    return this.sizeCache;
  }
  *entries() {
    for (const name of this.timeline.namesAt(this.version)) yield [name, this.timeline.lookup(name, this.version)];
  }
  *keys() {
    yield* this.timeline.namesAt(this.version);
  }
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback, thisArg) {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }
};

// src/dockerfile/shell-form.ts
var SHELL_INTERPRETERS = /^#!\s*(\S*\/)?(env\s+)?(ba|da|z|k|a)?sh\b/;
function shellSources(model, instr) {
  const heredocs = instr.keyword === "RUN" && instr.mayHoldHeredoc ? heredocsOf(instr) : [];
  if (heredocs.length > 0) return heredocSources(model, instr, heredocs);
  return [joinedSource(model, instr.argsOffset, instr.endOffset)];
}
function heredocsOf(instr) {
  const node = instr.node;
  try {
    return typeof node.getHeredocs === "function" ? node.getHeredocs() : [];
  } catch {
    return [];
  }
}
function heredocSources(model, instr, heredocs) {
  const { text, lines } = model;
  const firstLineEnd = text.indexOf("\n", instr.argsOffset);
  const firstLine = text.slice(instr.argsOffset, firstLineEnd < 0 ? instr.endOffset : firstLineEnd);
  const command = firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, "").trim();
  if (command.length > 0) {
    const identity = new SegmentMap();
    identity.add(0, instr.argsOffset);
    return [{ text: text.slice(instr.argsOffset, instr.endOffset), toHost: identity.toHost, host: lines, file: model.file }];
  }
  const sources = [];
  for (const h of heredocs) {
    const r = h.getContentRange();
    if (!r) continue;
    const start = lines.offsetAt(r.start.line, r.start.character);
    const end = lines.offsetAt(r.end.line, r.end.character);
    const body = text.slice(start, end);
    if (body.startsWith("#!") && !SHELL_INTERPRETERS.test(body)) continue;
    const map = new SegmentMap();
    map.add(0, start);
    sources.push({ text: body, toHost: map.toHost, host: lines, file: model.file });
  }
  return sources;
}
function joinedSource(model, start, end) {
  const { text, escapeChar } = model;
  const map = new SegmentMap();
  let out = "";
  let pos = start;
  let continued = false;
  while (pos < end) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(pos, lineEnd);
    if (continued && (line.trim() === "" || line.trimStart().startsWith("#"))) {
      pos = lineEnd + 1;
      continue;
    }
    const trimmed = line.replace(/[ \t]+$/, "");
    continued = trimmed.endsWith(escapeChar) && !trimmed.endsWith(escapeChar + escapeChar);
    const keep = continued ? trimmed.slice(0, -1) : line;
    map.add(out.length, pos);
    out += keep;
    if (!continued) {
      if (lineEnd < end) out += "\n";
      map.add(out.length, lineEnd + 1);
    }
    pos = lineEnd + 1;
  }
  return { text: out, toHost: map.toHost, host: model.lines, file: model.file };
}
function execCommands(model, instr) {
  const words = (instr.exec ?? []).map((w) => ({ value: w.value, literal: true, raw: w.value, range: w.range }));
  if (words.length === 0) return [];
  const [nameWord, ...args] = words;
  const program = nameWord.value.slice(nameWord.value.lastIndexOf("/") + 1);
  const cmd = {
    name: nameWord.value,
    program,
    nameWord,
    args,
    assignments: [],
    wrappers: [],
    redirects: [],
    range: instr.range,
    index: 0,
    pipeFrom: null,
    guards: [],
    nestedIn: null,
    file: model.file
  };
  const result = [cmd];
  const c = args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
  if (/^(ba|da|z|k|a)?sh$/.test(program) && c >= 0 && args[c + 1]) {
    const script = args[c + 1];
    const offset = model.lines.offsetAt(script.range.startLine - 1, script.range.startColumn - 1) + 1;
    const map = new SegmentMap();
    map.add(0, offset);
    for (const inner of shellCommands({ text: script.value, toHost: map.toHost, host: model.lines, file: model.file })) {
      inner.nestedIn ??= cmd;
      inner.index += 1;
      result.push(inner);
    }
  }
  return result;
}

// src/dockerfile/facts.ts
function isPlainBase(profile, reference) {
  const name = reference.split("@")[0].replace(/:[^/]*$/, "").replace(/^(?:docker\.io\/)?(?:library\/)?/, "");
  return profile.plainBaseImages.includes(name.toLowerCase());
}
var UNKNOWN_SHELL = { name: "sh", braces: null, why: "the shell is not known" };
function factKind(name) {
  return { name };
}
var DockerfileFacts = class {
  constructor(model, profile, repositoryBase) {
    this.model = model;
    this.profile = profile;
    this.repositoryBase = repositoryBase;
    this.build();
  }
  model;
  profile;
  repositoryBase;
  stages = [];
  globalArgs = /* @__PURE__ */ new Map();
  commandCache = /* @__PURE__ */ new Map();
  stageByInstruction = /* @__PURE__ */ new Map();
  stageByName = /* @__PURE__ */ new Map();
  runCommandsCache = /* @__PURE__ */ new Map();
  copiesCache = /* @__PURE__ */ new Map();
  usersCache = null;
  memos = /* @__PURE__ */ new Map();
  get file() {
    return this.model.file;
  }
  get finalStage() {
    return this.stages[this.stages.length - 1] ?? null;
  }
  /** The stages whose filesystem ends up in the final image: the final stage and the stages it is built FROM. */
  get imageChain() {
    const chain = [];
    for (let s = this.finalStage; s; s = s.baseStage) chain.unshift(s);
    return chain;
  }
  /** The platform base image at the root of the final image, if any. */
  get platformBase() {
    return this.imageChain[0]?.platformBase ?? null;
  }
  /**
   * What the final image starts from, as a reviewer sees it: a platform image or an image of this
   * repository (facts known), a plain OS image such as `ubuntu:22.04` (known to add no user,
   * WORKDIR or ENTRYPOINT), `scratch`, or an image not seen here, whose users, WORKDIR and
   * ENTRYPOINT are unknown: a finding that rests on them being absent is an assumption.
   */
  get base() {
    const root = this.imageChain[0];
    const reference = root?.image ?? "";
    if (root?.platformBase) return { kind: root.platformBase.dockerfile ? "repository" : "platform", reference, image: root.platformBase };
    if (/^scratch$/i.test(reference)) return { kind: "scratch", reference, image: null };
    if (reference && !reference.includes("$") && isPlainBase(this.profile, reference)) return { kind: "plain", reference, image: null };
    return { kind: "unseen", reference, image: null };
  }
  /**
   * A fact derived outside this class (installed packages, a stage's filesystem history), computed
   * once per file and key and kept with the file's facts. Not in a module-level WeakMap: V8's
   * young-generation collector keeps the values of a WeakMap that lives in the old generation
   * alive, so every file's facts were copied and promoted, and the collector took an eighth of
   * the time of a lint of many files.
   */
  memo(kind, key, compute) {
    let byKey = this.memos.get(kind);
    if (!byKey) this.memos.set(kind, byKey = /* @__PURE__ */ new Map());
    if (byKey.has(key)) return byKey.get(key);
    const value = compute();
    byKey.set(key, value);
    return value;
  }
  /** Shell commands of a RUN (or shell-form CMD/ENTRYPOINT), parsed once. */
  commands(instr) {
    let cached = this.commandCache.get(instr);
    if (!cached) {
      cached = this.parseCommands(instr);
      this.commandCache.set(instr, cached);
    }
    return cached;
  }
  parseCommands(instr) {
    const stage = this.stageOf(instr);
    if (stage && !stage.shellIsPosix) return [];
    if (instr.exec) return execCommands(this.model, instr);
    const result = [];
    for (const source of shellSources(this.model, instr)) {
      for (const cmd of shellCommands(source)) {
        cmd.index = result.length;
        result.push(cmd);
      }
    }
    return result;
  }
  stageOf(instr) {
    return this.stageByInstruction.get(instr) ?? null;
  }
  /**
   * Every command of every RUN in the given stages, in order; `filter` is a cheap test on the
   * RUN's text that decides whether its shell is parsed at all.
   */
  runCommands(stages, filter, options = {}) {
    const key = `${stages.map((s) => s.index).join(",")}|${filter ? `${filter.source}/${filter.flags}` : ""}|${options.onbuild ? 1 : 0}`;
    const cached = this.runCommandsCache.get(key);
    if (cached) return cached;
    const result = [];
    for (const stage of stages) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== "RUN") continue;
        if (instr.onbuild && !options.onbuild) continue;
        if (filter && !filter.test(this.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
        for (const cmd of this.commands(instr)) result.push({ instr, stage, cmd });
      }
    }
    this.runCommandsCache.set(key, Object.freeze(result));
    return result;
  }
  /** Users and groups created by RUN commands in the final image's stages. */
  get created() {
    if (!this.usersCache) this.usersCache = this.findCreatedUsers();
    return this.usersCache;
  }
  findCreatedUsers() {
    const users = [];
    const groups = [];
    for (const { instr, stage, cmd } of this.runCommands(this.imageChain, /useradd|adduser|usermod|gpasswd|groupadd|addgroup/)) {
      const parsed = parseUserCommand(cmd, (v) => expandDeclared(v, stage.varsAt.get(instr)));
      if (parsed?.kind === "user") users.push({ ...parsed.user, instr, command: cmd, stage });
      if (parsed?.kind === "group" && !parsed.group.modifies) groups.push({ ...parsed.group, instr, command: cmd });
    }
    return { users, groups };
  }
  /** The uid of a user reference; users are only known once every RUN was read, so this is computed on demand. */
  uidOf(ref) {
    return ref.uid ?? this.resolveUid(ref.name);
  }
  /** Resolves a user name or number to a uid using what the image creates and the platform base. */
  resolveUid(name) {
    if (/^\d+$/.test(name)) return Number(name);
    if (name === "root") return 0;
    const created = [...this.created.users].reverse().find((u) => u.name === name && (!u.modifies || u.uid !== null));
    if (created) return created.uid;
    if (this.platformBase?.provides.user && name === this.profile.user.name) return this.profile.user.uid;
    return null;
  }
  build() {
    const instructions = this.model.instructions;
    let current = null;
    for (const instr of instructions) {
      if (instr.keyword === "FROM" && !instr.onbuild) {
        current = this.newStage(instr);
        this.stages.push(current);
        if (current.name !== null && !this.stageByName.has(current.name.toLowerCase())) this.stageByName.set(current.name.toLowerCase(), current);
        this.stageByInstruction.set(instr, current);
        continue;
      }
      if (!current) {
        if (instr.keyword === "ARG") for (const [k, v] of parseAssignments(instr, "ARG")) this.globalArgs.set(k, expandValue(v, this.globalArgs));
        continue;
      }
      current.instructions.push(instr);
      this.stageByInstruction.set(instr, current);
    }
    for (const stage of this.stages) this.walkStage(stage);
  }
  newStage(from) {
    const words = from.args.map((a) => a.value).filter((w) => !w.startsWith("--"));
    const rawImage = words[0] ?? "";
    const asIndex = words.findIndex((w) => w.toLowerCase() === "as");
    const name = asIndex >= 0 ? words[asIndex + 1] ?? null : null;
    const image = expandVariables(rawImage, this.globalArgs).value;
    const baseStage = this.stageByName.get(image.toLowerCase()) ?? null;
    const platformBase = baseStage ? null : findPlatformImage(this.profile, image) ?? this.repositoryBase?.(image) ?? null;
    return {
      index: this.stages.length,
      name,
      from,
      image,
      baseStage,
      platformBase,
      instructions: [],
      userAt: /* @__PURE__ */ new Map(),
      workdirAt: /* @__PURE__ */ new Map(),
      varsAt: /* @__PURE__ */ new Map(),
      finalUser: { spec: "root", name: "root", group: null, uid: 0, source: "default", instr: null },
      finalWorkdir: "/",
      finalWorkdirVariable: null,
      finalVars: /* @__PURE__ */ new Map(),
      labels: /* @__PURE__ */ new Map(),
      entrypoint: null,
      cmd: null,
      shellIsPosix: true,
      binSh: UNKNOWN_SHELL,
      shellAt: /* @__PURE__ */ new Map(),
      finalShell: UNKNOWN_SHELL
    };
  }
  /** `/bin/sh` of the image a first stage starts from: a platform or repository image says, a plain OS image by its name and tag. */
  rootBinSh(stage) {
    const base = stage.platformBase;
    if (base) return base.binSh ? binShell(base.binSh, base.dockerfile ? base.name : stage.image) : binShell(null, stage.image);
    if (/^scratch$/i.test(stage.image)) return { name: "none", braces: null, why: "`scratch` has no shell" };
    return binShell(stage.image.includes("$") ? null : binShOfReference(stage.image), stage.image);
  }
  /**
   * The shell that runs a command of a RUN: the innermost `bash -c`/`sh -c` holding it, else the
   * shell-form RUN's shell (SHELL or `/bin/sh`); the program of an exec-form RUN is a shell itself.
   */
  runShell(instr, cmd = null) {
    const stage = this.stageOf(instr);
    if (!stage) return UNKNOWN_SHELL;
    for (let outer = cmd?.nestedIn ?? null; outer; outer = outer.nestedIn) {
      if (outer.program === "su" || outer.program === "runuser") continue;
      const named = namedShell(outer.name, stage.binSh, `\`${outer.program} -c\` runs ${outer.program === "sh" ? "it" : outer.program}`);
      if (named) return named;
    }
    return instr.exec ? { name: "none", braces: false, why: "an exec-form RUN runs no shell" } : stage.shellAt.get(instr) ?? stage.finalShell;
  }
  walkStage(stage) {
    const base = stage.baseStage;
    const platformUser = { spec: `${this.profile.user.name}:${this.profile.user.name}`, name: this.profile.user.name, group: this.profile.user.name, uid: this.profile.user.uid, source: "platform", instr: null };
    let user = base ? { ...base.finalUser, source: base.finalUser.source === "default" ? "default" : "stage" } : stage.platformBase?.provides.user ? platformUser : { spec: "root", name: "root", group: null, uid: 0, source: "default", instr: null };
    let workdir = base ? base.finalWorkdir : stage.platformBase?.provides.workdir ?? "/";
    let workdirVariable = base ? base.finalWorkdirVariable : null;
    const vars = new VarTimeline();
    const inherited = base ?? stage.platformBase?.facts?.finalStage ?? null;
    if (inherited) {
      for (const [k, v] of inherited.finalVars) if (!v.fromArg) vars.set(k, v);
    }
    if (base) {
      for (const [k, v] of base.labels) stage.labels.set(k, v);
      stage.entrypoint = base.entrypoint;
      stage.cmd = base.cmd;
      stage.shellIsPosix = base.shellIsPosix;
    }
    stage.binSh = base ? base.binSh : this.rootBinSh(stage);
    let shell = base ? base.finalShell : stage.platformBase?.shell ?? stage.binSh;
    for (const instr of stage.instructions) {
      stage.userAt.set(instr, user);
      stage.workdirAt.set(instr, workdir);
      stage.varsAt.set(instr, vars.snapshot());
      stage.shellAt.set(instr, shell);
      if (instr.onbuild) continue;
      switch (instr.keyword) {
        case "ARG":
          for (const [k, v] of parseAssignments(instr, "ARG")) {
            if (v === null) {
              const global = this.globalArgs.get(k);
              vars.set(k, global ? { ...global, fromArg: true } : { value: "", declaredWithoutValue: true, fromArg: true });
            } else vars.set(k, { ...expandValue(v, vars.snapshot()), fromArg: true });
          }
          break;
        case "ENV":
          for (const [k, v] of parseAssignments(instr, "ENV")) vars.set(k, expandValue(v ?? "", vars.snapshot()));
          break;
        case "USER": {
          const spec = expandVariables(instr.argsText.trim(), vars.snapshot()).value;
          const [name, group] = spec.split(":");
          user = { spec, name, group: group ?? null, uid: /^\d+$/.test(name) ? Number(name) : name === "root" ? 0 : null, source: "instruction", instr };
          break;
        }
        case "WORKDIR": {
          const expansion = expandVariables(instr.argsText.trim(), vars.snapshot());
          const dir = expansion.value;
          const unknown = [...expansion.unresolved, ...expansion.undeclared][0] ?? null;
          workdirVariable = unknown ?? (dir.startsWith("/") ? null : workdirVariable);
          workdir = resolvePath(workdir, dir);
          break;
        }
        case "LABEL":
          this.collectLabels(stage, instr, vars.snapshot());
          break;
        case "ENTRYPOINT":
          stage.entrypoint = { instr, stage };
          if (stage.cmd && stage.cmd.stage !== stage) stage.cmd = null;
          break;
        case "CMD":
          stage.cmd = { instr, stage };
          break;
        case "SHELL": {
          const program = instr.exec?.[0]?.value ?? "";
          stage.shellIsPosix = /(^|\/)(ba|da|z|k|a)?sh$/.test(program);
          shell = namedShell(program, stage.binSh, `\`SHELL\` at line ${instr.range.startLine} runs ${program.slice(program.lastIndexOf("/") + 1) || "it"}`) ?? { name: program, braces: null, why: `\`SHELL\` at line ${instr.range.startLine}` };
          break;
        }
      }
    }
    stage.finalShell = shell;
    stage.finalUser = user;
    stage.finalWorkdir = workdir;
    stage.finalWorkdirVariable = workdirVariable;
    stage.finalVars = vars.snapshot();
  }
  collectLabels(stage, instr, vars) {
    const node = instr.node;
    if (typeof node.getProperties !== "function") return;
    const { text, lines, escapeChar } = this.model;
    for (const p of node.getProperties()) {
      const raw = p.getValue() ?? "";
      const vr = p.getValueRange();
      const written = vr ? text.slice(lines.offsetAt(vr.start.line, vr.start.character), lines.offsetAt(vr.end.line, vr.end.character)) : "";
      const e = written.includes("\n") ? expandVariables(raw, vars, escapeChar) : expandWord(written, vars, escapeChar);
      const r = p.getRange();
      stage.labels.set(p.getName(), {
        key: p.getName(),
        value: e.value,
        raw,
        undeclared: e.undeclared,
        unresolved: e.unresolved,
        instr,
        range: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
        stage
      });
    }
  }
  /** COPY and ADD instructions of the given stages, with resolved destinations. */
  copies(stages = this.stages) {
    const key = stages.map((s) => s.index).join(",");
    const cached = this.copiesCache.get(key);
    if (cached) return cached;
    const result = [];
    for (const stage of stages) {
      for (const instr of stage.instructions) {
        if (instr.keyword !== "COPY" && instr.keyword !== "ADD" || instr.onbuild) continue;
        const vars = stage.varsAt.get(instr) ?? /* @__PURE__ */ new Map();
        const heredocs = instr.exec ? [] : this.heredocBodies(instr);
        const args = heredocs.length > 0 ? instr.args.filter((a) => a.range.startLine === instr.range.startLine) : instr.args;
        const words = instr.exec ?? args.filter((a) => !/^--[a-z-]+(=|$)/.test(a.value));
        if (words.length < 2) continue;
        const expand = (w) => ({ value: expandVariables(w.value, vars).value, range: w.range });
        const sources = words.slice(0, -1).map(expand).filter((w) => !w.value.startsWith("<<"));
        const destinationExpansion = expandVariables(words[words.length - 1].value, vars);
        const destination = destinationExpansion.value;
        const destinationUnknown = destinationExpansion.undeclared.length > 0 || destinationExpansion.unresolved.length > 0;
        const workdir = stage.workdirAt.get(instr) ?? "/";
        const chownFlag = instr.flags.find((f) => f.name.toLowerCase() === "chown");
        const fromFlag = instr.flags.find((f) => f.name.toLowerCase() === "from");
        result.push({
          instr,
          stage,
          sources,
          destination,
          absoluteDestination: resolvePath(workdir, destination),
          unresolvedDestination: destinationUnknown ? words[words.length - 1].value : null,
          destinationIsDir: destination.endsWith("/") || sources.length > 1,
          chown: chownFlag ? expandVariables(chownFlag.value ?? "", vars).value : null,
          from: fromFlag ? fromFlag.value ?? "" : null,
          heredocs
        });
      }
    }
    this.copiesCache.set(key, Object.freeze(result));
    return result;
  }
  /** Bodies of the heredocs an instruction holds (`COPY <<EOF /etc/x`), in order. */
  heredocBodies(instr) {
    const node = instr.node;
    if (typeof node.getHeredocs !== "function" || !instr.mayHoldHeredoc) return [];
    const lines = this.model.lines;
    return node.getHeredocs().map((h) => {
      const r = h.getContentRange();
      return r ? this.model.text.slice(lines.offsetAt(r.start.line, r.start.character), lines.offsetAt(r.end.line, r.end.character)) : "";
    });
  }
  /** The final image's home folder for the user: from useradd -d/-m or the profile's convention. */
  homeOf(userName) {
    if (userName === "root") return "/root";
    const created = this.created.users.find((u) => u.name === userName);
    const home = created ? optionValue(created.command, ["-d", "--home-dir", "--home"]) : null;
    return home ?? `/home/${userName}`;
  }
};
function expandDeclared(value, vars) {
  if (!vars || !value.includes("$")) return value;
  const e = expandVariables(value, vars);
  return e.undeclared.length > 0 || e.unresolved.length > 0 ? value : e.value;
}
function expandValue(v, vars) {
  if (v === null) return { value: "", declaredWithoutValue: true };
  const e = expandVariables(v, vars);
  return { value: e.value };
}
function parseAssignments(instr, keyword) {
  const node = instr.node;
  if (typeof node.getProperties === "function") {
    return node.getProperties().map((p) => [p.getName(), p.getValue()]);
  }
  const text = instr.argsText.trim();
  const eq = text.indexOf("=");
  if (keyword === "ARG") return eq < 0 ? [[text, null]] : [[text.slice(0, eq), text.slice(eq + 1)]];
  return [];
}
function resolvePath(cwd, path) {
  const joined = path.startsWith("/") ? path : `${cwd.replace(/\/$/, "")}/${path}`;
  const parts = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  const trailing = path.endsWith("/") && parts.length > 0 ? "/" : "";
  return "/" + parts.join("/") + trailing;
}
function optionValue(cmd, names) {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i].value;
    for (const n of names) {
      if (a === n) return args[i + 1]?.value ?? null;
      if (n.startsWith("--") && a.startsWith(n + "=")) return a.slice(n.length + 1);
      if (!n.startsWith("--") && n.length === 2 && a.startsWith(n) && a.length > 2 && !a.startsWith("--")) return a.slice(2);
    }
  }
  return null;
}
var USERADD_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-u", "--uid", "-g", "--gid", "-G", "--groups", "-d", "--home-dir", "-s", "--shell", "-c", "--comment", "-k", "--skel", "-e", "--expiredate", "-f", "--inactive", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-b", "--base-dir", "-Z", "--selinux-user", "--home", "--ingroup", "--gecos", "--firstuid", "--lastuid", "--conf", "--extrausers", "-h", "-h", "-H"]);
function positionals(cmd, valueOptions) {
  const result = [];
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i].value;
    if (a.startsWith("-") && a.length > 1) {
      if (valueOptions.has(a)) i++;
      continue;
    }
    result.push(a);
  }
  return result;
}
var CLUSTER_FLAGS = { useradd: "mMrNoUl", usermod: "amoLU" };
function splitShortOptions(cmd) {
  const flags = CLUSTER_FLAGS[cmd.program];
  if (!flags) return cmd;
  const clustered = (v) => /^-[a-zA-Z]{2,}$/.test(v) && [...v.slice(1, -1)].every((c) => flags.includes(c));
  if (!cmd.args.some((a) => clustered(a.value))) return cmd;
  const args = cmd.args.flatMap((a) => clustered(a.value) ? [...a.value.slice(1)].map((c) => ({ ...a, value: `-${c}` })) : [a]);
  return { ...cmd, args };
}
var USER_PROGRAMS = /* @__PURE__ */ new Set(["useradd", "usermod", "gpasswd", "adduser", "groupadd", "addgroup", "groupmod", "userdel", "deluser", "groupdel", "delgroup"]);
var num = (v) => v !== null && /^\d+$/.test(v) ? Number(v) : null;
var USERMOD_VALUE_OPTIONS = /* @__PURE__ */ new Set([...USERADD_VALUE_OPTIONS, "-l", "--login", "-v", "--add-subuids", "-V", "--del-subuids", "-w", "--add-subgids", "-W", "--del-subgids"]);
var GROUP_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-g", "--gid", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-n", "--new-name"]);
function parseUserCommand(original, expand = (v) => v) {
  if (!USER_PROGRAMS.has(original.program)) return null;
  const cmd = splitShortOptions(original);
  const option = (names) => {
    const v = optionValue(cmd, names);
    return v === null ? null : expand(v);
  };
  const list = (names) => (option(names) ?? "").split(",").filter(Boolean);
  const words = (valueOptions) => positionals(cmd, valueOptions).map(expand);
  switch (cmd.program) {
    case "useradd": {
      const name = words(USERADD_VALUE_OPTIONS).pop();
      if (!name) return null;
      return { kind: "user", user: { name, uid: num(option(["-u", "--uid"])), group: option(["-g", "--gid"]), groups: list(["-G", "--groups"]) } };
    }
    case "usermod": {
      const name = words(USERMOD_VALUE_OPTIONS).pop();
      if (!name) return null;
      const newName = option(["-l", "--login"]) ?? void 0;
      return { kind: "user", user: { name, uid: num(option(["-u", "--uid"])), group: option(["-g", "--gid"]), groups: list(["-G", "--groups"]), modifies: true, newName } };
    }
    case "gpasswd": {
      const user = option(["-a", "--add"]);
      const group = words(/* @__PURE__ */ new Set(["-a", "--add", "-d", "--delete", "-M", "--members", "-A", "--administrators", "-Q", "--root"])).pop();
      return user && group ? { kind: "user", user: { name: user, uid: null, group: null, groups: [group], modifies: true } } : null;
    }
    case "adduser": {
      const busybox = cmd.args.some((a) => a.value === "-D" || a.value === "-S");
      const valueOptions = busybox ? /* @__PURE__ */ new Set(["-u", "-G", "-h", "-s", "-g", "-k"]) : USERADD_VALUE_OPTIONS;
      const pos = words(valueOptions);
      if (pos.length === 0) return null;
      if (!busybox && pos.length >= 2) {
        return { kind: "user", user: { name: pos[0], uid: null, group: null, groups: [pos[1]], modifies: true } };
      }
      const uid = num(busybox ? option(["-u"]) : option(["--uid", "-u"]));
      const group = busybox ? option(["-G"]) : option(["--gid", "--ingroup"]);
      return { kind: "user", user: { name: pos[0], uid, group, groups: [] } };
    }
    case "groupadd":
    case "addgroup":
    case "groupmod": {
      const pos = words(GROUP_VALUE_OPTIONS);
      if (pos.length === 0) return null;
      if (cmd.program === "addgroup" && pos.length >= 2) {
        return { kind: "user", user: { name: pos[0], uid: null, group: null, groups: [pos[1]], modifies: true } };
      }
      const group = { name: pos[pos.length - 1], gid: num(option(["-g", "--gid"])) };
      return { kind: "group", group: cmd.program === "groupmod" ? { ...group, modifies: true, newName: option(["-n", "--new-name"]) ?? void 0 } : group };
    }
    case "userdel":
    case "deluser":
    case "groupdel":
    case "delgroup": {
      const pos = words(/* @__PURE__ */ new Set(["-R", "--root", "-P", "--prefix", "-Z", "--conf", "--backup-to"]));
      if (pos.length !== 1) return null;
      return { kind: "delete", what: cmd.program.includes("group") ? "group" : "user", name: pos[0] };
    }
    default:
      return null;
  }
}

// src/dockerfile/packages.ts
var MAY_INSTALL = /\b(install|in|add|groupinstall|create)\b|\s-S/;
var VALUE_OPTIONS = {
  apt: /* @__PURE__ */ new Set(["-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file", "-a", "--host-architecture"]),
  yum: /* @__PURE__ */ new Set(["-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "-x", "--exclude", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo", "--repo", "--repoid", "--nodocs"]),
  apk: /* @__PURE__ */ new Set(["-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"]),
  zypper: /* @__PURE__ */ new Set(["-r", "--repo", "-t", "--type", "--from"]),
  pacman: /* @__PURE__ */ new Set(["--root", "-r", "--dbpath", "-b", "--cachedir", "--config", "--arch", "--ignore", "--ignoregroup", "--overwrite"]),
  pip: /* @__PURE__ */ new Set(["-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--platform", "--python-version", "--implementation", "--abi", "--trusted-host", "--cache-dir", "--log", "--proxy", "--retries", "--timeout", "--src", "--upgrade-strategy", "--no-binary", "--only-binary", "--progress-bar", "--python"]),
  conda: /* @__PURE__ */ new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file", "--override-channels", "--repodata-fn", "--solver"])
};
function managerOf(cmd) {
  const words = cmd.args.map((a) => a.value);
  const after = (verbs, skip) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.startsWith("-")) {
        if (skip.has(w)) i++;
        continue;
      }
      return verbs.includes(w) ? i + 1 : -1;
    }
    return -1;
  };
  const p = cmd.program;
  let manager = null;
  let from = -1;
  if (p === "apt-get" || p === "apt" || p === "aptitude") {
    manager = "apt";
    from = after(["install"], VALUE_OPTIONS.apt);
  } else if (/^(yum|dnf|dnf5|microdnf|tdnf)$/.test(p)) {
    manager = "yum";
    from = after(["install", "groupinstall"], VALUE_OPTIONS.yum);
    if (from < 0) {
      const g = after(["group", "groups"], VALUE_OPTIONS.yum);
      if (g > 0 && words[g] === "install") from = g + 1;
    }
  } else if (p === "apk") {
    manager = "apk";
    from = after(["add"], VALUE_OPTIONS.apk);
  } else if (p === "zypper") {
    manager = "zypper";
    from = after(["install", "in"], VALUE_OPTIONS.zypper);
  } else if (p === "pacman") {
    manager = "pacman";
    from = words.some((w) => /^-S[a-z]*$/.test(w) && !/[sig]/.test(w.slice(2))) ? 0 : -1;
  } else if (/^pip(\d+(\.\d+)?)?$/.test(p)) {
    manager = "pip";
    from = after(["install"], VALUE_OPTIONS.pip);
  } else if (/^python(\d+(\.\d+)?)?$/.test(p)) {
    const m = words.findIndex((w, i) => w === "-m" && words[i + 1] === "pip");
    const verb = m >= 0 ? words.findIndex((w, i) => i > m + 1 && !w.startsWith("-")) : -1;
    if (verb >= 0 && words[verb] === "install") {
      manager = "pip";
      from = verb + 1;
    }
  } else if (/^(conda|mamba|micromamba)$/.test(p)) {
    manager = "conda";
    from = after(["install", "create"], VALUE_OPTIONS.conda);
  }
  return manager && from >= 0 ? { manager, from } : null;
}
function bareName(word, manager) {
  let name = word.toLowerCase();
  if (manager === "pip" || manager === "conda") name = name.split(/[<>=!~;\[ ]/)[0];
  else if (manager === "apk") name = name.split(/[<>=~@]/)[0];
  else name = name.split(/[=:]/)[0].replace(/\/[^/]*$/, "");
  return name.replace(/^conda-forge::/, "");
}
var SSH_SERVER_PACKAGE = /^(openssh-server|openssh|ssh|dropbear(-bin)?|tinysshd?)$/;
var OPERANDS = factKind("install operands");
function installOperands(facts) {
  return facts.memo(OPERANDS, null, () => {
    const result = [];
    for (const { instr, stage, cmd } of facts.runCommands(facts.imageChain, MAY_INSTALL)) {
      const found = managerOf(cmd);
      if (!found) continue;
      const skip = VALUE_OPTIONS[found.manager];
      for (let i = found.from; i < cmd.args.length; i++) {
        let word = cmd.args[i];
        let editable = false;
        if (word.value.startsWith("-")) {
          if (!skip.has(word.value)) continue;
          i++;
          if (found.manager !== "pip" || !/^(-e|--editable)$/.test(word.value) || !cmd.args[i]) continue;
          word = cmd.args[i];
          editable = true;
        }
        const values = word.literal ? [word.value] : expandVariables(word.value, stage.varsAt.get(instr) ?? /* @__PURE__ */ new Map()).value.split(/\s+/);
        for (const value of values) if (value && !value.includes("$")) result.push({ value, manager: found.manager, editable, word, cmd, instr, stage });
      }
    }
    return result;
  });
}
var INSTALLED = factKind("installed packages");
function installedPackages(facts) {
  return facts.memo(
    INSTALLED,
    null,
    () => installOperands(facts).filter((o) => !o.editable && !/^[./]/.test(o.value) && !/\.(whl|deb|rpm|apk|txt)$/.test(o.value)).map(({ value, manager, word, cmd, instr, stage }) => ({ name: bareName(value, manager), manager, word, cmd, instr, stage }))
  );
}
var LOCAL_PROJECTS = factKind("local Python projects");
function localPythonProjects(facts) {
  return facts.memo(LOCAL_PROJECTS, null, () => {
    const found = [];
    for (const o of installOperands(facts)) {
      if (o.manager !== "pip" || !/^[./]/.test(o.value) || /\.(whl|txt|tar\.gz|tgz|zip)$/i.test(o.value)) continue;
      const workdir = o.stage.workdirAt.get(o.instr) ?? "/";
      const path = resolvePath(workdir, o.value.replace(/\[[^\]]*\]$/, "")).replace(/(.)\/$/, "$1");
      if (!found.some((p) => p.path === path)) found.push({ path, instr: o.instr });
    }
    return found;
  });
}
function findInstalled(facts, pattern) {
  return installedPackages(facts).find((p) => pattern.test(p.name)) ?? null;
}
function hasSshServer(facts) {
  return !!facts.platformBase?.provides.ssh || findInstalled(facts, SSH_SERVER_PACKAGE) !== null;
}

export {
  expandVariables,
  namedShell,
  hasBraceList,
  factKind,
  DockerfileFacts,
  resolvePath,
  optionValue,
  parseUserCommand,
  SSH_SERVER_PACKAGE,
  installedPackages,
  localPythonProjects,
  findInstalled,
  hasSshServer
};
