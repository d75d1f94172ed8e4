#!/usr/bin/env bash
# Entry point for the pre-commit hooks: builds the CLI bundle once in this checkout (pre-commit's
# cache), then runs `debate <args>` in the user's repository with the files pre-commit passes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/cli.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error && node scripts/bundle.mjs) >&2
fi
exec node "$here/dist/cli.js" "$@"
