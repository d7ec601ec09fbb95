// yargs over the option table of src/cli-args.ts: --help, the commands (`merge`, `lsp`) and every
// command line quickParse leaves to it. Loaded only then: yargs costs more to load than a small lint.
import yargs, { type Argv, type CommandModule } from 'yargs';
import { DEFAULT_CACHE_FILE } from './cache.js';
import { cliOptions } from './cli-args.js';
import { FORMAT_NAMES } from './formatters/names.js';
import { UsageError } from './types.js';
import { TOOL_VERSION } from './version.js';

const MERGE_COMMAND: CommandModule = {
  command: 'merge <files..>',
  describe: 'Merge JSON or SARIF reports (the shards of an organization scan) into one report',
  builder: (y: Argv) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'Reports written with --format json or --format sarif' })
      // Without --format, the merged report has the format of its inputs.
      .option('format', { alias: 'f', type: 'string', default: undefined, requiresArg: true, describe: `Output format: ${FORMAT_NAMES.join(', ')} (default: that of the inputs)` }),
  handler: () => {},
};

export function buildParser(argv: string[]) {
  return (
    yargs(argv)
      .scriptName('chaimeleon-lint')
      .usage('$0 [paths...]\n\nReviews CHAIMELEON partner image repositories (a Dockerfile, or a repository folder) against the platform guide.')
      .command('$0 [paths...]', false as unknown as string)
      .positional('paths', { type: 'string', array: true, describe: 'Dockerfiles, repository folders, github:OWNER/REPO[@REF][/PATH], or - for standard input (default .)' })
      .command(MERGE_COMMAND)
      .command('lsp', 'Run the language server for editors over standard input and output (--stdio accepted)')
      .options(cliOptions({ formats: FORMAT_NAMES, cacheFile: DEFAULT_CACHE_FILE }))
      .version(TOOL_VERSION)
      .alias('version', 'v')
      .help()
      .alias('help', 'h')
      .strict()
      .exitProcess(false)
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((msg, err) => {
        throw new UsageError(msg ?? err?.message ?? 'invalid arguments');
      })
  );
}

/** The command line parsed by yargs, and the text to print instead (--help, --version; ending in a newline), if any. */
export async function parseWithYargs(words: string[]): Promise<{ args: Record<string, unknown>; helpText: string }> {
  let helpText = '';
  const args = (await buildParser(words).parseAsync(words, {}, (_err, _argv, output) => {
    helpText = output;
  })) as Record<string, unknown>;
  return { args, helpText: helpText && !helpText.endsWith('\n') ? helpText + '\n' : helpText };
}
