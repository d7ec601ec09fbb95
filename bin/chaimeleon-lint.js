#!/usr/bin/env node
// The only place that touches the process: arguments in, exit code out.
import { runCli } from '../build/cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: !!process.stdout.isTTY,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stderrIsTTY: !!process.stderr.isTTY,
  stdin: process.stdin,
  streams: { input: process.stdin, output: process.stdout },
});
process.exitCode = code;
