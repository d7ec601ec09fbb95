import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadGrammar,
  shellCommands
} from "./chunk-D33BDPQG.js";

// src/readme/jobman.ts
var NOT_SHELL = /* @__PURE__ */ new Set(["python", "py", "python3", "ipython", "pycon", "json", "yaml", "yml", "toml", "ini", "dockerfile", "docker", "javascript", "js", "typescript", "ts", "r", "html", "xml", "markdown", "md", "csv", "sql", "c", "cpp", "java", "go", "rust"]);
var MENTIONS = /\bjobman\b|\b(?:docker|podman)\b[\s\S]*\brun\b/;
var cache = /* @__PURE__ */ new WeakMap();
function readmeExamples(readme) {
  let pending = cache.get(readme);
  if (!pending) {
    pending = findExamples(readme);
    cache.set(readme, pending);
  }
  return pending;
}
async function findExamples(readme) {
  const result = { jobman: [], dockerRun: [] };
  const candidates = readme.code.filter((c) => !(c.lang && NOT_SHELL.has(c.lang.toLowerCase())) && MENTIONS.test(c.value));
  if (candidates.length === 0) return result;
  await loadGrammar("bash");
  for (const code of candidates) {
    const commands = shellCommands({ text: shellText(code.value), toHost: code.toReadme, host: readme.lines, file: readme.path });
    for (const cmd of commands) {
      const words = cmd.args.map(commandWord);
      if (cmd.program === "jobman") {
        const submit = parseJobmanSubmit(code, cmd.range, words);
        if (submit) result.jobman.push(submit);
      } else if ((cmd.program === "docker" || cmd.program === "podman") && isDockerRun(words)) {
        result.dockerRun.push({ code, range: cmd.range });
      }
    }
  }
  return result;
}
function isDockerRun(words) {
  const verbs = words.filter((w) => !w.value.startsWith("-")).map((w) => w.value);
  return verbs[0] === "run" || verbs[0] === "container" && verbs[1] === "run";
}
var PLACEHOLDER = /<([A-Za-z_](?:[^<>\n|;&]*[^\s<>|;&])?)>/g;
var OPEN = "\u2039";
var CLOSE = "\u203A";
var PROMPT = /^[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?[ \t]*)?\$[ \t]+/;
function shellText(value) {
  const lines = value.split("\n");
  const session = lines.some((l) => PROMPT.test(l));
  let continued = false;
  const out = lines.map((line) => {
    let l = line;
    if (session) {
      const prefix = continued ? /^[ \t]*>[ \t]/.exec(l) : PROMPT.exec(l);
      if (prefix) l = " ".repeat(prefix[0].length) + l.slice(prefix[0].length);
      else if (!continued) l = " ".repeat(l.length);
    }
    l = l.replace(/\\([ \t]+)$/, "$1\\");
    continued = l.endsWith("\\");
    return l;
  });
  return out.join("\n").replace(PLACEHOLDER, (_m, inner) => OPEN + inner + CLOSE);
}
function unmask(s) {
  return s.includes(OPEN) || s.includes(CLOSE) ? s.replaceAll(OPEN, "<").replaceAll(CLOSE, ">") : s;
}
function commandWord(w) {
  return { value: unmask(w.value), raw: unmask(w.raw), literal: w.literal, range: w.range };
}
function valueAfterEquals(word) {
  const inValue = word.value.indexOf("=");
  const inRaw = word.raw.indexOf("=");
  const value = word.value.slice(inValue + 1);
  const raw = word.raw.slice(inRaw + 1);
  const range = { ...word.range, startColumn: word.range.startColumn + inRaw + 1 };
  if (range.startLine === range.endLine && range.startColumn > range.endColumn) range.startColumn = range.endColumn;
  return { value, raw, literal: word.literal || !value.includes("$"), range };
}
function valueAfter(word, n) {
  return { value: word.value.slice(n), raw: word.raw.slice(n), literal: word.literal, range: { ...word.range, startColumn: word.range.startColumn + n } };
}
var JOBMAN_OPTIONS = {
  "-i": "image",
  "--image": "image",
  "-j": "job-name",
  "--job-name": "job-name",
  "-r": "resources",
  "--resources": "resources",
  "-c": "command",
  "--command": "command",
  "-s": "settings",
  "--settings": "settings"
};
var FLAGS = /* @__PURE__ */ new Set(["command"]);
function parseJobmanSubmit(code, range, words) {
  let i = 0;
  const options = [];
  while (i < words.length && words[i].value.startsWith("-")) {
    const opt = readOption(words, i);
    options.push(opt.option);
    i = opt.next;
  }
  if (words[i]?.value !== "submit") return null;
  i++;
  if (i >= words.length) return null;
  let separator = null;
  for (; i < words.length; ) {
    const w = words[i];
    if (w.value === "--") {
      separator = w;
      i++;
      break;
    }
    const separatorFollows = words.slice(i).some((x) => x.value === "--");
    if (!w.value.startsWith("-")) {
      if (separatorFollows) {
        i++;
        continue;
      }
      break;
    }
    const opt = readOption(words, i);
    if (opt.option.key === null && !separatorFollows) break;
    options.push(opt.option);
    i = opt.next;
  }
  const args = words.slice(i);
  const byKey = (key) => options.filter((o) => o.key === key).pop() ?? null;
  const imageOption = byKey("image");
  const imageWord = imageOption?.value ?? null;
  const commandMode = byKey("command") !== null;
  return {
    code,
    range,
    options,
    image: imageOption && imageWord ? { ...parseImageRef(imageWord.value), word: imageWord, option: imageOption.name } : null,
    jobName: byKey("job-name")?.value ?? null,
    resources: byKey("resources")?.value ?? null,
    commandMode,
    separator,
    args,
    jobArgs: parseJobArguments(args, commandMode)
  };
}
function readOption(words, i) {
  const word = words[i];
  const eq = word.value.indexOf("=");
  if (word.value.startsWith("--") && eq > 0) {
    const name = word.value.slice(0, eq);
    return { option: { name, key: JOBMAN_OPTIONS[name] ?? null, word, value: valueAfterEquals(word) }, next: i + 1 };
  }
  const key = JOBMAN_OPTIONS[word.value] ?? null;
  if (key === null && /^-[ijrs]./.test(word.value)) {
    const name = word.value.slice(0, 2);
    return { option: { name, key: JOBMAN_OPTIONS[name], word, value: valueAfter(word, 2) }, next: i + 1 };
  }
  const next = words[i + 1];
  const takesValue = key ? !FLAGS.has(key) : next !== void 0 && !next.value.startsWith("-");
  if (takesValue && next && next.value !== "--") return { option: { name: word.value, key, word, value: next }, next: i + 2 };
  return { option: { name: word.value, key, word, value: null }, next: i + 1 };
}
function parseImageRef(value) {
  let rest = value;
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  const registry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]) ? parts.shift() : null;
  return { value, registry, repository: parts.join("/"), name: parts[parts.length - 1], tag, digest };
}
var INTERPRETER = /^(?:python[\d.]*|pypy[\d.]*|bash|sh|dash|zsh|ksh|Rscript|R|julia|node|nodejs|perl|ruby|php|java|octave|matlab)$/;
var RUNS_VALUE = /^(?:-m|-[a-z]*c|-e|--eval|-jar|-f|--file|-batch)$/;
var TAKES_VALUE = /^(?:-W|-X|-cp|-classpath|--class-path|-I)$/;
var LAUNCHERS = {
  env: null,
  exec: null,
  time: null,
  nohup: null,
  nice: null,
  stdbuf: null,
  timeout: null,
  "xvfb-run": null,
  torchrun: null,
  deepspeed: null,
  mpirun: null,
  mpiexec: null,
  srun: null,
  conda: "run",
  mamba: "run",
  micromamba: "run",
  uv: "run",
  poetry: "run",
  pipenv: "run",
  pixi: "run",
  hatch: "run",
  accelerate: "launch"
};
var SCRIPT = /^(?:\.\.?\/.*|.*\.(?:sh|bash|py|R|r|jl|js|mjs|pl|rb|php|jar))$/;
var VARIABLE = /^[A-Za-z_][A-Za-z0-9_.]*=/;
var base = (value) => value.slice(value.lastIndexOf("/") + 1);
var isOption = (value) => /^--?[A-Za-z]/.test(value);
var launcherAt = (words, i) => {
  const name = base(words[i]?.value ?? "");
  if (!Object.hasOwn(LAUNCHERS, name)) return false;
  const sub = LAUNCHERS[name];
  return sub === null || words[i + 1]?.value === sub;
};
var runnable = (words, i) => INTERPRETER.test(base(words[i].value)) || SCRIPT.test(words[i].value) || launcherAt(words, i);
function programLength(words, start, commandMode) {
  let i = start;
  while (i < words.length && launcherAt(words, i)) {
    const name = base(words[i].value);
    i += LAUNCHERS[name] ? 2 : 1;
    while (i < words.length && words[i].value !== "--") {
      const w = words[i].value;
      if (VARIABLE.test(w)) i++;
      else if (isOption(w)) {
        i += !w.includes("=") && i + 1 < words.length && !isOption(words[i + 1].value) && !runnable(words, i + 1) ? 2 : 1;
      } else if (name === "timeout" && /^\d/.test(w)) i++;
      else break;
    }
    if (i < words.length && words[i].value === "--") i++;
  }
  const launched = i > start;
  if (i >= words.length) return i - start;
  const first = words[i];
  if (INTERPRETER.test(base(first.value))) {
    i++;
    while (i < words.length && isOption(words[i].value)) {
      const flag = words[i++].value;
      const name = flag.includes("=") ? flag.slice(0, flag.indexOf("=")) : flag;
      if (RUNS_VALUE.test(name) || name === "-r" && /^(?:matlab|octave)$/.test(base(first.value))) return (flag.includes("=") ? i : Math.min(i + 1, words.length)) - start;
      if (TAKES_VALUE.test(flag) && i < words.length) i++;
    }
    if (i < words.length && words[i].value !== "--") i++;
    return i - start;
  }
  if (launched || commandMode || !isOption(first.value) && SCRIPT.test(first.value)) return i + 1 - start;
  return 0;
}
function parseJobArguments(args, commandMode) {
  const words = args.filter((w) => !/^\[?(?:\.\.\.|\u2026)\]?$/.test(w.value)).map(withoutBrackets);
  const result = [];
  const variable = (w) => {
    const eq = w.value.indexOf("=");
    result.push({ kind: "variable", name: w.value.slice(0, eq), nameWord: w, value: valueAfterEquals(w) });
  };
  let i = 0;
  while (i < words.length && VARIABLE.test(words[i].value)) variable(words[i++]);
  const program = programLength(words, i, commandMode);
  for (const end = i + program; i < end; i++) result.push({ kind: "program", name: null, nameWord: null, value: words[i] });
  let positionalOnly = false;
  for (; i < words.length; i++) {
    const w = words[i];
    if (!positionalOnly && w.value === "--") {
      positionalOnly = true;
      continue;
    }
    if (VARIABLE.test(w.value)) {
      variable(w);
      continue;
    }
    if (positionalOnly || !isOption(w.value)) {
      result.push({ kind: "positional", name: null, nameWord: null, value: w });
      continue;
    }
    const eq = w.value.indexOf("=");
    if (eq > 0) {
      result.push({ kind: "option", name: w.value.slice(0, eq), nameWord: w, value: valueAfterEquals(w) });
      continue;
    }
    const next = words[i + 1];
    const takesValue = next !== void 0 && next.value !== "--" && !isOption(next.value) && !VARIABLE.test(next.value);
    result.push({ kind: "option", name: w.value, nameWord: w, value: takesValue ? next : null });
    if (takesValue) i++;
  }
  return result;
}
function withoutBrackets(w) {
  let { value, raw, range } = w;
  const count = (c) => value.split(c).length - 1;
  if (value.startsWith("[") && raw.startsWith("[") && count("[") === 1 && count("]") <= 1 && (count("]") === 0 || value.endsWith("]"))) {
    value = value.slice(1);
    raw = raw.slice(1);
    range = { ...range, startColumn: range.startColumn + 1 };
  }
  if (value.endsWith("]") && raw.endsWith("]") && count("]") === 1 && count("[") === 0) {
    value = value.slice(0, -1);
    raw = raw.slice(0, -1);
    range = { ...range, endColumn: range.endColumn - 1 };
  }
  return value === w.value ? w : { ...w, value, raw, range };
}

export {
  readmeExamples,
  shellText,
  parseJobmanSubmit,
  parseImageRef,
  parseJobArguments
};
