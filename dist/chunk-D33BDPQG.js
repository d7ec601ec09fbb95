import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_TREE_DEPTH,
  collectIncomplete,
  noteIncomplete
} from "./chunk-VHZECTGP.js";

// src/shell/grammar-files.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var require2 = createRequire(import.meta.url);
var here = dirname(fileURLToPath(import.meta.url));
function wasmLocation(file, specifier) {
  for (const candidate of [join(here, file), join(here, "wasm", file)]) {
    if (existsSync(candidate)) return candidate;
  }
  return require2.resolve(specifier);
}
function grammarSource(file, specifier) {
  return readFileSync(wasmLocation(file, specifier));
}
function beforeRuntimeLoads(optimize) {
  require2("node:v8").setFlagsFromString(optimize ? "--no-liftoff-only" : "--liftoff-only");
}

// src/shell/grammars.ts
var runtime;
var loading = /* @__PURE__ */ new Map();
var ready = /* @__PURE__ */ new Map();
var optimizeWasm = false;
function optimizeGrammarsForLongRuns() {
  optimizeWasm = true;
}
async function loadRuntime() {
  beforeRuntimeLoads(optimizeWasm);
  const mod = await import("./tree-sitter-B4YVZBYV.js");
  const runtimeWasm = wasmLocation("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
  await mod.Parser.init({ locateFile: () => runtimeWasm });
  return mod;
}
var GRAMMAR_FILES = {
  bash: ["tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm"],
  python: ["tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"]
};
function loadGrammar(name) {
  let pending = loading.get(name);
  if (!pending) {
    pending = (async () => {
      runtime ??= loadRuntime();
      const mod = await runtime;
      const [file, specifier] = GRAMMAR_FILES[name];
      const language = await mod.Language.load(grammarSource(file, specifier));
      const parser = new mod.Parser();
      parser.setLanguage(language);
      ready.set(name, parser);
      return parser;
    })();
    loading.set(name, pending);
  }
  return pending;
}
function grammar(name) {
  const parser = ready.get(name);
  if (!parser) throw new Error(`internal: the ${name} grammar was used before it was loaded`);
  return parser;
}
function isGrammarLoaded(name) {
  return ready.has(name);
}

// src/shell/commands.ts
var SegmentMap = class {
  derived = [];
  host = [];
  add(derivedStart, hostStart) {
    this.derived.push(derivedStart);
    this.host.push(hostStart);
  }
  toHost = (offset, isEnd = false) => {
    const d = this.derived;
    let lo = 0;
    let hi = d.length - 1;
    if (hi < 0) return offset;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (isEnd ? d[mid] < offset : d[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.host[lo] + (offset - d[lo]);
  };
};
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
var LEAVES = /* @__PURE__ */ new Set(["word", "raw_string", "ansi_c_string", "comment", "extglob_pattern", "file_descriptor", "heredoc_content", "heredoc_end", "heredoc_start", "regex", "special_variable_name", "string_content", "test_operator", "variable_name"]);
var EXPANSIONS = /* @__PURE__ */ new Set(["simple_expansion", "expansion", "command_substitution", "process_substitution", "arithmetic_expansion"]);
var MAX_TEST_WORDS = 64;
function shellCommands(source) {
  if (source.text.length > MAX_REMEMBERED_TEXT) return walkSource(source);
  let canonical = walkedTexts.get(source.text);
  if (canonical === void 0) {
    const notes = [];
    const commands = collectIncomplete(notes, () => walkSource({ text: source.text, toHost: (offset) => offset, host: OFFSETS, file: "" }));
    canonical = notes.length > 0 ? null : commands;
    if (walkedTexts.size >= MAX_REMEMBERED_TEXTS) walkedTexts.clear();
    walkedTexts.set(source.text, canonical);
  }
  return canonical === null ? walkSource(source) : placeCommands(canonical, source);
}
function walkSource(source) {
  const out = [];
  new Walker(source, out, null, [], 0).parseAndWalk();
  return out;
}
var walkedTexts = /* @__PURE__ */ new Map();
var MAX_REMEMBERED_TEXTS = 4096;
var MAX_REMEMBERED_TEXT = 16 * 1024;
var OFFSETS = { range: (start, end) => ({ startLine: 0, startColumn: start, endLine: 0, endColumn: end }) };
function placeCommands(commands, source) {
  const range = (r) => source.host.range(source.toHost(r.startColumn), source.toHost(r.endColumn, r.endColumn > r.startColumn));
  const word = (w) => ({ value: w.value, literal: w.literal, raw: w.raw, range: range(w.range) });
  const copies = /* @__PURE__ */ new Map();
  const copy = (c) => {
    let placed = copies.get(c);
    if (placed) return placed;
    placed = {
      name: c.name,
      program: c.program,
      nameWord: word(c.nameWord),
      args: c.args.map(word),
      assignments: c.assignments.map((a) => ({ name: a.name, value: a.value, range: range(a.range) })),
      wrappers: [...c.wrappers],
      redirects: c.redirects.map((r) => ({ ...r, target: r.target ? word(r.target) : null })),
      range: range(c.range),
      index: c.index,
      pipeFrom: null,
      guards: [],
      nestedIn: null,
      file: source.file
    };
    copies.set(c, placed);
    placed.pipeFrom = c.pipeFrom && copy(c.pipeFrom);
    placed.guards = c.guards.map(copy);
    placed.nestedIn = c.nestedIn && copy(c.nestedIn);
    return placed;
  };
  return commands.map(copy);
}
var MAX_GUARDS = 64;
function guardsOf(outer, emitted) {
  const total = outer.length + emitted.length;
  const at = (i) => i < outer.length ? outer[i] : emitted[i - outer.length];
  if (total <= MAX_GUARDS) return [...outer, ...emitted];
  const half = MAX_GUARDS / 2;
  const result = [];
  for (let i = 0; i < half; i++) result.push(at(i));
  for (let i = total - half; i < total; i++) result.push(at(i));
  return result;
}
function append(into, items) {
  for (const item of items) into.push(item);
}
var Walker = class _Walker {
  constructor(src, out, nestedIn, outerGuards, depth) {
    this.src = src;
    this.out = out;
    this.nestedIn = nestedIn;
    this.outerGuards = outerGuards;
    this.depth = depth;
  }
  src;
  out;
  nestedIn;
  outerGuards;
  /** How deep the walk is in the tree (and in the `sh -c` strings that hold this source). */
  depth;
  tooDeepNoted = false;
  parseAndWalk() {
    const tree = grammar("bash").parse(this.src.text);
    if (!tree) return;
    try {
      this.walk(tree.rootNode, this.outerGuards);
    } finally {
      tree.delete();
    }
  }
  range(start, end) {
    return this.src.host.range(this.src.toHost(start), this.src.toHost(end, end > start));
  }
  /**
   * `type` when the caller has read it: every property of a node is a call into WASM. The text is
   * cut from the source (what node.text does, less a copy of the source's rest per word).
   */
  wordOf(node, type = node.type) {
    const start = node.startIndex;
    const end = node.endIndex;
    const raw = this.src.text.slice(start, end);
    const { value, literal } = wordValue(node, raw, type);
    return { value, literal, raw, range: this.range(start, end) };
  }
  /** Walks a node; returns the commands it emitted. Deeper than MAX_TREE_DEPTH, says so and stops. */
  walk(node, guards) {
    if (this.depth >= MAX_TREE_DEPTH) {
      this.noteTooDeep(node);
      return [];
    }
    this.depth++;
    try {
      return this.walkNode(node, guards);
    } finally {
      this.depth--;
    }
  }
  noteTooDeep(node) {
    if (this.tooDeepNoted) return;
    this.tooDeepNoted = true;
    noteIncomplete({
      file: this.src.file,
      range: this.range(node.startIndex, node.startIndex),
      message: `The shell code here nests more than ${MAX_TREE_DEPTH} levels deep; chaimeleon-lint did not look inside, so the commands there were not checked.`
    });
  }
  walkNode(node, guards) {
    const type = node.type;
    switch (type) {
      case "command":
        return this.command(node, guards, []);
      case "redirected_statement":
        return this.redirected(node, guards);
      case "pipeline":
        return this.pipeline(node, guards);
      case "list":
        return this.list(node, guards);
      case "if_statement":
      case "while_statement":
        return this.conditional(node, guards);
      case "test_command":
        return this.testCommand(node, guards);
      case "declaration_command":
        return [this.declaration(node, guards)];
      case "variable_assignment":
        if (node.parent && (node.parent.type === "program" || node.parent.type === "compound_statement" || node.parent.type === "list")) {
          return [this.assignmentOnly(node, guards)];
        }
        return this.children(node, guards);
      case "variable_assignments":
        return [this.assignmentOnly(node, guards)];
      case "comment":
      case "heredoc_body":
        return [];
      default:
        return LEAVES.has(type) ? [] : this.children(node, guards);
    }
  }
  children(node, guards) {
    const emitted = [];
    for (const child of node.namedChildren) {
      if (child) append(emitted, this.walk(child, guards));
    }
    return emitted;
  }
  redirected(node, guards) {
    const redirects = [];
    for (const r of node.childrenForFieldName("redirect")) if (r) append(redirects, this.redirectOf(r));
    const body = node.childForFieldName("body");
    if (!body) return [];
    if (body.type === "command") return this.command(body, guards, redirects);
    const emitted = this.walk(body, guards);
    const last = emitted[emitted.length - 1];
    if (last) append(last.redirects, redirects);
    return emitted;
  }
  redirectOf(node, type = node.type) {
    if (type === "file_redirect") {
      const dest = node.childForFieldName("destination");
      const op = node.children.find((c) => c && !c.isNamed)?.text ?? ">";
      return [{ op, target: dest ? this.wordOf(dest) : null }];
    }
    if (type === "heredoc_redirect") {
      const body = node.namedChildren.find((c) => c?.type === "heredoc_body");
      const result = [{ op: "<<", target: null, body: body?.text ?? "" }];
      for (const c of node.namedChildren) if (c?.type === "file_redirect") append(result, this.redirectOf(c));
      return result;
    }
    if (type === "herestring_redirect") {
      const word = node.namedChildren.find((c) => c);
      return [{ op: "<<<", target: null, body: word ? wordValue(word).value : "" }];
    }
    return [];
  }
  pipeline(node, guards) {
    const emitted = [];
    let previous = null;
    for (const child of node.namedChildren) {
      if (!child) continue;
      const part = this.walk(child, guards);
      const head = part.find((c) => c.nestedIn === this.nestedIn);
      if (head && previous) head.pipeFrom = previous;
      const simple = child.type === "command" || child.type === "redirected_statement" && child.childForFieldName("body")?.type === "command";
      previous = (simple ? head : part[part.length - 1]) ?? previous;
      append(emitted, part);
    }
    return emitted;
  }
  /**
   * `a && b || c`: what runs on the right is guarded by every command on the left. tree-sitter nests
   * a chain to the left (`((a && b) || c)`), one level per operator: the left spine is followed in a
   * loop, so that a chain of 100,000 commands costs no stack.
   */
  list(node, guards) {
    const levels = [];
    let head = node;
    for (; ; ) {
      const named = head.namedChildren.filter((c) => !!c && c.type !== "comment");
      if (head.type !== "list" || named.length < 2) break;
      levels.push(named.slice(1));
      head = named[0];
    }
    const emitted = head === node ? this.children(node, guards) : this.walk(head, guards);
    for (let i = levels.length - 1; i >= 0; i--) {
      const guarded = guardsOf(guards, emitted);
      const right = [];
      for (const rest of levels[i]) append(right, this.walk(rest, guarded));
      append(emitted, right);
    }
    return emitted;
  }
  conditional(node, guards) {
    const conditions = new Set(node.childrenForFieldName("condition").filter((c) => !!c).map((c) => c.id));
    const emitted = [];
    const conditionCommands = [];
    for (const child of node.namedChildren) {
      if (child && conditions.has(child.id)) append(conditionCommands, this.walk(child, guards));
    }
    append(emitted, conditionCommands);
    const guarded = guardsOf(guards, conditionCommands);
    for (const child of node.namedChildren) {
      if (child && !conditions.has(child.id)) append(emitted, this.walk(child, guarded));
    }
    return emitted;
  }
  /**
   * `[ ! -f X ]`, `[[ -d X ]]`: a command named `[` or `[[` whose arguments are the test's words, so
   * that what it guards can ask what was tested. Commands inside it (`[ "$(id -u)" = 0 ]`) come first.
   */
  testCommand(node, guards) {
    const emitted = this.children(node, guards);
    const open = node.child(0);
    if (!open || open.isNamed) return emitted;
    const words = [];
    const stack = [node];
    while (stack.length > 0 && words.length < MAX_TEST_WORDS) {
      const n = stack.pop();
      if (n.startIndex !== node.startIndex || n.endIndex !== node.endIndex) {
        if (n.childCount === 0 || n.type === "string" || n.type === "raw_string" || n.type === "word" || n.type === "test_operator") {
          if (n.startIndex !== open.startIndex || n.endIndex !== open.endIndex) words.push(this.wordOf(n));
          continue;
        }
      }
      for (let i = n.childCount - 1; i >= 0; i--) {
        const c = n.child(i);
        if (c) stack.push(c);
      }
    }
    const cmd = this.newCommand(node, this.wordOf(open), guards);
    cmd.args = words;
    this.out.push(cmd);
    emitted.push(cmd);
    return emitted;
  }
  newCommand(node, nameWord, guards) {
    return {
      name: nameWord.value,
      program: basename(nameWord.value),
      nameWord,
      args: [],
      assignments: [],
      wrappers: [],
      redirects: [],
      range: this.range(node.startIndex, node.endIndex),
      index: this.out.length,
      pipeFrom: null,
      guards,
      nestedIn: this.nestedIn,
      file: this.src.file
    };
  }
  assignmentOf(node) {
    const name = node.childForFieldName("name")?.text ?? "";
    const valueNode = node.childForFieldName("value");
    return { name, value: valueNode ? wordValue(valueNode).value : "", range: this.range(node.startIndex, node.endIndex) };
  }
  declaration(node, guards) {
    const keyword = node.children[0]?.text ?? "export";
    const nameWord = { value: keyword, literal: true, raw: keyword, range: this.range(node.startIndex, node.startIndex + keyword.length) };
    const cmd = this.newCommand(node, nameWord, guards);
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "variable_assignment") cmd.assignments.push(this.assignmentOf(child));
      else cmd.args.push(this.wordOf(child));
    }
    this.out.push(cmd);
    return cmd;
  }
  assignmentOnly(node, guards) {
    const nameWord = { value: "", literal: true, raw: "", range: this.range(node.startIndex, node.startIndex) };
    const cmd = this.newCommand(node, nameWord, guards);
    const parts = node.type === "variable_assignments" ? node.namedChildren : [node];
    for (const child of parts) if (child?.type === "variable_assignment") cmd.assignments.push(this.assignmentOf(child));
    this.out.push(cmd);
    return cmd;
  }
  command(node, guards, outerRedirects) {
    const assignments = [];
    const redirects = [];
    const words = [];
    const nested = [];
    let nameNode = null;
    const wordNodes = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      const type = child.type;
      if (type === "variable_assignment") {
        assignments.push(this.assignmentOf(child));
        continue;
      }
      if (type.endsWith("_redirect")) append(redirects, this.redirectOf(child, type));
      else if (type === "command_name") {
        nameNode = child;
        const name = child.namedChildren[0] ?? child;
        words.push(this.wordOf(name));
        wordNodes.push(name);
      } else if (type !== "comment") {
        words.push(this.wordOf(child, type));
        wordNodes.push(child);
      }
      collectSubstitutions(child, nested, type);
    }
    if (!nameNode || words.length === 0) {
      return this.substitutions(nested, guards);
    }
    const wrappers = [];
    let start = 0;
    for (; ; ) {
      const step = unwrap(words, start, assignments);
      if (step < 0) break;
      wrappers.push(basename(words[start].value));
      start = step;
    }
    if (start >= words.length) start = 0;
    const cmd = this.newCommand(node, words[start], guards);
    cmd.args = words.slice(start + 1);
    cmd.assignments = assignments;
    cmd.wrappers = wrappers;
    cmd.redirects = [...redirects, ...outerRedirects];
    this.out.push(cmd);
    const emitted = [cmd];
    append(emitted, this.substitutions(nested, guards));
    append(emitted, this.reparseStrings(cmd, wordNodes.slice(start + 1), guards));
    return emitted;
  }
  substitutions(nodes, guards) {
    const emitted = [];
    for (const n of nodes) {
      if (this.depth >= MAX_TREE_DEPTH) {
        this.noteTooDeep(n);
        break;
      }
      this.depth++;
      try {
        append(emitted, this.children(n, guards));
      } finally {
        this.depth--;
      }
    }
    return emitted;
  }
  /** `sh -c '...'`, `bash -lc "..."`, `su -c '...' user`: the string is a script of its own. */
  reparseStrings(cmd, argNodes, guards) {
    if (!SHELLS.has(cmd.program) && cmd.program !== "su" && cmd.program !== "runuser") return [];
    const i = cmd.args.findIndex((a) => a.literal && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value));
    if (i < 0) return [];
    let j = i + 1;
    const scriptNode = argNodes[j];
    if (!scriptNode) return [];
    const contentStart = scriptNode.type === "raw_string" || scriptNode.type === "string" ? scriptNode.startIndex + 1 : scriptNode.type === "ansi_c_string" ? scriptNode.startIndex + 2 : scriptNode.startIndex;
    const text = wordValue(scriptNode).value;
    const outer = this.src;
    const inner = { text, toHost: (o, isEnd) => outer.toHost(contentStart + o, isEnd), host: outer.host, file: outer.file };
    const before = this.out.length;
    if (this.depth >= MAX_TREE_DEPTH) {
      this.noteTooDeep(scriptNode);
      return [];
    }
    new _Walker(inner, this.out, cmd, guards, this.depth + 1).parseAndWalk();
    j++;
    return this.out.slice(before);
  }
};
function collectSubstitutions(node, into, type = node.type) {
  const stack = [{ node, type }];
  while (stack.length > 0) {
    const { node: n, type: t } = stack.pop();
    if (t === "command_substitution" || t === "process_substitution") {
      into.push(n);
      continue;
    }
    if (LEAVES.has(t)) continue;
    const children = n.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) stack.push({ node: c, type: c.type });
    }
  }
}
var ENVIRONMENT_RUNNERS = {
  conda: /* @__PURE__ */ new Set(["-n", "--name", "-p", "--prefix", "--cwd"]),
  mamba: /* @__PURE__ */ new Set(["-n", "--name", "-p", "--prefix", "--cwd"]),
  micromamba: /* @__PURE__ */ new Set(["-n", "--name", "-p", "--prefix", "--cwd", "-r", "--root-prefix", "-a", "--attach"]),
  uv: /* @__PURE__ */ new Set(["--with", "-w", "--python", "-p", "--project", "--directory", "--env-file", "--group", "--extra", "--package", "--index", "--default-index"]),
  poetry: /* @__PURE__ */ new Set(["-C", "--directory", "-P", "--project"]),
  pipenv: /* @__PURE__ */ new Set(),
  pdm: /* @__PURE__ */ new Set(["-p", "--project"]),
  hatch: /* @__PURE__ */ new Set(["-e", "--env"])
};
function unwrap(words, start, assignments) {
  const w = basename(words[start]?.value ?? "");
  let i = start + 1;
  const skipOptions = (withValue) => {
    while (i < words.length && words[i].value.startsWith("-") && words[i].value !== "-") {
      const opt = words[i].value;
      i++;
      if (opt === "--") break;
      if (withValue.has(opt)) i++;
    }
  };
  const takeAssignments = () => {
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].value)) {
      const [name, ...rest] = words[i].value.split("=");
      assignments.push({ name, value: rest.join("="), range: words[i].range });
      i++;
    }
  };
  switch (w) {
    case "sudo":
      skipOptions(/* @__PURE__ */ new Set(["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T"]));
      takeAssignments();
      return i < words.length ? i : -1;
    case "env":
      skipOptions(/* @__PURE__ */ new Set(["-u", "-C", "-S"]));
      takeAssignments();
      return i < words.length ? i : -1;
    case "exec":
    case "nohup":
    case "time":
    case "command":
    case "builtin":
      skipOptions(/* @__PURE__ */ new Set(["-a"]));
      return i < words.length ? i : -1;
    case "nice":
      skipOptions(/* @__PURE__ */ new Set(["-n"]));
      return i < words.length ? i : -1;
    case "stdbuf":
    case "ionice":
    case "xargs":
      skipOptions(/* @__PURE__ */ new Set(["-n", "-P", "-I", "-L", "-d", "-s", "-E", "-a", "-c"]));
      return i < words.length ? i : -1;
    case "timeout":
      skipOptions(/* @__PURE__ */ new Set(["-s", "-k", "--signal", "--kill-after"]));
      return i + 1 < words.length ? i + 1 : -1;
    default: {
      const runner = Object.hasOwn(ENVIRONMENT_RUNNERS, w) ? ENVIRONMENT_RUNNERS[w] : void 0;
      if (!runner || words[i]?.value !== "run") return -1;
      i++;
      skipOptions(runner);
      return i < words.length ? i : -1;
    }
  }
}
function basename(path) {
  const slash = path.lastIndexOf("/");
  return slash >= 0 ? path.slice(slash + 1) : path;
}
function unescapeWord(raw) {
  return raw.includes("\\") ? raw.replace(/\\(.)/gs, "$1") : raw;
}
function unescapeDouble(raw) {
  return raw.includes("\\") ? raw.replace(/\\([\\"$`\n])/g, (_m, c) => c === "\n" ? "" : c) : raw;
}
function wordValue(node, text = node.text, type = node.type) {
  switch (type) {
    case "word":
    case "command_name":
      return { value: unescapeWord(text), literal: !text.includes("$") };
    case "number":
      return { value: text, literal: true };
    case "raw_string":
      return { value: text.slice(1, -1), literal: true };
    case "ansi_c_string":
      return { value: text.slice(2, -1).replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\(.)/g, "$1"), literal: true };
    case "string": {
      const hasExpansion = node.namedChildren.some((c) => c && EXPANSIONS.has(c.type));
      return { value: unescapeDouble(text.slice(1, -1)), literal: !hasExpansion };
    }
    case "concatenation": {
      let value = "";
      let literal = true;
      let pos = node.startIndex;
      for (const child of node.children) {
        if (!child) continue;
        if (child.startIndex > pos) value += text.slice(pos - node.startIndex, child.startIndex - node.startIndex);
        const part = child.isNamed ? wordValue(child) : { value: child.text, literal: true };
        value += part.value;
        literal &&= part.literal;
        pos = child.endIndex;
      }
      return { value, literal };
    }
    default:
      return { value: text, literal: !EXPANSIONS.has(type) && !text.includes("$") };
  }
}

export {
  optimizeGrammarsForLongRuns,
  loadGrammar,
  grammar,
  isGrammarLoaded,
  SegmentMap,
  shellCommands,
  ENVIRONMENT_RUNNERS,
  basename
};
