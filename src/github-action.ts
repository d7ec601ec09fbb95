// The GitHub Action's work (src/action.ts is its entry point). It reads the inputs the runner passes
// as INPUT_<NAME> variables, lints with the options a user would type on the command line, then writes
// from that one report: annotations (workflow commands on stdout), the job summary, the SARIF file and
// the step outputs. The exit code follows fail-level, as the CLI's does.
//
// A run that could not review everything (a missing path, a folder with no Dockerfile, a bad input or
// configuration) fails the step and says so everywhere: an error annotation, the job summary, the
// output `failed=true`, and no SARIF file, since an empty one uploaded to code scanning would close
// the repository's open alerts.
import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_USAGE, errorLine, lintCommand, maskedIo, writeReportFile, type CliIo } from './cli.js';
import { plainText } from './formatters/escape.js';
import { escapeData, failureAnnotation, formatGithub } from './formatters/github.js';
import { failuresOf, type FormatOptions, type Report } from './formatters/index.js';
import { formatMarkdown, markdownCell } from './formatters/markdown.js';
import { formatSarif } from './formatters/sarif.js';
import { readToken, secretMasker } from './github/token.js';
import { UsageError } from './types.js';

type Env = Record<string, string | undefined>;

/** An input as the runner passes it: `INPUT_` + the name in upper case with spaces as `_` (hyphens stay). */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`input ${name}: expected true or false, not "${value}"`);
}

/** The command line the inputs stand for (paths are separated by spaces or new lines). */
export function actionArgv(env: Env): string[] {
  const paths = getInput(env, 'paths').split(/\s+/).filter(Boolean);
  const argv = paths.length > 0 ? paths : ['.'];
  for (const name of ['config', 'profile', 'fail-level']) {
    const value = getInput(env, name);
    if (value) argv.push(`--${name}`, value);
  }
  const base = baseRef(env);
  if (base) argv.push('--base', base);
  // Safe fixes written into the checkout; the report is then what remains (a later step commits them).
  if (getBooleanInput(env, 'fix', false)) argv.push('--fix');
  return argv;
}

/** The ref CHM406 compares with: the input, else on a pull request the remote branch it targets. */
export function baseRef(env: Env): string {
  const input = getInput(env, 'base');
  if (input) return input;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : '';
}

/** One `name<<delimiter` block of the GITHUB_OUTPUT file: safe for any value, new lines included. */
export function outputBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

async function setOutputs(env: Env, outputs: Record<string, string>): Promise<void> {
  if (env.GITHUB_OUTPUT) await fsp.appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(''));
}

/**
 * Removes a SARIF file left at the configured path (a self-hosted runner's earlier run): after a
 * failed run, an upload step must find nothing to upload rather than old results.
 */
async function removeStaleSarif(path: string, report: Report | null, cwd: string): Promise<void> {
  if (!path || report?.files.some((f) => resolve(cwd, f) === path)) return;
  const info = await fsp.stat(path).catch(() => null);
  if (info?.isFile()) await fsp.rm(path, { force: true });
}

export async function runAction(env: Env, given: CliIo): Promise<number> {
  const io = maskedIo(given);
  const mask = secretMasker([readToken(env)]);
  const sarifInput = getInput(env, 'sarif-file');
  const sarifFile = sarifInput ? resolve(io.cwd, sarifInput) : '';
  try {
    const argv = actionArgv(env);
    io.stdout(`chaimeleon-lint ${plainText(argv.join(' '))}\n`);
    const annotations = getBooleanInput(env, 'annotations', true);
    const summary = getBooleanInput(env, 'summary', true);
    const keepSuppressed = getBooleanInput(env, 'sarif-suppressed', false);
    const outcome = await lintCommand(argv, io, { sources: true });
    if (typeof outcome === 'number') return outcome;
    const { report } = outcome;
    const failures = failuresOf(report);
    const options: FormatOptions = { color: false, frames: false, quiet: false, category: getInput(env, 'category') || undefined };
    // What could not be reviewed is always annotated; the findings when asked.
    if (annotations) io.stdout(formatGithub(report, options));
    else for (const f of failures) io.stdout(`${failureAnnotation(f)}\n`);
    if (summary && env.GITHUB_STEP_SUMMARY) await fsp.appendFile(env.GITHUB_STEP_SUMMARY, mask(formatMarkdown(report, options)));
    let written = '';
    if (failures.length > 0) await removeStaleSarif(sarifFile, report, io.cwd);
    else if (sarifFile) {
      // GitHub code scanning does not honour SARIF suppressions: a suppressed result would open an alert.
      const sarifReport = keepSuppressed ? report : { ...report, findings: report.findings.filter((f) => !f.suppressed) };
      await writeReportFile(sarifFile, mask(formatSarif(sarifReport, options)), report, io.cwd);
      written = sarifFile;
    }
    const visible = report.findings.filter((f) => !f.suppressed);
    const count = (severity: string) => String(visible.filter((f) => f.severity === severity).length);
    await setOutputs(env, { errors: count('error'), warnings: count('warning'), infos: count('info'), 'sarif-file': written, failed: String(failures.length > 0) });
    return outcome.exitCode;
  } catch (e) {
    // A bad input or configuration, a report that cannot be written, an internal error: the step fails, and says so.
    const line = errorLine(e);
    io.stdout(`::error title=chaimeleon-lint::${escapeData(line)}\n`);
    await removeStaleSarif(sarifFile, null, io.cwd).catch(() => {});
    await reportFailure(env, line).catch(() => {});
    return EXIT_USAGE;
  }
}

/** The job summary and outputs of a run that stopped before it had a report. */
async function reportFailure(env: Env, line: string): Promise<void> {
  const mask = secretMasker([readToken(env)]);
  let summary = true;
  try {
    summary = getBooleanInput(env, 'summary', true);
  } catch {
    // the bad input was the summary one: say it there anyway
  }
  if (summary && env.GITHUB_STEP_SUMMARY) {
    await fsp.appendFile(env.GITHUB_STEP_SUMMARY, mask(`## chaimeleon-lint\n\n❌ **The review failed**: ${markdownCell(line)}\n`));
  }
  await setOutputs(env, { 'sarif-file': '', failed: 'true' });
}
