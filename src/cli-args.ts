// The command line's options, in one table: yargs builds --help and parses from it (src/cli-yargs.ts),
// and `quickParse` reads the common command lines from it without loading yargs, which costs more
// than a small lint. quickParse answers only what it is sure of and gives the same object yargs
// gives (test/cli-args.test.ts compares the two on many command lines); anything else is yargs'.
import type { Options } from 'yargs';

export const FAIL_LEVELS = ['error', 'warning', 'info', 'none'];

const DEFAULT_CONCURRENCY = 4;

/** The texts of the table that name what other modules hold (the formats, the cache's place). */
export interface OptionTexts {
  formats: readonly string[];
  cacheFile: string;
}

/** The options, in the order --help lists them (the remote modes' with them: src/github/cli-remote.ts). */
export function cliOptions({ formats, cacheFile }: OptionTexts) {
  return {
    // Values are checked after parsing, so that a wrong one gets a one-line message.
    format: { alias: 'f', type: 'string', default: 'stylish', requiresArg: true, describe: `Output format: ${formats.join(', ')}` },
    config: { alias: 'c', type: 'string', requiresArg: true, describe: 'Configuration file (default: .chaimeleon-lint.yaml|.yml|.json in the linted folder or the current one)' },
    profile: { type: 'string', requiresArg: true, describe: 'Platform profile (default: chaimeleon)' },
    'fail-level': { type: 'string', requiresArg: true, describe: `Lowest severity that makes the exit code 1: ${FAIL_LEVELS.join(', ')} (default: error)` },
    // Not an array option: an array would swallow the paths that follow (`--rule X=off Dockerfile`).
    rule: { type: 'string', requiresArg: true, describe: "Set a rule's severity: CODE=error|warning|info|off (repeatable)" },
    'stdin-filename': { type: 'string', requiresArg: true, describe: 'With the path -: the name of the Dockerfile read from standard input, for messages and to find the configuration' },
    quiet: { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' },
    color: { type: 'boolean', describe: 'Force colours on (--color) or off (--no-color); default: on a terminal, unless NO_COLOR is set (FORCE_COLOR forces)' },
    width: { type: 'number', requiresArg: true, describe: 'Wrap the stylish report at N columns (0: never); default: the terminal width, else COLUMNS, else no wrapping' },
    'show-source': { type: 'boolean', describe: 'Show the source line with a caret under each finding (default: on a terminal only)' },
    statistics: { type: 'boolean', default: false, describe: 'Also count the findings per rule (stylish: after the findings; other formats: on standard error)' },
    'print-config': { type: 'boolean', default: false, describe: 'Print the resolved configuration and exit' },
    'list-rules': { type: 'boolean', default: false, describe: 'List every rule and exit' },
    output: { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to FILE instead of standard output' },
    summary: { type: 'string', requiresArg: true, describe: 'Also write a Markdown summary to FILE (appended when FILE is $GITHUB_STEP_SUMMARY)' },
    category: { type: 'string', requiresArg: true, describe: 'SARIF: the code scanning category (runAutomationDetails.id)' },
    cache: { type: 'boolean', default: false, describe: 'Reuse the findings of files and repositories unchanged since the last run' },
    'cache-location': { type: 'string', requiresArg: true, describe: `The cache file, or a folder for it (default: ${cacheFile})` },
    threads: { type: 'number', requiresArg: true, describe: 'At most N worker threads when many paths are given (1 for none; default: as many as pay, from 4,000 Dockerfiles on, up to one fewer than the cores)' },
    base: { type: 'string', requiresArg: true, describe: 'Compare the working tree with this git ref (branch, tag, commit): a changed image needs a new version label' },
    fix: { type: 'boolean', describe: 'Apply the safe fixes to the files, lint again until nothing changes, and report what remains' },
    'unsafe-fixes': { type: 'boolean', describe: 'With --fix or --diff: also apply the fixes that need a check by you (names, README sections)' },
    diff: { type: 'boolean', describe: 'Print what --fix would change as a unified diff and write nothing (exit 1 when there is a change)' },
    // The remote modes (src/github/cli-remote.ts).
    org: { type: 'string', requiresArg: true, describe: 'Review every repository of this GitHub organization (with --match, --shard)' },
    // Repeatable, not an array option (which would swallow what follows).
    match: { type: 'string', requiresArg: true, describe: "With --org: only repositories whose name matches this glob, e.g. 'image_*' (repeatable)" },
    concurrency: { type: 'number', default: DEFAULT_CONCURRENCY, requiresArg: true, describe: 'With --org: repositories reviewed at the same time' },
    shard: { type: 'string', requiresArg: true, describe: 'With --org: review only shard I of N (I/N), one job of a CI matrix; join the reports with `merge`' },
    'github-api': { type: 'string', requiresArg: true, describe: 'GitHub REST API URL (GitHub Enterprise: https://HOST/api/v3; default $GITHUB_API_URL, else https://api.github.com)' },
    'github-timeout': { type: 'number', default: 30, requiresArg: true, describe: 'Seconds to wait for an answer from GitHub before retrying' },
    explain: { type: 'string', requiresArg: true, describe: 'Print the documentation of a rule (code or slug) and exit' },
  } as const satisfies Record<string, Options>;
}

type Option = { alias?: string; type: 'string' | 'boolean' | 'number'; default?: unknown };

/** yargs' camel-case twin of a dashed option name (`fail-level`: `failLevel`). */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The parsed command line as yargs would give it, for the common forms only: operands, long options
 * from the table (`--name value`, `--name=value`, `--flag`, `--no-flag`) and their one-letter
 * aliases (`-f json`, `-q`), each option at most once. Null for anything else (a command such as
 * `merge`, --help, an unknown or repeated option, a value that starts with `-`, a number that is not
 * a plain whole number, grouped letters): yargs then parses it, and reports what is wrong.
 */
export function quickParse(words: readonly string[]): Record<string, unknown> | null {
  const table = cliOptions({ formats: [], cacheFile: '' }) as Record<string, Option>;
  const byAlias = new Map(Object.entries(table).flatMap(([name, o]) => (o.alias ? [[o.alias, name]] : [])));
  const given = new Map<string, unknown>();
  const paths: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('-')) {
      // The commands, and words yargs might read as numbers, are yargs' to parse.
      if ((paths.length === 0 && (word === 'merge' || word === 'lsp')) || (/\d/.test(word) && !/[^\da-fA-FxX.+-]/.test(word)) || word.trim() !== word) return null;
      paths.push(word);
      continue;
    }
    let name: string | undefined;
    let value: string | undefined;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      name = eq < 0 ? word.slice(2) : word.slice(2, eq);
      if (eq >= 0) value = word.slice(eq + 1);
    } else if (word.length === 2) name = byAlias.get(word[1]);
    if (name === undefined) return null;
    // Own entries only: `--__proto__` is no option.
    const optionOf = (n: string): Option | undefined => (Object.hasOwn(table, n) ? table[n] : undefined);
    let option = optionOf(name);
    let negated = false;
    if (!option && name.startsWith('no-') && optionOf(name.slice(3))?.type === 'boolean' && value === undefined) {
      name = name.slice(3);
      option = optionOf(name);
      negated = true;
    }
    if (!option || given.has(name)) return null;
    if (option.type === 'boolean') {
      if (value !== undefined) return null;
      given.set(name, !negated);
      continue;
    }
    if (value === undefined) {
      value = words[++i];
      if (value === undefined || value.startsWith('-')) return null;
    }
    if (option.type === 'number') {
      if (!/^[1-9]\d{0,8}$|^0$/.test(value)) return null;
      given.set(name, Number(value));
    } else given.set(name, value);
  }
  const args: Record<string, unknown> = { _: [] };
  for (const [name, option] of Object.entries(table)) {
    const value = given.has(name) ? given.get(name) : option.default;
    if (value === undefined) continue;
    args[name] = value;
    if (option.alias) args[option.alias] = value;
    if (name.includes('-')) args[camel(name)] = value;
  }
  if (paths.length > 0) args.paths = paths;
  args.$0 = 'chaimeleon-lint';
  return args;
}
