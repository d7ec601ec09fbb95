// The command line's process glue (dist/cli.cjs, which dist/launch.cjs runs for
// bin/chaimeleon-lint.js and the pre-commit hook): arguments in, exit code out. `--version` is
// answered from the one small module that knows it, `--help` from yargs and the option table alone;
// anything else loads the command line.
import { TOOL_VERSION } from './version.js';

async function main(argv: string[]): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${TOOL_VERSION}\n`);
  } else if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    const { parseWithYargs } = await import('./cli-yargs.js');
    process.stdout.write((await parseWithYargs(argv)).helpText);
  } else {
    const { runCli } = await import('./cli.js');
    process.exitCode = await runCli(argv, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      isTTY: !!process.stdout.isTTY,
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
      stderrIsTTY: !!process.stderr.isTTY,
      // Getters: process.stdin makes its stream when first read, which only `-` and `lsp` need.
      get stdin() {
        return process.stdin;
      },
      get streams() {
        return { input: process.stdin, output: process.stdout };
      },
    });
  }
}

// runCli reports its own failures (exit code 2); anything else is an unhandled rejection, which
// Node prints before exiting with 1.
void main(process.argv.slice(2));
