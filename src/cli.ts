// The command line: a thin layer over the lint core. It returns an exit code and never exits;
// bin/chaimeleon-lint.js is the only place that touches the process.
import { dirname, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import yargs from 'yargs';
import { findConfigFile, loadConfigFile, resolveConfig, type CliOverrides, type FailLevel, type ResolvedConfig, type UserConfig } from './config.js';
import { FORMATTERS, type Report } from './formatters/index.js';
import { Linter } from './lint.js';
import { discoverLocal } from './project/discover.js';
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
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

interface Args {
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
}

function buildParser(argv: string[], io: CliIo) {
  return yargs(argv)
    .scriptName('chaimeleon-lint')
    .usage('$0 [paths...]\n\nReviews CHAIMELEON partner image repositories (a Dockerfile, or a repository folder) against the platform guide.')
    .command('$0 [paths...]', false as unknown as string)
    .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Dockerfiles or repository folders' })
    .option('format', { alias: 'f', type: 'string', default: 'stylish', choices: Object.keys(FORMATTERS), describe: 'Output format' })
    .option('config', { alias: 'c', type: 'string', describe: 'Configuration file (default: .chaimeleon-lint.yaml|.yml|.json in the linted folder or the current one)' })
    .option('profile', { type: 'string', describe: 'Platform profile (default: chaimeleon)' })
    .option('fail-level', { type: 'string', choices: ['error', 'warning', 'info', 'none'], describe: 'Lowest severity that makes the exit code 1 (default: error)' })
    .option('rule', { type: 'string', array: true, default: [], describe: 'Set a rule\'s severity: CODE=error|warning|info|off (repeatable)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour the output on a terminal (--no-color to turn off)' })
    .option('print-config', { type: 'boolean', default: false, describe: 'Print the resolved configuration and exit' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List every rule and exit' })
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
  const config = await loadConfiguration(args.config, paths, io, ruleSet.resolve, cli);
  if (args['print-config']) {
    io.stdout(printConfig(config));
    return EXIT_OK;
  }
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
    const result = await linter.lint({
      vfs: project.vfs,
      isRepository: project.isRepository,
      targets: project.targets,
      repository: { name: project.repoName, isPrivate: config.private, githubLicense: null },
    });
    for (const err of result.internalErrors) io.stderr(`chaimeleon-lint: internal error: ${err}\n`);
    internal ||= result.internalErrors.length > 0;
    for (const f of result.findings) {
      const shown = { ...f, file: project.displayRoot + f.file, related: f.related.map((r) => ({ ...r, file: project.displayRoot + r.file })) };
      findings.push(shown);
    }
    for (const f of result.files) files.push(project.displayRoot + f);
    if (io.isTTY && args.format === 'stylish') {
      for (const f of new Set(result.findings.map((x) => x.file))) {
        const text = await project.vfs.readText(f).catch(() => null);
        if (text !== null) lines.set(project.displayRoot + f, text.split(/\r?\n/));
      }
    }
  }
  const report: Report = {
    findings,
    files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => lines.get(file)?.[line - 1],
  };
  const color = args.color && io.isTTY && !io.env.NO_COLOR ? true : !!io.env.FORCE_COLOR && args.color;
  io.stdout(FORMATTERS[args.format](report, { color, frames: io.isTTY, quiet: args.quiet }));
  if (usageProblem || internal) return EXIT_USAGE;
  return failed(findings, config.failLevel) ? EXIT_FINDINGS : EXIT_OK;
}

export function failed(findings: Finding[], level: FailLevel): boolean {
  if (level === 'none') return false;
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}

async function loadConfiguration(explicit: string | undefined, paths: string[], io: CliIo, resolveRule: (n: string) => string | undefined, cli: CliOverrides): Promise<ResolvedConfig> {
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
  const user: UserConfig = source ? await loadConfigFile(source, { resolve: resolveRule }) : {};
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
