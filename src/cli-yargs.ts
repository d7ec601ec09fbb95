// yargs over the option table of src/cli-args.ts: --help, the commands (`merge`, `lsp`) and every
// command line quickParse leaves to it. Loaded only then: yargs costs more to load than a small lint.
import yargs from 'yargs';
import { DEFAULT_CACHE_FILE } from './cache.js';
import { cliOptions } from './cli-args.js';
import { FORMATTERS } from './formatters/index.js';
import { MERGE_COMMAND } from './github/cli-remote.js';
import { UsageError } from './types.js';
import { TOOL_VERSION } from './version.js';

export function buildParser(argv: string[]) {
  return (
    yargs(argv)
      .scriptName('chaimeleon-lint')
      .usage('$0 [paths...]\n\nReviews CHAIMELEON partner image repositories (a Dockerfile, or a repository folder) against the platform guide.')
      .command('$0 [paths...]', false as unknown as string)
      .positional('paths', { type: 'string', array: true, describe: 'Dockerfiles, repository folders, github:OWNER/REPO[@REF][/PATH], or - for standard input (default .)' })
      .command(MERGE_COMMAND)
      .command('lsp', 'Run the language server for editors over standard input and output (--stdio accepted)')
      .options(cliOptions({ formats: Object.keys(FORMATTERS), cacheFile: DEFAULT_CACHE_FILE }))
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

/** The command line parsed by yargs, and the text it printed instead (--help, --version), if any. */
export async function parseWithYargs(words: string[]): Promise<{ args: Record<string, unknown>; helpText: string }> {
  let helpText = '';
  const args = (await buildParser(words).parseAsync(words, {}, (_err, _argv, output) => {
    helpText = output;
  })) as Record<string, unknown>;
  return { args, helpText };
}
