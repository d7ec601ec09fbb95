#!/usr/bin/env node
// The npm package's command and the pre-commit hook's: runs the committed bundle dist/cli.cjs
// through dist/launch.js, which keeps V8's compiled code for it between runs.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`chaimeleon-lint: needs Node.js 20.19 or later (https://nodejs.org); this is ${process.versions.node}.\n`);
  process.exit(2);
}
const { launch } = await import('../dist/launch.js');
launch(process.argv.slice(2));
