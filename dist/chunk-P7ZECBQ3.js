import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  expandVariables,
  factKind,
  hasBraceList,
  optionValue,
  parseUserCommand,
  resolvePath
} from "./chunk-RWAWY74Y.js";
import {
  volumePath
} from "./chunk-7WUZ372P.js";

// src/shell/helpers.ts
function hasFlag(cmd, ...flags) {
  return cmd.args.some(
    (a) => flags.some((f) => {
      if (a.value === f || a.value.startsWith(f + "=")) return true;
      return f.length === 2 && f[0] === "-" && /^-[a-zA-Z]+$/.test(a.value) && a.value.includes(f[1]);
    })
  );
}
function subcommand(cmd, optionsWithValue = []) {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v.startsWith("-")) {
      if (optionsWithValue.includes(v)) i++;
      continue;
    }
    return { word: cmd.args[i], index: i };
  }
  return null;
}
function braceExpand(word) {
  const m = /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/s.exec(word);
  if (!m) return [word];
  return m[2].split(",").flatMap((part) => braceExpand(m[1] + part + m[3]));
}
function isTruthy(value) {
  return /^(1|true|yes|on|y)$/i.test(value.trim());
}
function commandText(cmd, max = 60) {
  const text = [cmd.nameWord.raw, ...cmd.args.map((a) => a.raw)].join(" ").replace(/\s+/g, " ");
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}
function fileWrites(cmd) {
  const shown = (c) => {
    const heredoc = c.redirects.find((r) => r.body !== void 0);
    if (heredoc) return heredoc.body ?? null;
    const words = c.args.map((a) => a.value);
    if (c.program === "echo") {
      const text = words.findIndex((w) => !/^-[neE]+$/.test(w));
      return text < 0 ? "" : words.slice(text).join(" ");
    }
    if (c.program === "printf") {
      const [format = "", ...values] = words;
      return format.replace(/%[sbdi]/g, () => values.shift() ?? "") + values.join(" ");
    }
    return null;
  };
  const writes = [];
  for (const r of cmd.redirects) {
    if (r.target && /^(>|>>|>\||&>|&>>)$/.test(r.op)) writes.push({ path: r.target, content: shown(cmd) });
  }
  if (cmd.program === "tee") {
    const content = shown(cmd) ?? (cmd.pipeFrom ? shown(cmd.pipeFrom) : null);
    for (const a of cmd.args) if (!a.value.startsWith("-")) writes.push({ path: a, content });
  }
  return writes;
}

// src/dockerfile/filesystem.ts
var ROOT = { name: "root", uid: 0 };
function isRoot(p) {
  return !!p && (p.uid === 0 || p.name === "root");
}
function samePrincipal(a, b) {
  if (!a || !b) return false;
  if (a.uid !== null && b.uid !== null) return a.uid === b.uid;
  return a.name === b.name;
}
function stepOrder(instr, cmd = null) {
  return instr.index * 1e5 + (cmd ? cmd.index + 1 : 0);
}
function describeEvent(e) {
  return `\`${e.cmd ? commandText(e.cmd) : e.instr.keyword}\` at line ${(e.cmd?.range ?? e.instr.range).startLine}`;
}
function principalOf(facts, name) {
  if (!name || /[$`]/.test(name)) return null;
  return { name, uid: facts.resolveUid(name) };
}
function principalOfRef(facts, ref) {
  return { name: ref.name, uid: facts.uidOf(ref) };
}
function chownOwner(facts, spec) {
  const user = spec.includes(":") ? spec.split(":")[0] : /^[^.]+\.[^.]+$/.test(spec) ? spec.split(".")[0] : spec;
  return principalOf(facts, user);
}
function homeFor(facts, p) {
  if (isRoot(p)) return "/root";
  return facts.memo(HOMES, `${p.name}:${p.uid}`, () => findHome(facts, p));
}
var HOMES = factKind("homes");
function findHome(facts, p) {
  const users = facts.created.users.filter((u) => !u.modifies);
  let name = p.name;
  if (/^\d+$/.test(name)) {
    const byUid = users.find((u) => u.uid === p.uid);
    if (byUid) name = byUid.name;
    else return p.uid === facts.profile.user.uid ? facts.profile.user.home : "/";
  }
  if (name === facts.profile.user.name && !users.some((u) => u.name === name)) return facts.profile.user.home;
  return facts.homeOf(name);
}
var UNKNOWN = { value: "", declaredWithoutValue: true };
var homeOf = (scope) => scope.vars.get("HOME")?.value ?? scope.home;
function expansionVars(scope) {
  if (scope.vars.has("HOME")) return scope.vars;
  return new Map(scope.vars).set("HOME", { value: scope.home });
}
function setVar(scope, name, value) {
  scope.vars = new Map(scope.vars).set(name, value);
}
function trimSlash(path) {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
function expandLoops(piece, scope) {
  for (const [name, values] of scope.loops) {
    if (scope.vars.has(name)) continue;
    const ref = new RegExp(`\\$(\\{${name}\\}|${name}(?![A-Za-z0-9_]))`);
    if (ref.test(piece)) return values.flatMap((v) => expandLoops(piece.replace(ref, v), scope));
  }
  return [piece];
}
function loopVariables(text, braces) {
  const loops = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/\bfor\s+([A-Za-z_]\w*)\s+in\s+([^;\n]*?)\s*(?:;|\n)\s*do\b/g)) {
    const words = m[2].split(/\s+/).filter(Boolean).map((w) => w.replace(/^(["'])(.*)\1$/, "$2"));
    if (words.length > 0 && words.every((w) => !/[$`*?[]/.test(w))) loops.set(m[1], braces === false ? words : words.flatMap((w) => braceExpand(w)));
  }
  return loops;
}
function wordPaths(facts, word, scope) {
  if (!word.value) return null;
  const braceList = scope.shell && word.raw.includes("{") && hasBraceList(word.raw);
  const braced = braceList && scope.runShell.braces !== false ? braceExpand(word.value) : [word.value];
  const pieces = scope.shell && scope.loops.size > 0 ? braced.flatMap((p) => expandLoops(p, scope)) : braced;
  const result = [];
  for (let piece of pieces) {
    if (scope.shell && word.raw.startsWith("~")) {
      const m = /^~([^/]*)/.exec(piece);
      if (m) {
        const home = m[1] ? homeFor(facts, { name: m[1], uid: facts.resolveUid(m[1]) }) : homeOf(scope);
        piece = home + piece.slice(m[0].length);
      }
    }
    if (piece.includes("$")) {
      if (!scope.shell) return null;
      const e = expandVariables(piece, expansionVars(scope));
      if (e.undeclared.length > 0 || e.unresolved.length > 0 || e.value.includes("$")) return null;
      piece = e.value;
    }
    if (piece.includes("`") || piece === "") return null;
    if (!piece.startsWith("/") && scope.cwd === null) return null;
    const path = trimSlash(resolvePath(scope.cwd ?? "/", piece));
    if (braceList && scope.runShell.braces !== true) scope.braceWords?.set(path, word.raw);
    result.push(path);
  }
  return result;
}
function operands(cmd, valueOptions = []) {
  const out = [];
  let options = true;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (options && v === "--") {
      options = false;
      continue;
    }
    if (options && v.startsWith("-") && v.length > 1) {
      if (valueOptions.includes(v) || /^-[a-zA-Z]{2,}$/.test(v) && valueOptions.includes("-" + v[v.length - 1])) i++;
      continue;
    }
    out.push(cmd.args[i]);
  }
  return out;
}
function optionWord(cmd, names) {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    for (const n of names) {
      if (a.value === n) return args[i + 1] ?? null;
      if (n.startsWith("--") && a.value.startsWith(n + "=")) return { ...a, value: a.value.slice(n.length + 1), raw: a.raw.slice(a.raw.indexOf("=") + 1) };
      if (!n.startsWith("--") && a.value.startsWith(n) && a.value.length > n.length && !a.value.startsWith("--")) return { ...a, value: a.value.slice(n.length), raw: a.raw.slice(n.length) };
    }
  }
  return null;
}
function opensToAll(mode) {
  if (/^\d{3,4}$/.test(mode)) return [2, 3, 6, 7].includes(Number(mode[mode.length - 1]));
  return mode.split(",").some((part) => /^[ugoa]*[ao][ugoa]*[+=][rwxXst]*w/.test(part));
}
function effect(kind, action, path, owner, extra = {}) {
  return { kind, action, path, owner, parents: false, recursive: false, ...extra };
}
var basename = (p) => p.slice(p.lastIndexOf("/") + 1);
var dirname = (p) => p.slice(0, p.lastIndexOf("/")) || "/";
function commandEffects(facts, cmd, scope) {
  if (scope.runShell.braces === true) return shellEffects(facts, cmd, scope);
  scope.braceWords = /* @__PURE__ */ new Map();
  const effects = shellEffects(facts, cmd, scope);
  for (const e of effects) {
    const word = scope.braceWords.get(e.path);
    if (word !== void 0) e.braces = { expanded: scope.runShell.braces === null, shell: scope.runShell, word };
  }
  scope.braceWords = void 0;
  return effects;
}
function shellEffects(facts, cmd, scope) {
  const by = scope.by;
  const paths = (words) => words.flatMap((w) => wordPaths(facts, w, scope) ?? []);
  const out = [];
  for (const r of cmd.redirects) {
    if (!r.target || !/^(>|>>|&>|&>>|>\|)$/.test(r.op) || /^(&|-|\/dev\/)/.test(r.target.value)) continue;
    for (const p of wordPaths(facts, r.target, scope) ?? []) out.push(effect("ensure", "write", p, by));
  }
  const destinations = (ops) => {
    const target = optionWord(cmd, ["-t", "--target-directory"]);
    if (target) {
      const dir = wordPaths(facts, target, scope)?.[0];
      return dir ? ops.map((o) => `${dir}/${basename(trimSlash(o.value))}`) : [];
    }
    if (ops.length < 2) return [];
    const dest = paths([ops[ops.length - 1]]);
    const intoDir = ops.length > 2 || ops[ops.length - 1].value.endsWith("/");
    return intoDir ? dest.flatMap((d) => ops.slice(0, -1).map((o) => `${d}/${basename(trimSlash(o.value))}`)) : dest;
  };
  switch (cmd.program) {
    case "mkdir": {
      const mode = optionValue(cmd, ["-m", "--mode"]);
      const parents = hasFlag(cmd, "-p", "--parents");
      for (const p of paths(operands(cmd, ["-m", "--mode", "-Z", "--context"]))) {
        out.push(effect("ensure", "create", p, by, { parents }));
        if (mode && opensToAll(mode)) out.push(effect("open", "create", p, by));
      }
      break;
    }
    case "install": {
      const ownerSpec = optionValue(cmd, ["-o", "--owner"]);
      const owner = ownerSpec === null ? by : principalOf(facts, ownerSpec);
      const mode = optionValue(cmd, ["-m", "--mode"]);
      const valueOptions = ["-o", "--owner", "-g", "--group", "-m", "--mode", "-t", "--target-directory", "-S", "--suffix"];
      const ops = operands(cmd, valueOptions);
      const targets = hasFlag(cmd, "-d", "--directory") ? paths(ops) : destinations(ops);
      const dir = hasFlag(cmd, "-d", "--directory");
      for (const p of targets) {
        if (dir) out.push(effect("ensure", "create", p, owner, { parents: true }));
        else if (hasFlag(cmd, "-D")) out.push(effect("ensure", "create", dirname(p), by, { parents: true }));
        if (ownerSpec !== null || !dir) out.push(effect("set", dir ? "create" : "write", p, owner));
        if (mode && opensToAll(mode)) out.push(effect("open", "write", p, by));
      }
      break;
    }
    case "touch":
      for (const p of paths(operands(cmd, ["-r", "--reference", "-d", "--date", "-t"]))) out.push(effect("ensure", "write", p, by));
      break;
    case "chown":
    case "chgrp": {
      const ops = operands(cmd, ["--from"]);
      const reference = cmd.args.some((a) => a.value.startsWith("--reference"));
      const spec = reference ? null : ops.shift()?.value;
      const recursive = hasFlag(cmd, "-R", "--recursive");
      const owner = cmd.program === "chown" && spec && !spec.startsWith(":") ? chownOwner(facts, spec) : void 0;
      for (const p of paths(ops)) out.push(owner === void 0 ? effect("keep", "chown", p, null, { recursive }) : effect("set", "chown", p, owner, { recursive }));
      break;
    }
    case "chmod": {
      const ops = operands(cmd);
      const reference = cmd.args.some((a) => a.value.startsWith("--reference"));
      const mode = reference ? "" : ops.shift()?.value ?? "";
      const recursive = hasFlag(cmd, "-R", "--recursive");
      for (const p of paths(ops)) out.push(effect(opensToAll(mode) ? "open" : "keep", "chmod", p, null, { recursive }));
      break;
    }
    case "rm":
    case "rmdir": {
      const recursive = cmd.program === "rm" && hasFlag(cmd, "-r", "-R", "--recursive");
      for (const p of paths(operands(cmd))) out.push(effect("remove", "remove", p, null, { recursive }));
      break;
    }
    case "cp":
    case "mv":
    case "ln": {
      const valueOptions = ["-t", "--target-directory", "-S", "--suffix", "--backup"];
      const ops = operands(cmd, valueOptions);
      const tree = cmd.program === "mv" || hasFlag(cmd, "-r", "-R", "-a", "--recursive", "--archive");
      for (const p of destinations(ops)) {
        out.push(effect("ensure", "write", p, by));
        if (tree) out.push(effect("contents", "write", p, by));
      }
      if (cmd.program === "mv") for (const p of paths(ops.slice(0, -1))) out.push(effect("remove", "remove", p, null, { recursive: true }));
      break;
    }
    case "tee":
      for (const p of paths(operands(cmd))) out.push(effect("ensure", "write", p, by));
      break;
    case "sed": {
      if (!cmd.args.some((a) => a.value.startsWith("-i") || a.value.startsWith("--in-place") || /^-[a-zA-Z]+$/.test(a.value) && a.value.includes("i"))) break;
      const ops = operands(cmd, ["-e", "--expression", "-f", "--file", "-l", "--line-length"]);
      if (!hasFlag(cmd, "-e", "--expression", "-f", "--file")) ops.shift();
      for (const p of paths(ops)) out.push(effect("keep", "write", p, by));
      break;
    }
    case "wget": {
      const file = optionWord(cmd, ["-O", "--output-document"]);
      const dir = optionWord(cmd, ["-P", "--directory-prefix"]);
      if (file && file.value !== "-") for (const p of paths([file])) out.push(effect("ensure", "write", p, by));
      if (dir) for (const p of paths([dir])) out.push(effect("ensure", "write", p, by, { parents: true }));
      break;
    }
    case "curl": {
      const file = optionWord(cmd, ["-o", "--output"]);
      if (file && file.value !== "-") for (const p of paths([file])) out.push(effect("ensure", "write", p, by, { parents: hasFlag(cmd, "--create-dirs") }));
      break;
    }
    case "git": {
      const ops = operands(cmd, ["-C", "-c", "-b", "--branch", "--depth", "-o", "--origin", "--reference", "--separate-git-dir", "-j", "--jobs", "--filter", "--config", "-u", "--upload-pack", "--template", "--shallow-since", "--shallow-exclude"]);
      if (ops[0]?.value !== "clone" || ops.length < 2) break;
      const url = ops[1].value;
      const dest = ops[2] ? paths([ops[2]]) : scope.cwd ? [`${trimSlash(scope.cwd)}/${basename(trimSlash(url)).replace(/\.git$/, "")}`] : [];
      for (const p of dest) out.push(effect("ensure", "write", p, by, { parents: true }), effect("contents", "write", p, by));
      break;
    }
    case "tar": {
      const first = cmd.args[0]?.value ?? "";
      const extracts = hasFlag(cmd, "-x", "--extract", "--get") || /^[a-zA-Z]*x[a-zA-Z]*$/.test(first);
      if (!extracts) break;
      const dir = optionWord(cmd, ["-C", "--directory"]);
      const target = dir ? paths([dir]) : scope.cwd ? [scope.cwd] : [];
      for (const p of target) out.push(effect("contents", "write", p, by));
      break;
    }
    case "unzip": {
      const dir = optionWord(cmd, ["-d"]);
      const target = dir ? paths([dir]) : scope.cwd ? [scope.cwd] : [];
      for (const p of target) out.push(effect("ensure", "write", p, by, { parents: true }), effect("contents", "write", p, by));
      break;
    }
    case "useradd":
    case "adduser": {
      const parsed = parseUserCommand(cmd, (v) => expandVariables(v, expansionVars(scope)).value);
      if (parsed?.kind !== "user" || parsed.user.modifies) break;
      const busybox = cmd.args.some((a) => a.value === "-D" || a.value === "-S");
      const createsHome = cmd.program === "useradd" ? hasFlag(cmd, "-m", "--create-home") : busybox ? !hasFlag(cmd, "-H") : !cmd.args.some((a) => a.value === "--no-create-home" || a.value === "--system");
      if (!createsHome) break;
      const homeWord = optionWord(cmd, busybox ? ["-h"] : ["-d", "--home-dir", "--home"]);
      const homes = homeWord ? paths([homeWord]) : [`/home/${parsed.user.name}`];
      for (const home of homes) out.push(effect("ensure", "create", home, { name: parsed.user.name, uid: parsed.user.uid }, { parents: true }));
      break;
    }
  }
  return out;
}
function runtimeEffects(facts, cmd, where) {
  const vars = /* @__PURE__ */ new Map();
  for (const [k, v] of where.vars) vars.set(k, { value: v });
  const scope = { cwd: where.cwd, vars, home: homeFor(facts, where.user), by: where.user, shell: true, runShell: where.shell ?? SCRIPT_SHELL, loops: /* @__PURE__ */ new Map() };
  return commandEffects(facts, cmd, scope);
}
var SCRIPT_SHELL = { name: "bash", braces: true, why: "a script" };
var STEPS = factKind("RUN steps");
function runSteps(facts, stage, instr) {
  return facts.memo(STEPS, instr, () => findRunSteps(facts, stage, instr));
}
function findRunSteps(facts, stage, instr) {
  const user = stage.userAt.get(instr) ?? stage.finalUser;
  const by = principalOfRef(facts, user);
  const text = facts.model.text.slice(instr.argsOffset, instr.endOffset);
  const runShell = facts.runShell(instr);
  const loops = text.includes("for") ? loopVariables(text, runShell.braces) : /* @__PURE__ */ new Map();
  const vars = stage.varsAt.get(instr) ?? /* @__PURE__ */ new Map();
  const top = { cwd: stage.workdirAt.get(instr) ?? "/", vars, home: homeFor(facts, by), by, shell: !instr.exec, runShell, loops };
  const scopes = /* @__PURE__ */ new Map([[null, top]]);
  const steps = [];
  for (const cmd of facts.commands(instr)) {
    const scope = scopeOf(facts, instr, cmd, scopes);
    track(facts, cmd, scope);
    steps.push({ instr, stage, cmd, by: scope.by, order: stepOrder(instr, cmd), effects: commandEffects(facts, cmd, scope) });
  }
  return steps;
}
function scopeOf(facts, instr, cmd, scopes) {
  const known = scopes.get(cmd.nestedIn);
  if (known) return known;
  const outer = cmd.nestedIn;
  const parent = scopeOf(facts, instr, outer, scopes);
  const scope = { ...parent, shell: true, runShell: facts.runShell(instr, cmd) };
  if (outer.program === "su" || outer.program === "runuser") {
    const ops = operands(outer, ["-c", "--command", "-s", "--shell", "-g", "--group", "-G", "--supp-group", "-u", "--user", "-w"]);
    const name = optionValue(outer, ["-u", "--user"]) ?? ops.find((w) => w.value !== "-")?.value ?? "root";
    scope.by = principalOf(facts, name) ?? { name, uid: null };
    const home = homeFor(facts, scope.by);
    scope.home = home;
    if (scope.vars.has("HOME")) setVar(scope, "HOME", { value: home });
    if (outer.args.some((a) => a.value === "-" || a.value === "-l" || a.value === "--login")) scope.cwd = home;
  }
  scopes.set(outer, scope);
  return scope;
}
function track(facts, cmd, scope) {
  if (cmd.name === "" || ["export", "declare", "typeset", "readonly", "local"].includes(cmd.program)) {
    for (const a of cmd.assignments) {
      const e = expandVariables(a.value, expansionVars(scope));
      const known = e.undeclared.length === 0 && e.unresolved.length === 0 && !/[$`]/.test(e.value);
      setVar(scope, a.name, known ? { value: e.value } : UNKNOWN);
    }
    return;
  }
  if (cmd.program === "cd" || cmd.program === "pushd") {
    const target = operands(cmd)[0];
    if (!target) scope.cwd = homeOf(scope);
    else if (target.value === "-") scope.cwd = null;
    else scope.cwd = wordPaths(facts, target, scope)?.[0] ?? null;
  }
}
var HISTORY = factKind("filesystem history");
var TOUCHES_FILES = /mkdir|install|touch|ch(own|grp|mod)|\brm|\b(cp|mv|ln|cd|pushd)\b|tee|sed|>|wget|curl|git|tar|unzip|user|su\b|runuser/;
function fsHistory(facts, stage) {
  return facts.memo(HISTORY, stage, () => findFsHistory(facts, stage));
}
function findFsHistory(facts, stage) {
  const events = stage.baseStage ? [...fsHistory(facts, stage.baseStage)] : baseEvents(facts, stage);
  const copies = new Map(stageCopies(facts, stage).map((c) => [c.instr, c]));
  const add = (e, instr, cmd, by, origin) => {
    events.push(Object.assign(e, { order: stepOrder(instr, cmd), stage, instr, cmd, by, origin }));
  };
  for (const instr of stage.instructions) {
    if (instr.onbuild) continue;
    if (instr.keyword === "RUN") {
      if (!TOUCHES_FILES.test(facts.model.text.slice(instr.argsOffset, instr.endOffset))) continue;
      for (const step of runSteps(facts, stage, instr)) for (const e of step.effects) add(e, instr, step.cmd, step.by, "run");
    } else if (instr.keyword === "WORKDIR") {
      const dir = expandVariables(instr.argsText.trim(), stage.varsAt.get(instr) ?? /* @__PURE__ */ new Map()).value;
      const by = principalOfRef(facts, stage.userAt.get(instr) ?? stage.finalUser);
      if (!dir.includes("$")) add(effect("ensure", "create", trimSlash(resolvePath(stage.workdirAt.get(instr) ?? "/", dir)), by, { parents: true }), instr, null, by, "workdir");
    } else {
      const copy = copies.get(instr);
      if (!copy) continue;
      const by = principalOfRef(facts, stage.userAt.get(instr) ?? stage.finalUser);
      for (const e of copyEffects(facts, copy)) add(e, instr, null, by, "copy");
    }
  }
  return events;
}
function stageCopies(facts, stage) {
  return facts.copies([stage]);
}
function baseEvents(facts, stage) {
  const provides = stage.platformBase?.provides;
  if (!provides?.user) return [];
  const { profile } = facts;
  const user = { name: profile.user.name, uid: profile.user.uid };
  const at = { stage, instr: stage.from, cmd: null, by: ROOT, order: -1, origin: "base" };
  const events = [{ ...effect("ensure", "create", profile.user.home, user, { parents: true }), ...at }];
  if (provides.volumeDirs) for (const dir of profile.volumeDirs) events.push({ ...effect("ensure", "create", volumePath(profile, dir), user), ...at });
  return events;
}
var ARCHIVE = /\.(tar|tgz|tbz2?|txz|tar\.(gz|bz2|xz|zst|lz4))$/i;
var hasGlob = (p) => /[*?[]/.test(p);
function namesFile(source, add) {
  if (source.endsWith("/") || source === "." || add && ARCHIVE.test(source) && !/^https?:/.test(source)) return false;
  return /^https?:\/\//.test(source) || /[^/.]\.[A-Za-z0-9]+$/.test(basename(source));
}
function copyEffects(facts, copy) {
  if (copy.absoluteDestination.includes("$")) return [];
  const owner = copy.chown === null ? ROOT : chownOwner(facts, copy.chown) ?? (copy.chown.startsWith(":") ? ROOT : null);
  const dest = trimSlash(copy.absoluteDestination);
  const add = copy.instr.keyword === "ADD";
  const sources = copy.sources.map((s) => s.value);
  const fromStage = copy.from === null ? null : facts.stages.find((s) => s.index < copy.stage.index && (s.name?.toLowerCase() === copy.from.toLowerCase() || String(s.index) === copy.from));
  const out = [];
  const single = sources.length === 1 ? sources[0] : null;
  if (!copy.destinationIsDir && (sources.length === 0 || single !== null && namesFile(single, add))) {
    out.push(effect("ensure", "write", dirname(dest), owner, { parents: true }), effect("set", "write", dest, owner));
    return out;
  }
  out.push(effect("ensure", "write", dest, owner, { parents: true }));
  for (const source of sources) {
    if (namesFile(source, add)) out.push(effect("set", "write", `${dest}/${basename(trimSlash(source))}`, owner));
    else out.push(effect("contents", "write", dest, owner));
    if (fromStage && !hasGlob(source) && !namesFile(source, add)) {
      const from = trimSlash(resolvePath("/", source));
      const history = fsHistory(facts, fromStage);
      const seen = /* @__PURE__ */ new Set();
      for (const e of history) {
        if (e.kind !== "ensure" && e.kind !== "set" || seen.has(e.path) || !isUnder(e.path, from) || hasGlob(e.path)) continue;
        seen.add(e.path);
        if (pathState(history, e.path)) out.push(effect("ensure", "write", dest + e.path.slice(from.length), owner, { parents: true }));
      }
    }
  }
  return out;
}
function isUnder(path, base) {
  return path !== base && path.startsWith(base === "/" ? "/" : base + "/");
}
function globRegex(glob) {
  const convert = (specials) => `^${glob.replace(specials, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`;
  try {
    return new RegExp(convert(/[.+^${}()|\\]/g));
  } catch {
    return new RegExp(convert(/[.+^${}()|\\[\]]/g));
  }
}
function samePath(a, b) {
  if (a === b) return true;
  if (hasGlob(a) && !hasGlob(b)) return globRegex(a).test(b);
  if (hasGlob(b) && !hasGlob(a)) return globRegex(b).test(a);
  return false;
}
function pathState(events, path, options = {}) {
  const before = options.before ?? Infinity;
  let state = null;
  for (const e of events) {
    if (e.order >= before) break;
    const exact = samePath(e.path, path);
    const below = !exact && isUnder(path, e.path);
    switch (e.kind) {
      case "ensure":
        if ((!state || state.weak) && (exact || e.parents && isUnder(e.path, path) && path.lastIndexOf("/") > 0)) state = { owner: e.owner, event: e, open: false };
        break;
      // A recursive chown or chmod changes what exists below the path; it creates nothing.
      case "set":
        if (exact || state && e.recursive && below) state = { owner: e.owner, event: e, open: state?.open ?? false };
        break;
      case "contents":
        if (options.contents && below) state = { owner: e.owner, event: e, open: false, weak: true };
        break;
      case "remove":
        if (exact || e.recursive && below) state = null;
        break;
      case "open":
        if (state && (exact || e.recursive && below)) state = { ...state, open: true };
        else if (exact) state = { owner: null, event: e, open: true };
        break;
    }
  }
  return state;
}
function rootOwnedHome(facts, stage) {
  const ref = stage.finalUser;
  if (ref.source !== "instruction" || !ref.name || /[$`]/.test(ref.name)) return null;
  const user = principalOfRef(facts, ref);
  if (isRoot(user)) return null;
  const creator = facts.created.users.find((u) => !u.modifies && (u.name === ref.name || user.uid !== null && u.uid === user.uid));
  if (!creator) return null;
  const home = homeFor(facts, { name: creator.name, uid: creator.uid ?? user.uid });
  if (home === "/" || !home.startsWith("/")) return null;
  const events = fsHistory(facts, stage);
  const state = pathState(events, home);
  if (!state || state.open || !isRoot(state.owner) || state.event.origin === "base") return null;
  const creation = events.find((e) => e.origin === "run" && e.kind === "ensure" && e.path === home && !!e.cmd && /^(useradd|adduser)$/.test(e.cmd.program)) ?? null;
  return { user: { name: creator.name, uid: creator.uid ?? user.uid }, home, madeBy: state.event, creation };
}

export {
  hasFlag,
  subcommand,
  braceExpand,
  isTruthy,
  commandText,
  fileWrites,
  isRoot,
  samePrincipal,
  stepOrder,
  describeEvent,
  homeFor,
  runtimeEffects,
  runSteps,
  fsHistory,
  stageCopies,
  isUnder,
  pathState,
  rootOwnedHome
};
