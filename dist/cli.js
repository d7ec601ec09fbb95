import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  TOOL_VERSION
} from "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";

// src/main.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${TOOL_VERSION}
`);
} else if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) {
  const { parseWithYargs } = await import("./cli-yargs-22SG7NSD.js");
  process.stdout.write((await parseWithYargs(argv)).helpText);
} else {
  const { runCli } = await import("./cli-6IUBII4X.js");
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.isTTY ? process.stdout.columns : void 0,
    stderrIsTTY: !!process.stderr.isTTY,
    stdin: process.stdin,
    streams: { input: process.stdin, output: process.stdout }
  });
}
