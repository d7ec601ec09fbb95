import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  fsHistory,
  isUnder,
  runtimeEffects
} from "./chunk-P7ZECBQ3.js";
import {
  usageExamples
} from "./chunk-Y2WDVNEL.js";
import "./chunk-6X7DWYWZ.js";
import {
  namedShell,
  resolvePath
} from "./chunk-RWAWY74Y.js";
import "./chunk-7WUZ372P.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-D33BDPQG.js";
import "./chunk-VHZECTGP.js";
import "./chunk-VF57VZD3.js";

// src/chain/outputs.ts
var RESULT_NAME = /^(?:o|out|outs|output|outputs|outdir|outpath|outfile|dest|destination|results?|save_?to|export)(?:_?(?:dir|directory|path|folder|root|file|prefix|location|base))?$|^(?:checkpoints?|ckpt|preds?|predictions?|save|model_out|exports?|reports?|figures?|plots?|metrics)_?(?:dir|directory|path|folder|root)$/;
var SCRATCH_NAME = /^(?:logs?|work|tmp|temp|cache)_?(?:dir|directory|path|folder|root)$/;
var PATH_SUFFIX = /(?:dir|directory|path|folder|root|file|prefix|location)$/;
var OUTPUT_WORD = /^(?:out|outs|output|outputs|results?|predictions?|preds?|checkpoints?|exports?)$/i;
var normalName = (name) => name.replace(/^-+/, "").toLowerCase().replace(/-/g, "_");
function outputRole(name) {
  const n = normalName(name);
  return RESULT_NAME.test(n) ? "results" : SCRATCH_NAME.test(n) ? "scratch" : null;
}
function pathLike(value, name) {
  const v = value.trim();
  if (v === "" || v === "-" || /\s/.test(v) || v.includes("://") || /[{}<>|*?`]/.test(v)) return false;
  if (/^-?\d+(?:\.\d+)?$/.test(v) || /^(?:true|false|yes|no|none|null)$/i.test(v)) return false;
  if (/^[~/.$]/.test(v) || v.includes("/")) return true;
  if (PATH_SUFFIX.test(normalName(name))) return /^[\w.-]+$/.test(v);
  return /^[\w.-]+\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(v) || OUTPUT_WORD.test(v);
}
var SYSTEM_TOOLS = /* @__PURE__ */ new Set([
  "set",
  "shopt",
  "curl",
  "wget",
  "tar",
  "unzip",
  "zip",
  "gzip",
  "gunzip",
  "ssh",
  "scp",
  "sftp",
  "rsync",
  "mount",
  "sort",
  "grep",
  "egrep",
  "fgrep",
  "sed",
  "awk",
  "cut",
  "ls",
  "ps",
  "find",
  "xargs",
  "gcc",
  "g++",
  "cc",
  "clang",
  "nvcc",
  "make",
  "cmake",
  "apt",
  "apt-get",
  "dpkg",
  "pip",
  "pip3",
  "conda",
  "mamba",
  "micromamba",
  "git",
  "openssl",
  "jq",
  "yq",
  "kubectl",
  "aws",
  "az",
  "gcloud",
  "docker",
  "helm",
  "ssh-keygen",
  "nvidia-smi",
  "echo",
  "printf",
  "test",
  "[",
  "exec",
  "read",
  "getopts",
  "mkdir",
  "cp",
  "mv",
  "ln",
  "rm",
  "touch",
  "chmod",
  "chown",
  "tee",
  "cat",
  "head",
  "tail"
]);
var cache = /* @__PURE__ */ new WeakMap();
async function imageOutputs(project, facts) {
  const chain = await project.entrypointChain(facts);
  let pending = cache.get(chain);
  if (!pending) {
    pending = new OutputFinder(project, facts, chain).find();
    cache.set(chain, pending);
  }
  return pending;
}
var OutputFinder = class {
  constructor(project, facts, chain) {
    this.project = project;
    this.facts = facts;
    this.chain = chain;
    const stage = facts.finalStage;
    this.home = stage ? facts.homeOf(stage.finalUser.name) : facts.profile.user.home;
    this.user = stage ? { name: stage.finalUser.name, uid: facts.uidOf(stage.finalUser) } : { name: facts.profile.user.name, uid: facts.profile.user.uid };
    const root = facts.imageChain[0];
    const setsWorkdir = facts.imageChain.some((s) => s.instructions.some((i) => i.keyword === "WORKDIR" && !i.onbuild));
    const known = !!stage && !stage.finalWorkdirVariable && (setsWorkdir || !!root?.platformBase || /^scratch$/i.test(root?.image ?? ""));
    this.workdir = known ? trimSlash(stage.finalWorkdir) : null;
  }
  project;
  facts;
  chain;
  locations = [];
  keys = /* @__PURE__ */ new Set();
  home;
  user;
  workdir;
  /** Option names a README example or a command of the chain passes, with where. */
  passedOptions = /* @__PURE__ */ new Map();
  readmeOptions = /* @__PURE__ */ new Map();
  /** The positional arguments README examples pass, by position (from the example that passes most). */
  readmePositionals = [];
  /** A README example that passes arguments: they replace the CMD, so what the CMD passes is not what users get. */
  cmdReplacedBy = null;
  /** Variables a script of the chain sets (not from their own value). */
  assigned = /* @__PURE__ */ new Map();
  /** The README whose `jobman submit` examples were read, if any. */
  readmePath = null;
  async find() {
    const stage = this.facts.finalStage;
    if (!stage) return { locations: [], workdir: this.workdir };
    await this.collectOverrides();
    this.fromDockerfile();
    const top = { file: this.facts.file, cwd: this.workdir, related: [] };
    this.fromCommands(this.chain.commands, top, true);
    for (const script of this.chain.scripts) {
      const where = { file: script.path, cwd: this.cwdOf(script.cwd), related: script.via, shell: this.scriptShell(script) };
      this.fromCommands(script.commands, where, true);
      this.fromCommands(script.runs, where, true);
      if (script.python) this.fromPython(script, where);
    }
    this.markFilled();
    return { locations: this.locations, workdir: this.workdir };
  }
  /** A shell script's interpreter by its `#!` line: `#!/bin/sh` is the image's `/bin/sh` (dash on Ubuntu). */
  scriptShell(script) {
    const program = script.language === "shell" ? /^#!\s*(?:\S*\/env\s+)?(\S+)/.exec(script.text)?.[1] : void 0;
    return program ? namedShell(program, this.facts.finalStage.binSh, `\`#!${program}\``) ?? void 0 : void 0;
  }
  /** A working folder that is the image's WORKDIR is only known when the WORKDIR is. */
  cwdOf(cwd) {
    return this.workdir === null && trimSlash(cwd) === trimSlash(this.facts.finalStage.finalWorkdir) ? null : trimSlash(cwd);
  }
  /** What a README example or the chain passes on a command line, and which variables scripts set. */
  async collectOverrides() {
    const usage = await usageExamples(this.project, this.facts);
    this.readmePath = usage?.readme.path ?? null;
    const programs = new Set(this.chain.usage.map((c) => rangeKey(c.nameWord.range)));
    for (const example of usage?.examples ?? []) {
      const words = example.args;
      if (words.length > 0 && !this.cmdReplacedBy) this.cmdReplacedBy = { file: usage.readme.path, range: words[0].range, message: `the README's \`jobman submit\` example passes arguments, which replace the CMD` };
      let i = 0;
      if (words[0] && programs.has(rangeKey(words[0].range))) {
        i = 1;
        if (INTERPRETER.test(basename(words[0].value))) {
          while (i < words.length && words[i].value.startsWith("-")) i += /^-[mc]$/.test(words[i].value) ? 2 : 1;
          i++;
        }
      }
      const positionals = [];
      for (; i < words.length; i++) {
        const w = words[i];
        const option = /^(--?[A-Za-z][\w-]*)(=|$)/.exec(w.value);
        if (option) {
          const name = normalName(option[1]);
          if (!this.readmeOptions.has(name)) this.readmeOptions.set(name, { file: usage.readme.path, range: w.range, message: `the README's \`jobman submit\` example passes \`${option[1]}\`` });
          if (!option[2] && words[i + 1] && !words[i + 1].value.startsWith("-")) i++;
          continue;
        }
        positionals.push({ file: usage.readme.path, range: w.range, message: `the README's \`jobman submit\` example passes it (\`${w.value}\`)` });
      }
      if (positionals.length > this.readmePositionals.length) this.readmePositionals = positionals;
    }
    const scripts = [
      { commands: this.chain.commands, file: this.facts.file },
      { commands: this.chain.usage, file: usage?.readme.path ?? "" },
      ...this.chain.scripts.map((s) => ({ commands: [...s.commands, ...s.runs], file: s.path }))
    ];
    for (const { commands } of scripts) {
      for (const cmd of commands) {
        if (!SYSTEM_TOOLS.has(cmd.program)) {
          for (const a of cmd.args) {
            const m = /^(--?[A-Za-z][\w-]*)(=|$)/.exec(a.value);
            if (m && !(this.cmdReplacedBy && this.inCmd(cmd.file, a.range)) && !this.passedOptions.has(normalName(m[1]))) this.passedOptions.set(normalName(m[1]), { file: cmd.file, range: a.range, message: `\`${shortText(cmd)}\` passes \`${m[1]}\`` });
          }
        }
        for (const a of cmd.assignments) {
          if (this.assigned.has(a.name) || new RegExp(`\\$\\{?${a.name}\\b`).test(a.value)) continue;
          this.assigned.set(a.name, { file: cmd.file, range: a.range, message: `\`${a.name}\` is set again here` });
        }
      }
    }
  }
  /** Is the word one of the Dockerfile's CMD, which jobman's arguments replace? */
  inCmd(file, range) {
    return file === this.facts.file && this.chain.instructions.some((i) => i.keyword === "CMD" && range.startLine >= i.range.startLine && range.endLine <= i.range.endLine);
  }
  /** A README example or a command of the chain that passes the argument: by one of its flags, or a positional one at its position. */
  optionOverride(flags, position) {
    if (position !== null) return this.readmePositionals[position] ?? null;
    for (const f of flags) {
      const found = this.readmeOptions.get(normalName(f)) ?? this.passedOptions.get(normalName(f));
      if (found) return found;
    }
    return null;
  }
  add(location, cwd) {
    const v = location.value.replace(/^~(?=\/|$)/, this.home).replace(/^\$\{?HOME\}?(?=\/|$)/, this.home);
    if (/[$`]/.test(v) || v === "") return;
    const relative = !v.startsWith("/");
    if (relative && cwd === null) return;
    const path = trimSlash(resolvePath(cwd ?? "/", v));
    const overriddenInReadme = !!location.overriddenBy && location.overriddenBy.file === this.readmePath;
    this.push({ ...location, recursive: location.recursive ?? false, path, relative, cwd: cwd ?? "/", filledAtBuild: false, overriddenInReadme });
  }
  /** Once per place and path: a CMD's words are also read as the exec-form ENTRYPOINT's arguments, `unzip -d` both creates and fills. */
  push(location) {
    const key = `${location.file}:${rangeKey(location.range)}:${location.kind}:${location.path}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.locations.push(location);
  }
  fromDockerfile() {
    const stage = this.facts.finalStage;
    const instructions = this.facts.imageChain.flatMap((s) => s.instructions).filter((i) => !i.onbuild);
    const workdirInstr = instructions.filter((i) => i.keyword === "WORKDIR").pop();
    if (workdirInstr && this.workdir) {
      this.add({ kind: "workdir", role: "scratch", name: null, value: this.workdir, file: this.facts.file, range: workdirInstr.range, related: [], subject: `The working folder \`${this.workdir}\``, verb: null, overriddenBy: null }, "/");
    }
    for (const [name, value] of stage.finalVars) {
      const role = outputRole(name);
      if (!role || value.fromArg || value.declaredWithoutValue || !pathLike(value.value, name)) continue;
      const setter = instructions.filter((i) => i.keyword === "ENV").flatMap((i) => envProperties(i).filter((p) => p.name === name)).pop();
      if (!setter) continue;
      this.add(
        { kind: "env", role, name, value: value.value, file: this.facts.file, range: setter.range, related: [], subject: `\`ENV ${name}=${value.value}\``, verb: null, overriddenBy: this.assigned.get(name) ?? null },
        this.workdir
      );
    }
  }
  fromCommands(commands, where, writes) {
    for (const cmd of commands) {
      const state = this.chain.stateOf(cmd);
      const cwd = state ? state.cwd === null ? null : this.cwdOf(state.cwd) : where.cwd;
      const expand = (value) => state ? state.expand(value) : value;
      for (const a of cmd.assignments) {
        const role = outputRole(a.name);
        const value = role ? expand(a.value) : null;
        if (!role || value === null || !pathLike(value, a.name)) continue;
        this.add({ kind: "assignment", role, name: a.name, value, file: cmd.file, range: a.range, related: where.related, subject: `\`${a.name}=${a.value}\``, verb: null, overriddenBy: null }, cwd);
      }
      if (!SYSTEM_TOOLS.has(cmd.program)) {
        cmd.args.forEach((arg, i) => {
          const eq = /^(--?[A-Za-z][\w-]*)=(.*)$/.exec(arg.value);
          const option = eq ? eq[1] : arg.value;
          const word = eq ? arg : cmd.args[i + 1];
          const written = eq ? eq[2] : word?.value;
          if (!option.startsWith("-") || !word || written === void 0 || written.startsWith("-")) return;
          const role = outputRole(option);
          if (!role) return;
          const variable = /^\$\{?([A-Za-z_]\w*)/.exec(written);
          if (variable && variable[1] !== "HOME" && outputRole(variable[1])) return;
          const value = expand(written);
          if (value === null || !pathLike(value, option)) return;
          this.add(
            { kind: "option", role, name: option, value, file: cmd.file, range: word.range, related: where.related, subject: eq ? `\`${arg.value}\`` : `\`${option} ${written}\``, verb: null, overriddenBy: this.readmeOptions.get(normalName(option)) ?? (this.inCmd(cmd.file, word.range) ? this.cmdReplacedBy : null) },
            cwd
          );
        });
      }
      if (!writes || !state) continue;
      for (const effect of runtimeEffects(this.facts, cmd, { cwd, user: this.user, vars: state.vars, shell: where.shell })) {
        if (/^\/(dev|proc|sys)(\/|$)/.test(effect.path)) continue;
        const verb = effect.kind === "remove" ? cmd.program === "mv" ? "moves away" : "removes" : WRITE_VERB[effect.action];
        this.push({
          kind: "write",
          role: "write",
          name: null,
          value: effect.path,
          path: trimSlash(effect.path),
          relative: cwd !== null && cwd !== "/" && (effect.path === cwd || isUnder(effect.path, cwd)),
          cwd: cwd ?? "/",
          file: cmd.file,
          range: cmd.range,
          related: where.related,
          subject: `\`${shortText(cmd)}\``,
          verb,
          recursive: effect.recursive,
          overriddenBy: null,
          overriddenInReadme: false,
          filledAtBuild: false
        });
      }
    }
  }
  fromPython(script, where) {
    const python = script.python;
    const cwd = where.cwd;
    const at = { file: script.path, related: where.related, verb: null, recursive: false };
    for (const c of python.constants) {
      const role = outputRole(c.name);
      if (!role || c.value.value === null || !pathLike(c.value.value, c.name)) continue;
      this.add({ kind: "constant", role, name: c.name, value: c.value.value, range: c.value.range, subject: `\`${c.name} = "${c.value.value}"\``, overriddenBy: null, ...at }, cwd);
    }
    const options = /* @__PURE__ */ new Map();
    const positions = /* @__PURE__ */ new Map();
    for (const call of python.calls) {
      if (!/(^|\.)add_argument$|^click\.option$|^click\.argument$/.test(call.name)) continue;
      const flags = call.args.map((a) => a.kind === "string" ? a.value : null).filter((n) => !!n);
      if (flags.length > 0 && !flags.some((f) => f.startsWith("-"))) positions.set(call, positions.size);
      const names = [...flags, call.keywords.get("dest")?.value ?? null].filter((n) => !!n);
      options.set(call, flags);
      const role = names.map(outputRole).find((r) => r === "results") ?? names.map(outputRole).find((r) => r !== null) ?? null;
      const fallback = call.keywords.get("default");
      if (!role || !fallback || fallback.value === null || fallback.kind !== "string" && fallback.kind !== "name") continue;
      if (call.keywords.get("required")?.text === "True") continue;
      const option = names.find((n) => n.startsWith("--")) ?? names[0];
      if (!pathLike(fallback.value, option)) continue;
      this.add(
        { kind: "argument-default", role, name: option, value: fallback.value, range: fallback.range, subject: `The default of \`${option}\` (\`${fallback.value}\`)`, overriddenBy: this.optionOverride(flags, positions.get(call) ?? null), ...at },
        cwd
      );
    }
    for (const call of python.calls) {
      if (/^os\.(getenv|environ\.get|environ\.setdefault)$/.test(call.name)) {
        const [key, fallback] = call.args;
        const name = key?.value;
        const role = name ? outputRole(name) : null;
        if (!name || !role || !fallback || fallback.value === null || !pathLike(fallback.value, name)) continue;
        const env = this.facts.finalStage.finalVars.get(name);
        const setByEnv = env && !env.fromArg && !env.declaredWithoutValue ? { file: this.facts.file, range: this.facts.finalStage.from.range, message: `the image's ENV sets \`${name}\`` } : null;
        const holder = argumentOf(call, options);
        this.add(
          { kind: "env-default", role, name, value: fallback.value, range: fallback.range, subject: `The default of \`${name}\` (\`${fallback.value}\`)`, overriddenBy: setByEnv ?? this.assigned.get(name) ?? (holder ? this.optionOverride(options.get(holder) ?? [], positions.get(holder) ?? null) : null), ...at },
          cwd
        );
        continue;
      }
      for (const { value, verb } of pythonWrites(call)) {
        if (value.value === null || !pathLike(value.value, "path")) continue;
        this.add({ kind: "write", role: "write", name: null, value: value.value, range: call.range, subject: `\`${call.written}(${value.text})\``, overriddenBy: null, ...at, verb }, cwd);
      }
    }
  }
  /** Locations the build fills with files are the application's inputs (model weights, data), whatever their names say. */
  markFilled() {
    const stage = this.facts.finalStage;
    const history = fsHistory(this.facts, stage);
    const filled = (path) => {
      if (this.chain.context.imagePathsUnder(path).some((p) => !KEEP_FILE.test(p.slice(p.lastIndexOf("/") + 1)))) return true;
      return history.some((e) => {
        if (e.origin === "base" || e.kind === "remove" || e.kind === "open" || e.action !== "write") return false;
        if (e.origin === "copy") return e.kind === "set" && isUnder(e.path, path) && !KEEP_FILE.test(e.path.slice(e.path.lastIndexOf("/") + 1));
        return isUnder(e.path, path) || e.kind === "contents" && e.path === path;
      });
    };
    for (const l of this.locations) if (l.kind !== "write" && l.kind !== "workdir") l.filledAtBuild = filled(l.path);
  }
};
var INTERPRETER = /^(?:python[\d.]*|bash|sh|zsh|Rscript|node|perl|ruby|java)$/;
var rangeKey = (r) => `${r.startLine}:${r.startColumn}`;
var basename = (p) => p.slice(p.lastIndexOf("/") + 1);
var KEEP_FILE = /^(?:\.gitkeep|\.keep|\.gitignore|README(?:\.\w+)?)$/i;
var WRITE_VERB = { create: "creates", write: "writes", remove: "removes", chown: "changes the owner of", chmod: "changes the mode of" };
function contains(outer, inner) {
  if (!outer) return false;
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 <= c2;
  return before(outer.startLine, outer.startColumn, inner.startLine, inner.startColumn) && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
}
function argumentOf(call, options) {
  for (const c of options.keys()) if (contains(c.keywords.get("default")?.range ?? null, call.range)) return c;
  return null;
}
function pythonWrites(call) {
  const [first, second] = call.args;
  const literal = (v) => !!v && (v.kind === "string" || v.kind === "name") && v.value !== null;
  switch (call.name) {
    case "open":
    case "io.open": {
      const mode = call.args[1] ?? call.keywords.get("mode");
      return literal(first) && mode?.value && /[wax+]/.test(mode.value) ? [{ value: first, verb: "writes" }] : [];
    }
    case "os.makedirs":
    case "os.mkdir":
      return literal(first) ? [{ value: first, verb: "creates" }] : [];
    case "shutil.copy":
    case "shutil.copy2":
    case "shutil.copyfile":
    case "shutil.copytree":
      return literal(second) ? [{ value: second, verb: "writes" }] : [];
    case "shutil.move":
    case "os.rename":
    case "os.replace":
      return [...literal(first) ? [{ value: first, verb: "moves away" }] : [], ...literal(second) ? [{ value: second, verb: "writes" }] : []];
    case "os.remove":
    case "os.unlink":
    case "os.rmdir":
    case "shutil.rmtree":
      return literal(first) ? [{ value: first, verb: "removes" }] : [];
  }
  return [];
}
function shortText(cmd) {
  const text = [cmd.nameWord.raw, ...cmd.args.map((a) => a.raw)].join(" ").replace(/\s+/g, " ");
  return text.length > 60 ? text.slice(0, 59) + "\u2026" : text;
}
function trimSlash(path) {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
function envProperties(instr) {
  const node = instr.node;
  if (typeof node.getProperties !== "function") return [];
  return node.getProperties().map((p) => {
    const r = p.getRange();
    return { name: p.getName(), range: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 } };
  });
}
export {
  imageOutputs,
  outputRole
};
