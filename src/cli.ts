// The command line: a thin layer over the lint core. It returns an exit code and never exits;
// bin/chaimeleon-lint.js is the only place that touches the process.
import { dirname, join, resolve, sep } from 'node:path';
import { appendFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import yargs from 'yargs';
import { findConfigFile, loadConfigFile, resolveConfig, type CliOverrides, type FailLevel, type ResolvedConfig, type RuleLookup, type UserConfig } from './config.js';
import { FORMATTERS, type Report } from './formatters/index.js';
import { MERGE_COMMAND, REMOTE_OPTIONS, remoteCommand, type RemoteArgs } from './github/cli-remote.js';
import { formatterFor } from './github/report.js';
import { pathToUri } from './formatters/sarif.js';
import { Linter } from './lint.js';
import { discoverLocal } from './project/discover.js';
import { relativePosix } from './vfs.js';
import { openGitBase } from './project/git.js';
import { explainRule, listRules } from './rule-docs.js';
import { makeRuleSet } from './ruleset.js';
import { SEVERITY_RANK, UsageError, type Finding, type SeveritySetting } from './types.js';
import { TOOL_VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Is stdout a terminal (colours and code frames)? */
  isTTY: boolean;
  /** Is stderr a terminal (the progress bar of an organization scan)? */
  stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

interface Args extends RemoteArgs {
  paths: string[];
  format: string;
  config?: string;
  profile?: string;
  'fail-level'?: string;
  rule: string[];
  quiet: boolean;
  color: boolean;
  'print-config': boolean;
  'list-rules': boolean;
  explain?: string;
  base?: string;
  output?: string;
  summary?: string;
  category?: string;
}

function buildParser(argv: string[], io: CliIo) {
  return yargs(argv)
    .scriptName('chaimeleon-lint')
    .usage('$0 [paths...]\n\nReviews CHAIMELEON partner image repositories (a Dockerfile, or a repository folder) against the platform guide.')
    .command('$0 [paths...]', false as unknown as string)
    .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Dockerfiles, repository folders, or github:OWNER/REPO[@REF][/PATH]' })
    .command(MERGE_COMMAND)
    .option('format', { alias: 'f', type: 'string', default: 'stylish', choices: Object.keys(FORMATTERS), describe: 'Output format' })
    .option('config', { alias: 'c', type: 'string', describe: 'Configuration file (default: .chaimeleon-lint.yaml|.yml|.json in the linted folder or the current one)' })
    .option('profile', { type: 'string', describe: 'Platform profile (default: chaimeleon)' })
    .option('fail-level', { type: 'string', choices: ['error', 'warning', 'info', 'none'], describe: 'Lowest severity that makes the exit code 1 (default: error)' })
    .option('rule', { type: 'string', array: true, default: [], describe: 'Set a rule\'s severity: CODE=error|warning|info|off (repeatable)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour the output on a terminal (--no-color to turn off)' })
    .option('print-config', { type: 'boolean', default: false, describe: 'Print the resolved configuration and exit' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List every rule and exit' })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to FILE instead of standard output' })
    .option('summary', { type: 'string', requiresArg: true, describe: 'Also write a Markdown summary to FILE (appended when FILE is $GITHUB_STEP_SUMMARY)' })
    .option('category', { type: 'string', requiresArg: true, describe: 'SARIF: the code scanning category (runAutomationDetails.id)' })
    .option('base', { type: 'string', requiresArg: true, describe: 'Compare the working tree with this git ref (branch, tag, commit): a changed image needs a new version label' })
    .options(REMOTE_OPTIONS)
    .option('explain', { type: 'string', describe: 'Print the documentation of a rule (code or slug) and exit' })
    .version(TOOL_VERSION)
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .strict()
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      throw new UsageError(msg ?? err?.message ?? 'invalid arguments');
    });
}

function parseRuleOptions(values: string[], resolveRule: (n: string) => string | undefined): Record<string, SeveritySetting> {
  const result: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const m = /^([^=]+)=(error|warning|info|off)$/.exec(v);
    if (!m) throw new UsageError(`--rule ${v}: expected CODE=error|warning|info|off`);
    const code = resolveRule(m[1].trim());
    if (!code) throw new UsageError(`--rule ${v}: unknown rule "${m[1]}" (see --list-rules)`);
    result[code] = m[2] as SeveritySetting;
  }
  return result;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`chaimeleon-lint: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`chaimeleon-lint: internal error: ${(e as Error).stack ?? e}\n`);
    return EXIT_USAGE;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const outcome = await lintCommand(argv, io);
  if (typeof outcome === 'number') return outcome;
  const { args, report } = outcome;
  const toFile = args.output !== undefined;
  const color = args.color && io.isTTY && !io.env.NO_COLOR ? true : !!io.env.FORCE_COLOR && args.color;
  const text = formatterFor(report, args.format)(report, { color: color && !toFile, frames: io.isTTY && !toFile, quiet: args.quiet, category: args.category });
  if (toFile) await writeReportFile(resolve(io.cwd, args.output!), text, report, io.cwd);
  else io.stdout(text);
  if (args.summary !== undefined) {
    const target = resolve(io.cwd, args.summary);
    const stepSummary = io.env.GITHUB_STEP_SUMMARY;
    // GitHub gives each step one summary file that every tool in the step appends to.
    const append = !!stepSummary && resolve(io.cwd, stepSummary) === target;
    await writeReportFile(target, formatterFor(report, 'markdown')(report, { color: false, frames: false, quiet: args.quiet }), report, io.cwd, append);
  }
  return outcome.exitCode;
}

export interface LintOutcome {
  args: Args;
  report: Report;
  /** EXIT_FINDINGS at or above the fail level; EXIT_USAGE when a path could not be read or a rule crashed. */
  exitCode: number;
}

/**
 * Parses the command line and lints: the report, or an exit code when the command was answered
 * without linting (--help, --list-rules, --explain, --print-config). The GitHub Action calls this
 * with the same options a user would type, then writes several formats from one report.
 */
export async function lintCommand(argv: string[], io: CliIo, options: { sources?: boolean } = {}): Promise<LintOutcome | number> {
  let helpText = '';
  const parser = buildParser(argv, io);
  const args = (await parser.parseAsync(argv, {}, (_err, _argv, output) => {
    helpText = output;
  })) as unknown as Args & { help?: boolean; version?: boolean };
  if (helpText) {
    io.stdout(helpText.endsWith('\n') ? helpText : helpText + '\n');
    return EXIT_OK;
  }
  const ruleSet = makeRuleSet();
  if (args['list-rules']) {
    io.stdout(listRules(ruleSet.meta));
    return EXIT_OK;
  }
  if (args.explain !== undefined) {
    const code = ruleSet.resolve(args.explain);
    if (!code) throw new UsageError(`--explain ${args.explain}: unknown rule (see --list-rules)`);
    io.stdout(explainRule(ruleSet.meta.find((m) => m.code === code)!));
    return EXIT_OK;
  }
  const paths = args.paths.length > 0 ? args.paths : ['.'];
  const cli: CliOverrides = {
    profile: args.profile,
    failLevel: args['fail-level'] as FailLevel | undefined,
    rules: parseRuleOptions(args.rule, ruleSet.resolve),
  };
  const config = await loadConfiguration(args.config, paths, io, ruleSet, cli);
  if (args['print-config']) {
    io.stdout(printConfig(config));
    return EXIT_OK;
  }
  const remote = await remoteCommand(args, io, ruleSet, config);
  if (remote) return remote;
  const linter = new Linter(ruleSet, config);
  const findings: Finding[] = [];
  const files: string[] = [];
  const lines = new Map<string, string[]>();
  let usageProblem = false;
  let internal = false;
  for (const input of paths) {
    let project;
    try {
      project = await discoverLocal(input, io.cwd, config.ignore);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.stderr(`chaimeleon-lint: ${input}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message}\n`);
      usageProblem = true;
      continue;
    }
    const absolute = resolve(io.cwd, input);
    const git = args.base === undefined ? null : await openGitBase(project.isRepository ? project.root : dirname(absolute), args.base);
    // Paths as the user sees them: relative to the current folder (`Dockerfile`, not `../gpu/Dockerfile`).
    const show = (file: string) => relativePosix(io.cwd, join(project.root, file));
    const result = await linter.lint({
      vfs: project.vfs,
      isRepository: project.isRepository,
      targets: project.targets,
      scope: project.scope,
      repository: { name: project.repoName, owner: project.repoOwner, isPrivate: config.private, githubLicense: null },
      git,
    });
    for (const err of result.internalErrors) io.stderr(`chaimeleon-lint: internal error: ${err}\n`);
    if (result.skipped.length > 0) {
      const list = result.skipped.map((s) => `${show(s.path)} (${s.reason})`).join(', ');
      io.stderr(`chaimeleon-lint: not reviewed as images: ${list}\n`);
    }
    internal ||= result.internalErrors.length > 0;
    for (const f of result.findings) {
      const shown = { ...f, file: show(f.file), related: f.related.map((r) => ({ ...r, file: show(r.file) })) };
      findings.push(shown);
    }
    for (const f of result.files) files.push(show(f));
    if (options.sources || args.format === 'sarif' || (io.isTTY && args.format === 'stylish')) {
      for (const f of new Set(result.findings.map((x) => x.file))) {
        const text = await project.vfs.readText(f).catch(() => null);
        if (text !== null) lines.set(show(f), text.split(/\r?\n/));
      }
    }
  }
  const report: Report = {
    findings,
    files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => lines.get(file)?.[line - 1],
    rootUri: pathToFileURL(io.cwd.endsWith(sep) ? io.cwd : io.cwd + sep).href,
    fileUrl: githubFileUrl(io),
  };
  const exitCode = usageProblem || internal ? EXIT_USAGE : failed(findings, config.failLevel) ? EXIT_FINDINGS : EXIT_OK;
  return { args, report, exitCode };
}

/** In GitHub Actions, with paths relative to the checkout, findings link to the commit being checked. */
function githubFileUrl(io: CliIo): Report['fileUrl'] {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = io.env;
  if (!server || !repository || !sha || !workspace || resolve(io.cwd, workspace) !== resolve(io.cwd)) return undefined;
  return (file, line) => (file.startsWith('../') ? undefined : `${server}/${repository}/blob/${sha}/${pathToUri(file)}#L${line}`);
}

/** Writes a report file; refuses to replace a file that was linted (`-o Dockerfile` typed by mistake). */
export async function writeReportFile(path: string, text: string, report: Report, cwd: string, append = false): Promise<void> {
  if (report.files.some((f) => resolve(cwd, f) === path)) throw new UsageError(`${path}: will not write the report over a file that was linted`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await (append ? appendFile : writeFile)(path, text);
  } catch (e) {
    throw new UsageError(`${path}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function failed(findings: Finding[], level: FailLevel): boolean {
  if (level === 'none') return false;
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}

async function loadConfiguration(explicit: string | undefined, paths: string[], io: CliIo, rules: RuleLookup, cli: CliOverrides): Promise<ResolvedConfig> {
  let source: string | null = null;
  if (explicit) source = resolve(io.cwd, explicit);
  else {
    const first = resolve(io.cwd, paths[0]);
    const dirs: string[] = [];
    try {
      dirs.push((await stat(first)).isDirectory() ? first : dirname(first));
    } catch {
      // a missing path is reported when it is linted
    }
    dirs.push(io.cwd);
    source = await findConfigFile(dirs);
  }
  const user: UserConfig = source ? await loadConfigFile(source, rules) : {};
  return resolveConfig(user, source, cli);
}

function printConfig(config: ResolvedConfig): string {
  return (
    JSON.stringify(
      {
        source: config.source,
        profile: config.profile,
        rules: Object.fromEntries(config.severities),
        ignore: config.ignoreGlobs,
        private: config.private,
        failLevel: config.failLevel,
      },
      null,
      2,
    ) + '\n'
  );
}
