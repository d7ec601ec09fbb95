import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EXIT_USAGE,
  errorLine,
  lintCommand,
  maskedIo,
  writeReportFile
} from "./chunk-JQA22SUB.js";
import "./chunk-2NWXWBYG.js";
import "./chunk-RLRMCQ7G.js";
import "./chunk-6XQCBPTG.js";
import {
  escapeData,
  failureAnnotation,
  formatGithub,
  formatMarkdown,
  markdownCell
} from "./chunk-KNVZAHY2.js";
import {
  failuresOf,
  formatSarif,
  plainText
} from "./chunk-MYJXCK24.js";
import {
  readToken,
  secretMasker
} from "./chunk-EDFD6YIN.js";
import "./chunk-2OCAH5RW.js";
import "./chunk-VQIC7BFZ.js";
import "./chunk-HLZLW3LF.js";
import "./chunk-I7T3YYFL.js";
import {
  UsageError
} from "./chunk-SZREWI2H.js";
import "./chunk-CIRJO6HG.js";
import "./chunk-AY5ENJPW.js";
import "./chunk-6DTU62CM.js";
import "./chunk-TDPMOBAT.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";

// src/github-action.ts
import { randomUUID } from "node:crypto";
import { appendFile, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
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
  if (env.GITHUB_OUTPUT) await appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(""));
}
async function removeStaleSarif(path, report, cwd) {
  if (!path || report?.files.some((f) => resolve(cwd, f) === path)) return;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) await rm(path, { force: true });
}
async function runAction(env, given) {
  const io = maskedIo(given);
  const mask = secretMasker([readToken(env)]);
  const sarifInput = getInput(env, "sarif-file");
  const sarifFile = sarifInput ? resolve(io.cwd, sarifInput) : "";
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
    if (summary && env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, mask(formatMarkdown(report, options)));
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
    await appendFile(env.GITHUB_STEP_SUMMARY, mask(`## chaimeleon-lint

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
