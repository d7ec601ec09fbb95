// Entry point of the GitHub Action (action.yml runs its bundle, dist/action.js): the only place that
// touches the process. The work is in github-action.ts, which reports its own failures; this catch
// is the last resort.
import { EXIT_USAGE, errorLine } from './cli.js';
import { escapeData } from './formatters/github.js';
import { runAction } from './github-action.js';

try {
  process.exitCode = await runAction(process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: false,
  });
} catch (e) {
  process.stdout.write(`::error title=chaimeleon-lint::${escapeData(errorLine(e))}\n`);
  process.exitCode = EXIT_USAGE;
}
