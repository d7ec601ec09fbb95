import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  FAIL_LEVELS,
  quickParse
} from "./chunk-Z3RT3P54.js";
import {
  isGithubSpec
} from "./chunk-6XQCBPTG.js";
import {
  FORMATTERS,
  escapeData,
  failureAnnotation,
  formatGithub,
  formatMarkdown,
  markdownCell
} from "./chunk-MXNM2WVY.js";
import {
  failuresOf,
  formatSarif,
  pathToUri,
  plainText
} from "./chunk-W77HCS7B.js";
import {
  readToken,
  secretMasker
} from "./chunk-EDFD6YIN.js";
import {
  findConfigFile,
  loadConfigFile,
  resolveConfig
} from "./chunk-FJIX54YA.js";
import {
  discoverLocal,
  pathInfo
} from "./chunk-WHQLALEC.js";
import {
  writeAtomically
} from "./chunk-AXWLNZWU.js";
import {
  isInside,
  readRegularFile,
  relativePosix
} from "./chunk-AY5ENJPW.js";
import {
  isDockerfileName
} from "./chunk-2OCAH5RW.js";
import {
  SEVERITY_RANK,
  UsageError
} from "./chunk-SZREWI2H.js";
import {
  MAX_FILE_BYTES,
  MemoryVfs,
  VfsError,
  decodeText
} from "./chunk-6DTU62CM.js";
import "./chunk-W4SLFS7W.js";
import {
  TOOL_VERSION
} from "./chunk-QHHN7UPP.js";
import "./chunk-7WUZ372P.js";
import {
  LineIndex
} from "./chunk-HLZLW3LF.js";
import "./chunk-VF57VZD3.js";

// src/cli.ts
import { accessSync, constants, promises as fsp2, statSync } from "node:fs";
import { basename, dirname, join as join2, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

// src/fix/apply.ts
var MAX_PASSES = 10;
var OverlayVfs = class {
  constructor(base) {
    this.base = base;
  }
  base;
  changed = /* @__PURE__ */ new Map();
  get label() {
    return this.base.label;
  }
  get files() {
    return this.base.files;
  }
  get truncated() {
    return this.base.truncated;
  }
  async readText(path) {
    const own = this.changed.get(path);
    return own ? own.after : this.base.readText(path);
  }
  async write(path, text) {
    const before = this.changed.get(path)?.before ?? await this.base.readText(path);
    if (text === before) this.changed.delete(path);
    else this.changed.set(path, { before, after: text });
  }
};
var lessThan = (a, b) => a[0] < b[0] || a[0] === b[0] && a[1] < b[1];
var startOf = (r) => [r.startLine, r.startColumn];
var endOf = (r) => [r.endLine, r.endColumn];
function overlaps(a, b) {
  if (a.file !== b.file) return false;
  const [as, ae, bs, be] = [startOf(a.range), endOf(a.range), startOf(b.range), endOf(b.range)];
  if (as[0] === bs[0] && as[1] === bs[1]) return true;
  return lessThan(as, be) && lessThan(bs, ae);
}
function chooseFixes(findings, unsafe) {
  const chosen = [];
  const edits = [];
  for (const f of findings) {
    if (!f.fix || f.suppressed || !f.fix.safe && !unsafe || f.fix.edits.length === 0) continue;
    if (f.fix.edits.some((e) => edits.some((o) => overlaps(e, o)))) continue;
    chosen.push(f.fix);
    edits.push(...f.fix.edits);
  }
  return chosen;
}
function applyEdits(raw, edits) {
  const bom = raw.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const text = bom ? raw.slice(1) : raw;
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const index = new LineIndex(text);
  const offset = (line, column) => {
    if (line - 1 >= index.lineCount) return text.length;
    const start = index.offsetAt(line - 1, 0);
    return start + Math.min(column - 1, index.lineText(line - 1).length);
  };
  const located = edits.map((e) => ({ start: offset(e.range.startLine, e.range.startColumn), end: offset(e.range.endLine, e.range.endColumn), text: e.text.replace(/\r?\n/g, eol) })).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of located) out = out.slice(0, e.start) + e.text + out.slice(Math.max(e.start, e.end));
  return bom + out;
}
async function fixInMemory(linter, input, options) {
  const vfs = new OverlayVfs(input.vfs);
  const applied = /* @__PURE__ */ new Map();
  let passes = 0;
  let stopped;
  let previous = null;
  let undo = /* @__PURE__ */ new Map();
  for (; ; ) {
    const result = await linter.lint({ ...input, vfs });
    if (previous && passes > 0) {
      const broken = brokenFiles(previous, result.findings);
      if (broken.length > 0) {
        stopped = `the fixes of pass ${passes} made ${broken.join(", ")} unreadable to the linter; that pass was undone`;
        for (const file of broken) await vfs.write(file, undo.get(file));
        break;
      }
    }
    const fixes = chooseFixes(result.findings, options.unsafe);
    if (fixes.length === 0) break;
    if (passes === MAX_PASSES) {
      stopped = `fixes were still found after ${MAX_PASSES} passes`;
      break;
    }
    passes++;
    const byFile = /* @__PURE__ */ new Map();
    for (const f of fixes) for (const e of f.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
    undo = /* @__PURE__ */ new Map();
    let changedAny = false;
    for (const [file, edits] of byFile) {
      let text;
      try {
        text = await vfs.readText(file);
      } catch (e) {
        if (e instanceof VfsError) continue;
        throw e;
      }
      const after = applyEdits(text, edits);
      if (after === text) continue;
      undo.set(file, text);
      await vfs.write(file, after);
      changedAny = true;
    }
    if (!changedAny) break;
    for (const f of result.findings) if (f.fix && fixes.includes(f.fix)) applied.set(f.code, (applied.get(f.code) ?? 0) + 1);
    previous = result.findings;
  }
  return { changed: vfs.changed, applied, passes, ...stopped ? { stopped } : {} };
}
function brokenFiles(before, after) {
  const wasBroken = new Set(before.filter((f) => f.code === "CHM001").map((f) => f.file));
  return [...new Set(after.filter((f) => f.code === "CHM001" && !wasBroken.has(f.file)).map((f) => f.file))];
}

// src/fix/diff.ts
var CONTEXT = 3;
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split(/\r?\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function diffLines(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) for (let j2 = m - 1; j2 >= 0; j2--) table[i2][j2] = midA[i2] === midB[j2] ? table[i2 + 1][j2 + 1] + 1 : Math.max(table[i2 + 1][j2], table[i2][j2 + 1]);
  const ops = a.slice(0, start).map((line) => ({ kind: " ", line }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      ops.push({ kind: " ", line: midA[i++] });
      j++;
    } else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) ops.push({ kind: "-", line: midA[i++] });
    else ops.push({ kind: "+", line: midB[j++] });
  }
  for (const line of a.slice(endA)) ops.push({ kind: " ", line });
  return ops;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const ops = diffLines(splitLines(before), splitLines(after));
  const changes = ops.map((o, k2) => o.kind === " " ? -1 : k2).filter((k2) => k2 >= 0);
  if (changes.length === 0) return "";
  let out = `--- a/${file}
+++ b/${file}
`;
  let k = 0;
  while (k < changes.length) {
    let first = changes[k];
    let last = first;
    while (k + 1 < changes.length && changes[k + 1] - last <= 2 * CONTEXT + 1) last = changes[++k];
    k++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(ops.length, last + CONTEXT + 1);
    let lineA = 1;
    let lineB = 1;
    for (const o of ops.slice(0, from)) {
      if (o.kind !== "+") lineA++;
      if (o.kind !== "-") lineB++;
    }
    const hunk = ops.slice(from, to);
    const countA = hunk.filter((o) => o.kind !== "+").length;
    const countB = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${countA === 0 ? lineA - 1 : lineA},${countA} +${countB === 0 ? lineB - 1 : lineB},${countB} @@
`;
    for (const o of hunk) out += `${o.kind}${o.line}
`;
    first = last;
  }
  return out;
}

// src/fix/write.ts
import { promises as fsp } from "node:fs";
import { join } from "node:path";
var UTF8_BOM = Buffer.from([239, 187, 191]);
var FixWriteError = class extends Error {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.name = "FixWriteError";
  }
  file;
  reason;
};
async function writeFixedFile(root, file, expected, text) {
  if (file.split("/").some((part) => part === ".." || part === "") || file.startsWith("/")) throw new FixWriteError(file, "is not a path inside the repository; not written");
  let real;
  let realRoot;
  try {
    realRoot = await fsp.realpath(root);
    real = await fsp.realpath(join(root, ...file.split("/")));
  } catch (e) {
    throw new FixWriteError(file, `cannot be written (${e.code ?? e.message})`);
  }
  if (!isInside(real, realRoot)) throw new FixWriteError(file, "is a link to a place outside the repository; not written");
  const info = await fsp.lstat(real);
  if (!info.isFile()) throw new FixWriteError(file, "is not a regular file; not written");
  const bytes = Buffer.from(readRegularFile(real, { realRoot, label: file }));
  if (decodeText(file, bytes) !== expected) throw new FixWriteError(file, "changed while it was being fixed; not written");
  const bom = bytes.subarray(0, 3).equals(UTF8_BOM) && !expected.startsWith("\uFEFF") ? UTF8_BOM : Buffer.alloc(0);
  if (!Buffer.concat([bom, Buffer.from(expected, "utf8")]).equals(bytes)) throw new FixWriteError(file, "is not valid UTF-8 text; not rewritten");
  try {
    await writeAtomically(real, Buffer.concat([bom, Buffer.from(text, "utf8")]), info.mode & 4095, true);
  } catch (e) {
    throw new FixWriteError(file, `cannot be written (${e.code ?? e.message})`);
  }
}

// src/fix/cli-fix.ts
function fixMode(args, where) {
  if (!args.fix && !args.diff && !args["unsafe-fixes"]) return null;
  if (args._?.[0] === "merge") throw new UsageError(`${args.diff ? "--diff" : args.fix ? "--fix" : "--unsafe-fixes"} does not apply to merge, which joins reports`);
  if (args["unsafe-fixes"] && !args.fix && !args.diff) throw new UsageError("--unsafe-fixes only applies with --fix or --diff");
  const option = args.diff ? "--diff" : "--fix";
  if (where.remote) throw new UsageError(`${option} changes local files; it does not apply to GitHub repositories`);
  if (where.stdin && !args.diff) throw new UsageError("--fix writes files; with standard input (-) use --diff to see the change");
  return { write: !args.diff, unsafe: !!args["unsafe-fixes"] };
}
async function runFixes(linter, runs, mode, io, fail) {
  let diff = "";
  for (const { project, input, show } of runs) {
    let written = 0;
    const outcome = await fixInMemory(linter, input, { unsafe: mode.unsafe });
    if (outcome.stopped) io.stderr(`chaimeleon-lint: ${plainText(`${show(project.targets[0]?.path ?? ".")}: ${outcome.stopped}`)}
`);
    for (const [file, { before, after }] of [...outcome.changed].sort(([a], [b]) => a < b ? -1 : 1)) {
      if (!mode.write) {
        diff += unifiedDiff(show(file), before, after);
        continue;
      }
      try {
        await writeFixedFile(project.root, file, before, after);
        written++;
      } catch (e) {
        fail(show(file), e instanceof FixWriteError ? e.reason : `cannot be written (${e.message})`);
      }
    }
    if (mode.write && written > 0 && written === outcome.changed.size) {
      const total = [...outcome.applied.values()].reduce((a, b) => a + b, 0);
      const codes = [...outcome.applied].sort(([a], [b]) => a < b ? -1 : 1).map(([code, n]) => `${code} \xD7${n}`).join(", ");
      io.stderr(`chaimeleon-lint: fixed ${total} finding${total === 1 ? "" : "s"} in ${written} file${written === 1 ? "" : "s"} (${codes})
`);
    }
  }
  if (mode.write) return null;
  io.stdout(diff);
  return diff === "" ? 0 : 1;
}

// src/cli.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var STDIN_ARG = "\0-";
function splitArgv(argv) {
  const end = argv.indexOf("--");
  const options = (end < 0 ? argv : argv.slice(0, end)).map((a) => a === "-" ? STDIN_ARG : a);
  return { options, operands: end < 0 ? [] : argv.slice(end + 1) };
}
function strings(value) {
  const list = value === void 0 ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => String(v) === STDIN_ARG ? "-" : String(v));
}
function checkValues(args) {
  for (const [name, value] of Object.entries(args)) {
    if (value === STDIN_ARG) args[name] = "-";
  }
  if (args._?.[0] !== "merge" && (typeof args.format !== "string" || !(args.format in FORMATTERS))) throw new UsageError(`--format ${String(args.format)}: expected one of ${Object.keys(FORMATTERS).join(", ")}`);
  if (args.threads !== void 0 && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError(`--threads ${String(args.threads)}: expected a whole number, 1 or more`);
  if (args["fail-level"] !== void 0 && !FAIL_LEVELS.includes(args["fail-level"])) throw new UsageError(`--fail-level ${args["fail-level"]}: expected one of ${FAIL_LEVELS.join(", ")}`);
  if (args.width !== void 0 && !(Number.isInteger(args.width) && args.width >= 0)) throw new UsageError(`--width ${String(args.width)}: expected a number of columns (0: no wrapping)`);
  for (const name of ["config", "profile", "output", "summary", "category", "base", "explain", "stdin-filename", "cache-location"]) {
    const value = args[name];
    if (Array.isArray(value)) throw new UsageError(`--${name} given more than once`);
    if (value === "") throw new UsageError(`--${name}: expected a value, not an empty string`);
  }
}
function parseRuleOptions(values, resolveRule) {
  const result = {};
  for (const v of values) {
    const m = /^([^=]+)=(error|warning|info|off)$/.exec(v);
    if (!m) throw new UsageError(`--rule ${v}: expected CODE=error|warning|info|off`);
    const code = resolveRule(m[1].trim());
    if (!code) throw new UsageError(`--rule ${v}: unknown rule "${m[1]}" (see --list-rules)`);
    result[code] = m[2];
  }
  return result;
}
function errorLine(e) {
  if (e instanceof UsageError) return plainText(e.message);
  const where = e instanceof Error ? /\n\s*at (.*)/.exec(e.stack ?? "")?.[1] : void 0;
  return plainText(`internal error: ${e instanceof Error ? e.message : String(e)}${where ? ` (at ${where})` : ""}`);
}
function maskedIo(io) {
  const mask = secretMasker([readToken(io.env)]);
  const masked = { stdout: (text) => io.stdout(mask(text)), stderr: (text) => io.stderr(mask(text)) };
  return Object.setPrototypeOf(masked, io);
}
async function lintCommand(argv, io, options = {}) {
  const { options: words, operands } = splitArgv(argv);
  const quick = quickParse(words);
  const { args: parsed, helpText } = quick ? { args: quick, helpText: "" } : await (await import("./cli-yargs-WNNM7NPM.js")).parseWithYargs(words);
  const args = parsed;
  if (helpText) {
    io.stdout(helpText);
    return EXIT_OK;
  }
  checkValues(args);
  if (args._?.[0] === "merge") {
    args.files = [...strings(args.files), ...operands];
    args.paths = [];
  } else args.paths = [...strings(args.paths), ...operands];
  args.rule = strings(args.rule);
  args.match = strings(args.match);
  const [{ makeRuleSet }, { Linter }] = await Promise.all([import("./ruleset-UMRGGSDD.js"), import("./lint-DOFBEDBL.js")]);
  const ruleSet = makeRuleSet();
  if (args["list-rules"] || args.explain !== void 0) {
    const { explainRule, listRules, listRulesJson } = await import("./rule-docs-KFSFTQEN.js");
    if (args["list-rules"]) {
      if (args.format !== "stylish" && args.format !== "json") throw new UsageError(`--list-rules --format ${args.format}: expected stylish (a table) or json`);
      io.stdout(args.format === "json" ? listRulesJson(ruleSet.meta) : listRules(ruleSet.meta));
      return EXIT_OK;
    }
    const code = ruleSet.resolve(args.explain);
    if (!code) throw new UsageError(`--explain ${args.explain}: unknown rule (see --list-rules)`);
    io.stdout(explainRule(ruleSet.meta.find((m) => m.code === code)));
    return EXIT_OK;
  }
  const stdin = args.paths.includes("-");
  if (stdin && args.paths.length > 1) throw new UsageError("- (standard input) cannot be given with other paths");
  if (args["stdin-filename"] !== void 0 && !stdin) throw new UsageError("--stdin-filename names the Dockerfile read from standard input: give the path - too");
  if (stdin && args.base !== void 0) throw new UsageError("--base compares a git checkout; it does not apply to standard input");
  const fixing = fixMode(args, { stdin, remote: args.org !== void 0 || args.paths.some(isGithubSpec) });
  const paths = stdin ? [args["stdin-filename"] ?? "-"] : args.paths.length > 0 ? args.paths : ["."];
  const cli = {
    profile: args.profile,
    failLevel: args["fail-level"],
    rules: parseRuleOptions(args.rule, ruleSet.resolve)
  };
  const config = await loadConfiguration(args.config, paths, io, ruleSet, cli);
  if (args["print-config"]) {
    io.stdout(printConfig(config));
    return EXIT_OK;
  }
  const remoteAsked = args._?.[0] === "merge" || args.org !== void 0 || args.match.length > 0 || args.shard !== void 0 || args.paths.some(isGithubSpec);
  const remote = remoteAsked ? await (await import("./cli-remote-6HEPIKDM.js")).remoteCommand(args, io, ruleSet, config) : null;
  if (remote) return remote;
  const linter = new Linter(ruleSet, config);
  const findings = [];
  const files = [];
  const lines = /* @__PURE__ */ new Map();
  const failures = [];
  const skipped = [];
  const fail = (file, message) => {
    io.stderr(`chaimeleon-lint: ${plainText(`${file}: ${message}`)}
`);
    failures.push({ file, message });
  };
  if (!stdin && !fixing && args.base === void 0 && !args.cache && paths.length > 1) (await import("./cli-parallel-LLSPQKVD.js")).startWorkersForPaths(paths.length, args.threads);
  const cache = args.cache ? await openCache(args["cache-location"], io) : null;
  const cacheInputs = cache ? (await import("./cache-LLY4PRJI.js")).cacheInputs : null;
  const projects = [];
  if (stdin) projects.push({ input: "-", project: await stdinProject(io, args["stdin-filename"]) });
  else {
    for (const input of paths) {
      const project = await localProject(input, io.cwd, config.ignore, fail);
      if (project) projects.push({ input, project });
    }
  }
  const lintInput = async (input, project) => {
    const absolute = resolve(io.cwd, input);
    const git = args.base === void 0 ? null : await (await import("./git-UQ4N6WJF.js")).openGitBase(project.isRepository ? project.root : dirname(absolute), args.base);
    return {
      vfs: project.vfs,
      isRepository: project.isRepository,
      targets: project.targets,
      scope: project.scope,
      repository: { name: project.repoName, owner: project.repoOwner, isPrivate: config.private, githubLicense: null },
      git
    };
  };
  const showIn = (project) => {
    const shown = /* @__PURE__ */ new Map();
    return (file) => {
      let path = shown.get(file);
      if (path === void 0) shown.set(file, path = relativePosix(io.cwd, join2(project.root, file)));
      return path;
    };
  };
  if (fixing) {
    const runs = await Promise.all(projects.map(async ({ input, project }) => ({ project, input: await lintInput(input, project), show: showIn(project) })));
    const diffExit = await runFixes(linter, runs, fixing, io, fail);
    if (diffExit !== null) return failures.length > 0 ? EXIT_USAGE : diffExit;
    for (const p of projects) p.project.vfs = p.project.vfs.fresh?.() ?? p.project.vfs;
  }
  const ahead = stdin || args.base !== void 0 || fixing || projects.length < 2 ? /* @__PURE__ */ new Map() : await (await import("./cli-parallel-LLSPQKVD.js")).lintInParallel(projects.map((p) => p.project), config, cache, args.threads);
  const lintHere = async (input, project) => {
    const lintIn = await lintInput(input, project);
    const lintVfs = (vfs) => linter.lint({ ...lintIn, vfs });
    return cache && cacheInputs && !lintIn.git && input !== "-" ? cache.lint(cacheInputs(project, config, lintIn.repository), lintVfs) : lintVfs(project.vfs);
  };
  for (const { input, project } of projects) {
    const show = showIn(project);
    const result = ahead.get(project) ?? await lintHere(input, project);
    for (const err of result.internalErrors) fail(input, `${result.crashes.includes(err) ? "internal error" : "not fully reviewed"}: ${err.split("\n")[0]}`);
    for (const u of result.unread) fail(show(u.file), `${u.reason}; it was not reviewed`);
    if (result.skipped.length > 0) {
      const list = result.skipped.map((s) => `${show(s.path)} (${s.reason})`).join(", ");
      if (result.skipped.length === project.targets.length) fail(input, `every Dockerfile was skipped as not an image: ${list}; name one on the command line to review it`);
      else io.stderr(`chaimeleon-lint: ${plainText(`not reviewed as images: ${list}`)}
`);
      if (result.skipped.length < project.targets.length) for (const s of result.skipped) skipped.push({ path: show(s.path), reason: s.reason });
    }
    for (const f of result.findings) {
      const shown = { ...f, file: show(f.file), related: f.related.map((r) => ({ ...r, file: show(r.file) })), ...f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, file: show(e.file) })) } } : {} };
      findings.push(shown);
    }
    for (const f of result.files) files.push(show(f));
    if (options.sources || args.format === "sarif" || args.format === "stylish" && (args["show-source"] ?? io.isTTY)) {
      for (const f of new Set(result.findings.map((x) => x.file))) {
        const text = await project.vfs.readText(f).catch(() => null);
        if (text !== null) lines.set(show(f), text.split(/\r?\n/));
      }
    }
  }
  await cache?.save().catch((e) => io.stderr(`chaimeleon-lint: ${plainText(`${cache.file}: the cache was not written (${e.code ?? e.message})`)}
`));
  const report = {
    findings,
    files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => lines.get(file)?.[line - 1],
    rootUri: pathToFileURL(io.cwd.endsWith(sep) ? io.cwd : io.cwd + sep).href,
    fileUrl: githubFileUrl(io),
    failures,
    skipped
  };
  const exitCode = failures.length > 0 ? EXIT_USAGE : failed(findings, config.failLevel) ? EXIT_FINDINGS : EXIT_OK;
  return { args, report, exitCode };
}
async function openCache(location, io) {
  const { cacheFilePath, keyFolderFor, LintCache } = await import("./cache-LLY4PRJI.js");
  const isFolder = location !== void 0 && await fsp2.stat(resolve(io.cwd, location)).then((s) => s.isDirectory(), () => false);
  const file = cacheFilePath(location, io.cwd, isFolder);
  try {
    return await LintCache.open(file, TOOL_VERSION, keyFolderFor(io.env));
  } catch (e) {
    throw new UsageError(`--cache: cannot keep a cache (${e.code ?? e.message})`);
  }
}
function describeError(e) {
  const code = e.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "a symbolic link in a loop";
  return e.message;
}
function kindOf(info) {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}
async function localProject(input, cwd, ignore, fail) {
  const absolute = resolve(cwd, input);
  let info;
  try {
    info = pathInfo(absolute);
    if (!info.isFile() && !info.isDirectory()) {
      fail(input, `is ${kindOf(info)}, not a Dockerfile or a folder; not read`);
      return null;
    }
    accessSync(absolute, info.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch (e) {
    fail(input, describeError(e));
    return null;
  }
  let project;
  try {
    project = await discoverLocal(input, cwd, ignore, { info });
  } catch (e) {
    fail(input, describeError(e));
    return null;
  }
  const inScope = [...project.vfs.files].filter((f) => f.startsWith(project.scope));
  const catalogueEntry = inScope.some((f) => /^readme\.md$/i.test(f.slice(project.scope.length)));
  if (project.isRepository && project.targets.length === 0 && !catalogueEntry) {
    const ignored = inScope.filter((f) => isDockerfileName(f.slice(f.lastIndexOf("/") + 1))).length;
    fail(input, `no Dockerfile and no README.md found (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile)${ignored ? `; ${ignored} ignored by the configuration` : ""}: nothing to review`);
    return null;
  }
  return project;
}
var STDIN_NAME = "<stdin>";
async function stdinProject(io, filename) {
  if (!io.stdin) throw new UsageError("- reads a Dockerfile from standard input, which this run has not");
  const chunks = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) throw new UsageError(`standard input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not linted`);
    chunks.push(chunk);
  }
  const absolute = filename === void 0 ? null : resolve(io.cwd, filename);
  const name = absolute === null ? STDIN_NAME : basename(absolute);
  const root = absolute === null ? io.cwd : dirname(absolute);
  const rel = relativePosix(io.cwd, root);
  const vfs = new MemoryVfs(`${rel === "." ? "" : `${rel}/`}${name}`, /* @__PURE__ */ new Map([[name, Buffer.concat(chunks)]]));
  return { vfs, root, displayRoot: rel === "." ? "" : `${rel}/`, isRepository: false, targets: [{ path: name, context: "" }], repoName: null, repoOwner: null, scope: "" };
}
function githubFileUrl(io) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = io.env;
  if (!server || !repository || !sha || !workspace || resolve(io.cwd, workspace) !== resolve(io.cwd)) return void 0;
  return (file, line) => file.startsWith("../") ? void 0 : `${server}/${repository}/blob/${sha}/${pathToUri(file)}#L${line}`;
}
async function writeReportFile(path, text, report, cwd, append = false) {
  if (report.files.some((f) => resolve(cwd, f) === path)) throw new UsageError(`${path}: will not write the report over a file that was linted`);
  try {
    await fsp2.mkdir(dirname(path), { recursive: true });
    if (append) return await fsp2.appendFile(path, text);
    const existing = await fsp2.stat(path).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    if (existing && !existing.isFile()) return await fsp2.writeFile(path, text);
    await writeAtomically(path, text, existing ? existing.mode & 511 : 438);
  } catch (e) {
    throw new UsageError(`${path}: cannot write the report (${e.code ?? e.message})`);
  }
}
function failed(findings, level) {
  if (level === "none") return false;
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}
async function loadConfiguration(explicit, paths, io, rules, cli) {
  let source = null;
  if (explicit) source = resolve(io.cwd, explicit);
  else {
    const first = resolve(io.cwd, paths[0] === "-" ? "." : paths[0]);
    const dirs = [];
    try {
      dirs.push(statSync(first).isDirectory() ? first : dirname(first));
    } catch {
      dirs.push(dirname(first));
    }
    dirs.push(io.cwd);
    source = await findConfigFile(dirs);
  }
  const user = source ? await loadConfigFile(source, rules) : {};
  return resolveConfig(user, source, cli);
}
function printConfig(config) {
  return JSON.stringify(
    {
      source: config.source,
      profile: config.profile,
      rules: Object.fromEntries(config.severities),
      ignore: config.ignoreGlobs,
      private: config.private,
      failLevel: config.failLevel
    },
    null,
    2
  ) + "\n";
}

// src/github-action.ts
import { randomUUID } from "node:crypto";
import { promises as fsp3 } from "node:fs";
import { resolve as resolve2 } from "node:path";
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(env, name, fallback) {
  const value = getInput(env, name).toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`input ${name}: expected true or false, not "${value}"`);
}
function actionArgv(env) {
  const paths = getInput(env, "paths").split(/\s+/).filter(Boolean);
  const argv = paths.length > 0 ? paths : ["."];
  for (const name of ["config", "profile", "fail-level"]) {
    const value = getInput(env, name);
    if (value) argv.push(`--${name}`, value);
  }
  const base = baseRef(env);
  if (base) argv.push("--base", base);
  if (getBooleanInput(env, "fix", false)) argv.push("--fix");
  return argv;
}
function baseRef(env) {
  const input = getInput(env, "base");
  if (input) return input;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : "";
}
function outputBlock(name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
async function setOutputs(env, outputs) {
  if (env.GITHUB_OUTPUT) await fsp3.appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(""));
}
async function removeStaleSarif(path, report, cwd) {
  if (!path || report?.files.some((f) => resolve2(cwd, f) === path)) return;
  const info = await fsp3.stat(path).catch(() => null);
  if (info?.isFile()) await fsp3.rm(path, { force: true });
}
async function runAction(env, given) {
  const io = maskedIo(given);
  const mask = secretMasker([readToken(env)]);
  const sarifInput = getInput(env, "sarif-file");
  const sarifFile = sarifInput ? resolve2(io.cwd, sarifInput) : "";
  try {
    const argv = actionArgv(env);
    io.stdout(`chaimeleon-lint ${plainText(argv.join(" "))}
`);
    const annotations = getBooleanInput(env, "annotations", true);
    const summary = getBooleanInput(env, "summary", true);
    const keepSuppressed = getBooleanInput(env, "sarif-suppressed", false);
    const outcome = await lintCommand(argv, io, { sources: true });
    if (typeof outcome === "number") return outcome;
    const { report } = outcome;
    const failures = failuresOf(report);
    const options = { color: false, frames: false, quiet: false, category: getInput(env, "category") || void 0 };
    if (annotations) io.stdout(formatGithub(report, options));
    else for (const f of failures) io.stdout(`${failureAnnotation(f)}
`);
    if (summary && env.GITHUB_STEP_SUMMARY) await fsp3.appendFile(env.GITHUB_STEP_SUMMARY, mask(formatMarkdown(report, options)));
    let written = "";
    if (failures.length > 0) await removeStaleSarif(sarifFile, report, io.cwd);
    else if (sarifFile) {
      const sarifReport = keepSuppressed ? report : { ...report, findings: report.findings.filter((f) => !f.suppressed) };
      await writeReportFile(sarifFile, mask(formatSarif(sarifReport, options)), report, io.cwd);
      written = sarifFile;
    }
    const visible = report.findings.filter((f) => !f.suppressed);
    const count = (severity) => String(visible.filter((f) => f.severity === severity).length);
    await setOutputs(env, { errors: count("error"), warnings: count("warning"), infos: count("info"), "sarif-file": written, failed: String(failures.length > 0) });
    return outcome.exitCode;
  } catch (e) {
    const line = errorLine(e);
    io.stdout(`::error title=chaimeleon-lint::${escapeData(line)}
`);
    await removeStaleSarif(sarifFile, null, io.cwd).catch(() => {
    });
    await reportFailure(env, line).catch(() => {
    });
    return EXIT_USAGE;
  }
}
async function reportFailure(env, line) {
  const mask = secretMasker([readToken(env)]);
  let summary = true;
  try {
    summary = getBooleanInput(env, "summary", true);
  } catch {
  }
  if (summary && env.GITHUB_STEP_SUMMARY) {
    await fsp3.appendFile(env.GITHUB_STEP_SUMMARY, mask(`## chaimeleon-lint

\u274C **The review failed**: ${markdownCell(line)}
`));
  }
  await setOutputs(env, { "sarif-file": "", failed: "true" });
}

// src/action.ts
try {
  process.exitCode = await runAction(process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: false
  });
} catch (e) {
  process.stdout.write(`::error title=chaimeleon-lint::${escapeData(errorLine(e))}
`);
  process.exitCode = EXIT_USAGE;
}
