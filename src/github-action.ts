// The GitHub Action's work (src/action.ts is its entry point). It reads the inputs the runner passes
// as INPUT_<NAME> variables, lints with the options a user would type on the command line, then writes
// from that one report: annotations (workflow commands on stdout), the job summary, the SARIF file and
// the step outputs. The exit code follows fail-level, as the CLI's does.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lintCommand, writeReportFile, type CliIo } from './cli.js';
import { formatGithub } from './formatters/github.js';
import type { FormatOptions } from './formatters/index.js';
import { formatMarkdown } from './formatters/markdown.js';
import { formatSarif } from './formatters/sarif.js';
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

export async function runAction(env: Env, io: CliIo): Promise<number> {
  const argv = actionArgv(env);
  io.stdout(`chaimeleon-lint ${argv.join(' ')}\n`);
  const outcome = await lintCommand(argv, io, { sources: true });
  if (typeof outcome === 'number') return outcome;
  const { report } = outcome;
  const options: FormatOptions = { color: false, frames: false, quiet: false, category: getInput(env, 'category') || undefined };
  if (getBooleanInput(env, 'annotations', true)) io.stdout(formatGithub(report, options));
  if (getBooleanInput(env, 'summary', true) && env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(report, options));
  const sarifInput = getInput(env, 'sarif-file');
  const sarifFile = sarifInput ? resolve(io.cwd, sarifInput) : '';
  // GitHub code scanning does not honour SARIF suppressions: a suppressed result would open an alert.
  const sarifReport = getBooleanInput(env, 'sarif-suppressed', false) ? report : { ...report, findings: report.findings.filter((f) => !f.suppressed) };
  if (sarifFile) await writeReportFile(sarifFile, formatSarif(sarifReport, options), report, io.cwd);
  if (env.GITHUB_OUTPUT) {
    const visible = report.findings.filter((f) => !f.suppressed);
    const count = (severity: string) => String(visible.filter((f) => f.severity === severity).length);
    const outputs = { errors: count('error'), warnings: count('warning'), infos: count('info'), 'sarif-file': sarifFile };
    await appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(''));
  }
  return outcome.exitCode;
}
