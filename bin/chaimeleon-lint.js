#!/usr/bin/env node
// The npm package's command and the pre-commit hook's: runs the committed bundle dist/cli.cjs
// through dist/launch.cjs, which keeps V8's compiled code for it between runs. CommonJS
// (bin/package.json), as the launcher is: an ES module here would start Node's module loader, a
// visible part of a small run. Only the major version is checked: VS Code runs the language server
// on its own Node (20.9 in VS Code 1.91).
if (Number(process.versions.node.split('.')[0]) < 20) {
  process.stderr.write(`chaimeleon-lint: needs Node.js 20 or later (https://nodejs.org); this is ${process.versions.node}.\n`);
  process.exit(2);
}
require('../dist/launch.cjs').launch(process.argv.slice(2));
