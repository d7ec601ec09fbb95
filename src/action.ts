// Entry point of the GitHub Action (action.yml runs its bundle, dist/action.js): the only place that
// touches the process. The work is in github-action.ts.
import { EXIT_USAGE } from './cli.js';
import { escapeData } from './formatters/github.js';
import { runAction } from './github-action.js';
import { UsageError } from './types.js';

try {
  process.exitCode = await runAction(process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: false,
  });
} catch (e) {
  // A usage problem (a bad input or configuration) fails the step with an error annotation.
  const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
  process.stdout.write(`::error title=chaimeleon-lint::${escapeData(message)}\n`);
  process.exitCode = EXIT_USAGE;
}
