#!/bin/sh
# The pre-commit hook's entry (.pre-commit-hooks.yaml, language: script): runs the command line as
# the npm package does (bin/chaimeleon-lint.js, the committed bundle dist/), so the hook needs
# Node.js 20 or later on the PATH and nothing installed (bin/ checks the version: one Node start
# per commit, not two).
here=$(dirname "$0")
if ! command -v node >/dev/null 2>&1; then
  echo "chaimeleon-lint: the pre-commit hook needs Node.js 20 or later on the PATH (https://nodejs.org)." >&2
  exit 2
fi
exec node "$here/chaimeleon-lint.js" "$@"
