// The command line: a thin layer over the lint core. It returns an exit code and never exits;
// bin/chaimeleon-lint.js is the only place that touches the process.
import { accessSync, constants, promises as fsp, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findConfigFile, loadConfigFile, resolveConfig, type CliOverrides, type FailLevel, type ResolvedConfig, type RuleLookup, type UserConfig } from './config.js';
import { plainText } from './formatters/escape.js';
import { FORMATTERS, type Report, type RunFailure, type SkippedFile } from './formatters/index.js';
import { formatStatistics } from './formatters/stylish.js';
import type { RemoteArgs } from './github/cli-remote.js';
import { formatterFor } from './github/report.js';
import { isGithubSpec } from './github/spec.js';
import { fixMode, runFixes } from './fix/cli-fix.js';
import { pathToUri } from './formatters/sarif.js';
import { writeAtomically } from './atomic-write.js';
import type { LintInput, LintResult } from './lint.js';
import { discoverLocal, isDockerfileName, pathInfo, type DiscoveredProject, type PathInfo } from './project/discover.js';
import { readToken, secretMasker } from './github/token.js';
import { FAIL_LEVELS, quickParse } from './cli-args.js';
import { SEVERITY_RANK, UsageError, type Finding, type SeveritySetting } from './types.js';
import { terminalOptions } from './terminal.js';
import { TOOL_VERSION } from './version.js';
import { MAX_FILE_BYTES, MemoryVfs, relativePosix } from './vfs.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Is stdout a terminal (colours and code frames)? */
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is one (the stylish report wraps to it). */
  columns?: number;
  /** Is stderr a terminal (the progress bar of an organization scan)? */
  stderrIsTTY?: boolean;
  /** Standard input, read when the path `-` is given. */
  stdin?: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** The process's streams, which the language server (`lsp`) speaks over. */
  streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
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
  'stdin-filename'?: string;
  quiet: boolean;
  /** Unset: decided by the terminal and the environment (src/terminal.ts). */
  color?: boolean;
  width?: number;
  'show-source'?: boolean;
  statistics: boolean;
  'print-config': boolean;
  'list-rules': boolean;
  explain?: string;
  base?: string;
  output?: string;
  summary?: string;
  category?: string;
  fix?: boolean;
  'unsafe-fixes'?: boolean;
  diff?: boolean;
  cache: boolean;
  'cache-location'?: string;
  threads?: number;
}

/** Stands for `-` (standard input) while yargs parses: it would drop a bare `-`. No argument can hold a NUL. */
const STDIN_ARG = '\u0000-';

/**
 * The command line split as POSIX utilities do: after `--` every word is a path (`-- -rf` names a
 * file `-rf`), and `-` is standard input.
 */
function splitArgv(argv: string[]): { options: string[]; operands: string[] } {
  const end = argv.indexOf('--');
  const options = (end < 0 ? argv : argv.slice(0, end)).map((a) => (a === '-' ? STDIN_ARG : a));
  return { options, operands: end < 0 ? [] : argv.slice(end + 1) };
}

/** A value yargs gives back, repeated options included, as a list of strings with `-` restored. */
function strings(value: unknown): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => (String(v) === STDIN_ARG ? '-' : String(v)));
}

/** The option values that are checked here rather than by yargs (one-line messages). */
function checkValues(args: Args): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === STDIN_ARG) (args as unknown as Record<string, unknown>)[name] = '-';
  }
  // `merge` leaves --format unset to mean "as the inputs"; it checks the value itself.
  if (args._?.[0] !== 'merge' && (typeof args.format !== 'string' || !(args.format in FORMATTERS))) throw new UsageError(`--format ${String(args.format)}: expected one of ${Object.keys(FORMATTERS).join(', ')}`);
  if (args.threads !== undefined && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError(`--threads ${String(args.threads)}: expected a whole number, 1 or more`);
  if (args['fail-level'] !== undefined && !FAIL_LEVELS.includes(args['fail-level'])) throw new UsageError(`--fail-level ${args['fail-level']}: expected one of ${FAIL_LEVELS.join(', ')}`);
  if (args.width !== undefined && !(Number.isInteger(args.width) && args.width >= 0)) throw new UsageError(`--width ${String(args.width)}: expected a number of columns (0: no wrapping)`);
  for (const name of ['config', 'profile', 'output', 'summary', 'category', 'base', 'explain', 'stdin-filename', 'cache-location'] as const) {
    const value = args[name];
    if (Array.isArray(value)) throw new UsageError(`--${name} given more than once`);
    if (value === '') throw new UsageError(`--${name}: expected a value, not an empty string`);
  }
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

export async function runCli(argv: string[], given: CliIo): Promise<number> {
  const io = maskedIo(given);
  try {
    // The language server is loaded only for `lsp`: a normal run does not pay for it.
    if (argv[0] === 'lsp') return await (await import('./lsp/server.js')).runLanguageServer(argv.slice(1), given.streams, io);
    return await run(argv, io);
  } catch (e) {
    io.stderr(`chaimeleon-lint: ${errorLine(e)}\n`);
    return EXIT_USAGE;
  }
}

/** One line for an error: a usage error's message, or an internal error's first line and where it was thrown. */
export function errorLine(e: unknown): string {
  if (e instanceof UsageError) return plainText(e.message);
  const where = e instanceof Error ? /\n\s*at (.*)/.exec(e.stack ?? '')?.[1] : undefined;
  return plainText(`internal error: ${e instanceof Error ? e.message : String(e)}${where ? ` (at ${where})` : ''}`);
}

/** The io with the GitHub token masked in everything written, whatever a server echoed back. */
export function maskedIo(io: CliIo): CliIo {
  const mask = secretMasker([readToken(io.env)]);
  // Built on `io`, not copied from it: a copy would read `stdin`, and process.stdin makes its stream
  // when first read (5 ms of a small run), which only `-` and `lsp` need.
  const masked: Pick<CliIo, 'stdout' | 'stderr'> = { stdout: (text) => io.stdout(mask(text)), stderr: (text) => io.stderr(mask(text)) };
  return Object.setPrototypeOf(masked, io) as CliIo;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const outcome = await lintCommand(argv, io);
  if (typeof outcome === 'number') return outcome;
  const { args, report } = outcome;
  const mask = secretMasker([readToken(io.env)]);
  const toFile = args.output !== undefined && args.output !== '-';
  const terminal = terminalOptions(args, io, toFile);
  const options = { ...terminal, quiet: args.quiet, category: args.category, statistics: args.statistics };
  const text = formatterFor(report, args.format)(report, options);
  if (toFile) await writeReportFile(resolve(io.cwd, args.output!), mask(text), report, io.cwd);
  else io.stdout(text);
  // Counts beside a machine format go to standard error, so that the report stays valid JSON or SARIF.
  if (args.statistics && (args.format !== 'stylish' || toFile)) io.stderr(formatStatistics(report, { ...options, color: false, hyperlinks: false }));
  if (args.summary !== undefined) {
    const target = resolve(io.cwd, args.summary);
    const stepSummary = io.env.GITHUB_STEP_SUMMARY;
    // GitHub gives each step one summary file that every tool in the step appends to.
    const append = !!stepSummary && resolve(io.cwd, stepSummary) === target;
    await writeReportFile(target, mask(formatterFor(report, 'markdown')(report, { color: false, frames: false, quiet: args.quiet })), report, io.cwd, append);
  }
  return outcome.exitCode;
}

export interface LintOutcome {
  args: Args;
  report: Report;
  /** EXIT_FINDINGS at or above the fail level; EXIT_USAGE when something could not be reviewed (report.failures) or a rule crashed. */
  exitCode: number;
}

/**
 * Parses the command line and lints: the report, or an exit code when the command was answered
 * without linting (--help, --list-rules, --explain, --print-config). The GitHub Action calls this
 * with the same options a user would type, then writes several formats from one report.
 */
export async function lintCommand(argv: string[], io: CliIo, options: { sources?: boolean } = {}): Promise<LintOutcome | number> {
  const { options: words, operands } = splitArgv(argv);
  // The common command lines are read without loading yargs (src/cli-args.ts).
  const quick = quickParse(words);
  const { args: parsed, helpText } = quick ? { args: quick, helpText: '' } : await (await import('./cli-yargs.js')).parseWithYargs(words);
  const args = parsed as unknown as Args;
  if (helpText) {
    io.stdout(helpText);
    return EXIT_OK;
  }
  checkValues(args);
  if (args._?.[0] === 'merge') {
    args.files = [...strings(args.files), ...operands];
    args.paths = [];
  } else args.paths = [...strings(args.paths), ...operands];
  args.rule = strings(args.rule);
  args.match = strings(args.match);
  // The engine and the rules load only now: --help and --version never pay for them.
  const [{ makeRuleSet }, { Linter }] = await Promise.all([import('./ruleset.js'), import('./lint.js')]);
  const ruleSet = makeRuleSet();
  if (args['list-rules'] || args.explain !== undefined) {
    const { explainRule, listRules, listRulesJson } = await import('./rule-docs.js');
    if (args['list-rules']) {
      if (args.format !== 'stylish' && args.format !== 'json') throw new UsageError(`--list-rules --format ${args.format}: expected stylish (a table) or json`);
      io.stdout(args.format === 'json' ? listRulesJson(ruleSet.meta) : listRules(ruleSet.meta));
      return EXIT_OK;
    }
    const code = ruleSet.resolve(args.explain!);
    if (!code) throw new UsageError(`--explain ${args.explain}: unknown rule (see --list-rules)`);
    io.stdout(explainRule(ruleSet.meta.find((m) => m.code === code)!));
    return EXIT_OK;
  }
  const stdin = args.paths.includes('-');
  if (stdin && args.paths.length > 1) throw new UsageError('- (standard input) cannot be given with other paths');
  if (args['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename names the Dockerfile read from standard input: give the path - too');
  if (stdin && args.base !== undefined) throw new UsageError('--base compares a git checkout; it does not apply to standard input');
  const fixing = fixMode(args, { stdin, remote: args.org !== undefined || args.paths.some(isGithubSpec) });
  // The configuration of a Dockerfile read from standard input is looked for where --stdin-filename says it is.
  const paths = stdin ? [args['stdin-filename'] ?? '-'] : args.paths.length > 0 ? args.paths : ['.'];
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
  // The remote modes (and their checks of --match and --shard) load only when one is asked for.
  const remoteAsked = args._?.[0] === 'merge' || args.org !== undefined || args.match.length > 0 || args.shard !== undefined || args.paths.some(isGithubSpec);
  const remote = remoteAsked ? await (await import('./github/cli-remote.js')).remoteCommand(args, io, ruleSet, config) : null;
  if (remote) return remote;
  const linter = new Linter(ruleSet, config);
  const findings: Finding[] = [];
  const files: string[] = [];
  const lines = new Map<string, string[]>();
  const failures: RunFailure[] = [];
  const skipped: SkippedFile[] = [];
  const fail = (file: string, message: string) => {
    io.stderr(`chaimeleon-lint: ${plainText(`${file}: ${message}`)}\n`);
    failures.push({ file, message });
  };
  if (!stdin && !fixing && args.base === undefined && !args.cache && paths.length > 1) (await import('./cli-parallel.js')).startWorkersForPaths(paths.length, args.threads);
  const cache = args.cache ? await openCache(args['cache-location'], io) : null;
  const cacheInputs = cache ? (await import('./cache.js')).cacheInputs : null;
  const projects: { input: string; project: DiscoveredProject }[] = [];
  if (stdin) projects.push({ input: '-', project: await stdinProject(io, args['stdin-filename']) });
  else {
    // One path after another: local files are read with blocking calls (src/vfs.ts), so nothing would overlap.
    for (const input of paths) {
      const project = await localProject(input, io.cwd, config.ignore, fail);
      if (project) projects.push({ input, project });
    }
  }
  const lintInput = async (input: string, project: DiscoveredProject): Promise<LintInput> => {
    const absolute = resolve(io.cwd, input);
    const git = args.base === undefined ? null : await (await import('./project/git.js')).openGitBase(project.isRepository ? project.root : dirname(absolute), args.base);
    return {
      vfs: project.vfs,
      isRepository: project.isRepository,
      targets: project.targets,
      scope: project.scope,
      repository: { name: project.repoName, owner: project.repoOwner, isPrivate: config.private, githubLicense: null },
      git,
    };
  };
  // Paths as the user sees them: relative to the current folder (`Dockerfile`, not `../gpu/Dockerfile`).
  // Once per file: a file's findings all name it (path.relative resolves both paths each time).
  const showIn = (project: DiscoveredProject) => {
    const shown = new Map<string, string>();
    return (file: string) => {
      let path = shown.get(file);
      if (path === undefined) shown.set(file, (path = relativePosix(io.cwd, join(project.root, file))));
      return path;
    };
  };
  if (fixing) {
    const runs = await Promise.all(projects.map(async ({ input, project }) => ({ project, input: await lintInput(input, project), show: showIn(project) })));
    const diffExit = await runFixes(linter, runs, fixing, io, fail);
    if (diffExit !== null) return failures.length > 0 ? EXIT_USAGE : diffExit;
    // The files were rewritten: what remains is read from the disk again, not from the texts read before.
    for (const p of projects) p.project.vfs = p.project.vfs.fresh?.() ?? p.project.vfs;
  }
  // Many paths are linted over worker threads; a comparison with a git base or a fix stays here.
  const ahead = stdin || args.base !== undefined || fixing || projects.length < 2 ? new Map<DiscoveredProject, LintResult>() : await (await import('./cli-parallel.js')).lintInParallel(projects.map((p) => p.project), config, cache, args.threads);
  // The rest is linted here, one path after another, in their order.
  const lintHere = async (input: string, project: DiscoveredProject): Promise<LintResult> => {
    const lintIn = await lintInput(input, project);
    const lintVfs = (vfs: typeof project.vfs) => linter.lint({ ...lintIn, vfs });
    // A comparison with a git base reads git objects, not files: never cached.
    return cache && cacheInputs && !lintIn.git && input !== '-' ? cache.lint(cacheInputs(project, config, lintIn.repository), lintVfs) : lintVfs(project.vfs);
  };
  for (const { input, project } of projects) {
    const show = showIn(project);
    const result = ahead.get(project) ?? (await lintHere(input, project));
    // A rule that crashed is a bug in chaimeleon-lint: its file was not fully reviewed.
    // A crash is a bug in chaimeleon-lint; a limit reached is not, but leaves the review as incomplete.
    for (const err of result.internalErrors) fail(input, `${result.crashes.includes(err) ? 'internal error' : 'not fully reviewed'}: ${err.split('\n')[0]}`);
    // A file that is there but was not read leaves the review incomplete: a failure, not only a finding.
    for (const u of result.unread) fail(show(u.file), `${u.reason}; it was not reviewed`);
    if (result.skipped.length > 0) {
      const list = result.skipped.map((s) => `${show(s.path)} (${s.reason})`).join(', ');
      // Every Dockerfile skipped is nothing reviewed: never an all-clear.
      if (result.skipped.length === project.targets.length) fail(input, `every Dockerfile was skipped as not an image: ${list}; name one on the command line to review it`);
      else io.stderr(`chaimeleon-lint: ${plainText(`not reviewed as images: ${list}`)}\n`);
      if (result.skipped.length < project.targets.length) for (const s of result.skipped) skipped.push({ path: show(s.path), reason: s.reason });
    }
    for (const f of result.findings) {
      const shown = { ...f, file: show(f.file), related: f.related.map((r) => ({ ...r, file: show(r.file) })), ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, file: show(e.file) })) } } : {}) };
      findings.push(shown);
    }
    for (const f of result.files) files.push(show(f));
    if (options.sources || args.format === 'sarif' || (args.format === 'stylish' && (args['show-source'] ?? io.isTTY))) {
      for (const f of new Set(result.findings.map((x) => x.file))) {
        const text = await project.vfs.readText(f).catch(() => null);
        if (text !== null) lines.set(show(f), text.split(/\r?\n/));
      }
    }
  }
  await cache?.save().catch((e: unknown) => io.stderr(`chaimeleon-lint: ${plainText(`${cache.file}: the cache was not written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)}\n`));
  const report: Report = {
    findings,
    files,
    rules: ruleSet.meta,
    toolVersion: TOOL_VERSION,
    sourceLine: (file, line) => lines.get(file)?.[line - 1],
    rootUri: pathToFileURL(io.cwd.endsWith(sep) ? io.cwd : io.cwd + sep).href,
    fileUrl: githubFileUrl(io),
    failures,
    skipped,
  };
  const exitCode = failures.length > 0 ? EXIT_USAGE : failed(findings, config.failLevel) ? EXIT_FINDINGS : EXIT_OK;
  return { args, report, exitCode };
}

/** The --cache file, opened; a cache that cannot be opened (no key folder) is a usage error. */
async function openCache(location: string | undefined, io: CliIo): Promise<import('./cache.js').LintCache> {
  const { cacheFilePath, keyFolderFor, LintCache } = await import('./cache.js');
  const isFolder = location !== undefined && (await fsp.stat(resolve(io.cwd, location)).then((s) => s.isDirectory(), () => false));
  const file = cacheFilePath(location, io.cwd, isFolder);
  try {
    return await LintCache.open(file, TOOL_VERSION, keyFolderFor(io.env));
  } catch (e) {
    throw new UsageError(`--cache: cannot keep a cache (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** What a file system error means for a path the user named. */
function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a symbolic link in a loop';
  return (e as Error).message;
}

function kindOf(info: PathInfo): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * A path named on the command line, ready to lint; null (and a failure) when it cannot be: missing,
 * unreadable, not a regular file or folder (a FIFO or a device would block or never end), or a
 * folder with no Dockerfile, where there is nothing to review.
 */
async function localProject(input: string, cwd: string, ignore: RegExp[], fail: (file: string, message: string) => void): Promise<DiscoveredProject | null> {
  const absolute = resolve(cwd, input);
  let info: PathInfo;
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
  let project: DiscoveredProject;
  try {
    project = await discoverLocal(input, cwd, ignore, { info });
  } catch (e) {
    fail(input, describeError(e));
    return null;
  }
  // A folder with a README and no Dockerfile is a catalogue entry: its README is reviewed.
  const inScope = [...project.vfs.files].filter((f) => f.startsWith(project.scope));
  const catalogueEntry = inScope.some((f) => /^readme\.md$/i.test(f.slice(project.scope.length)));
  if (project.isRepository && project.targets.length === 0 && !catalogueEntry) {
    const ignored = inScope.filter((f) => isDockerfileName(f.slice(f.lastIndexOf('/') + 1))).length;
    fail(input, `no Dockerfile and no README.md found (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile)${ignored ? `; ${ignored} ignored by the configuration` : ''}: nothing to review`);
    return null;
  }
  return project;
}

/** A name for standard input in messages when --stdin-filename gives none. */
export const STDIN_NAME = '<stdin>';

/** The Dockerfile read from standard input, linted as a lone Dockerfile named by --stdin-filename. */
async function stdinProject(io: CliIo, filename: string | undefined): Promise<DiscoveredProject> {
  if (!io.stdin) throw new UsageError('- reads a Dockerfile from standard input, which this run has not');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) throw new UsageError(`standard input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not linted`);
    chunks.push(chunk);
  }
  const absolute = filename === undefined ? null : resolve(io.cwd, filename);
  const name = absolute === null ? STDIN_NAME : basename(absolute);
  const root = absolute === null ? io.cwd : dirname(absolute);
  const rel = relativePosix(io.cwd, root);
  const vfs = new MemoryVfs(`${rel === '.' ? '' : `${rel}/`}${name}`, new Map([[name, Buffer.concat(chunks)]]));
  return { vfs, root, displayRoot: rel === '.' ? '' : `${rel}/`, isRepository: false, targets: [{ path: name, context: '' }], repoName: null, repoOwner: null, scope: '' };
}

/** In GitHub Actions, with paths relative to the checkout, findings link to the commit being checked. */
function githubFileUrl(io: CliIo): Report['fileUrl'] {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_WORKSPACE: workspace } = io.env;
  if (!server || !repository || !sha || !workspace || resolve(io.cwd, workspace) !== resolve(io.cwd)) return undefined;
  return (file, line) => (file.startsWith('../') ? undefined : `${server}/${repository}/blob/${sha}/${pathToUri(file)}#L${line}`);
}

/**
 * Writes a report file; refuses to replace a file that was linted (`-o Dockerfile` typed by mistake).
 * A regular file is replaced atomically (a temporary file in the same folder, then renamed over it):
 * a failed write (a full disk) leaves the previous report whole. A device or a pipe (`/dev/stdout`)
 * is written in place; GITHUB_STEP_SUMMARY is appended to.
 */
export async function writeReportFile(path: string, text: string, report: Report, cwd: string, append = false): Promise<void> {
  if (report.files.some((f) => resolve(cwd, f) === path)) throw new UsageError(`${path}: will not write the report over a file that was linted`);
  try {
    await fsp.mkdir(dirname(path), { recursive: true });
    if (append) return await fsp.appendFile(path, text);
    const existing = await fsp.stat(path).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (existing && !existing.isFile()) return await fsp.writeFile(path, text);
    await writeAtomically(path, text, existing ? existing.mode & 0o777 : 0o666);
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
    const first = resolve(io.cwd, paths[0] === '-' ? '.' : paths[0]);
    const dirs: string[] = [];
    try {
      dirs.push(statSync(first).isDirectory() ? first : dirname(first));
    } catch {
      // A missing path is reported when it is linted; --stdin-filename may name a file not on disk.
      dirs.push(dirname(first));
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
