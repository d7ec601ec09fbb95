#!/bin/sh
# The pre-commit hook's entry (.pre-commit-hooks.yaml, language: script): runs the command line as
# the npm package does (bin/chaimeleon-lint.js, the committed bundle dist/), so the hook needs
# Node.js 20 or later on the PATH and nothing installed.
here=$(dirname "$0")
if ! command -v node >/dev/null 2>&1; then
  echo "chaimeleon-lint: the pre-commit hook needs Node.js 20 or later on the PATH (https://nodejs.org)." >&2
  exit 2
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "chaimeleon-lint: the pre-commit hook needs Node.js 20 or later; this is $(node --version)." >&2
  exit 2
fi
exec node "$here/chaimeleon-lint.js" "$@"
