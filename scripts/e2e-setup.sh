#!/usr/bin/env bash
# Installs everything the end-to-end editor tests need, idempotently:
#   - Debian packages: chromium (the browser that drives the editor), neovim and
#     emacs-nox + elpa-eglot (the other LSP clients, scripts/nvim-test.mjs and
#     scripts/emacs-test.mjs) and, only while code-server is being built, libkrb5-dev
#     plus a C/C++ toolchain and python3
#   - Node 24 (from the npm registry, package `node`), which code-server requires
#   - code-server and playwright-core (versions pinned in scripts/e2e-deps/)
# Everything npm installs goes to .cache/e2e/ (ignored by git), never into the
# project's node_modules. A warm run only checks a stamp and exits in well under
# a second. The result is described in .cache/e2e/setup.json for the runner.
#
# Environment:
#   E2E_CACHE_DIR  cache folder (default: <repo>/.cache/e2e)
#   E2E_CHROMIUM   path of a Chromium/Chrome binary to use instead of Debian's chromium
#   E2E_NPM_LOCK   a lock file; when set, every npm install runs under `flock` on it
#   E2E_FORCE=1    reinstall the npm parts even if the stamp says they are current
#
# Works as root on Debian/Ubuntu (installs missing packages with apt-get).
# Elsewhere it stops and says which system packages to install by hand.
set -euo pipefail

NODE_VERSION=24.21.0          # Node for code-server (its engines field says 24)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
deps="$here/e2e-deps"
cache="${E2E_CACHE_DIR:-$root/.cache/e2e}"
start=$(date +%s.%N)

say() { printf 'e2e-setup: %s\n' "$*" >&2; }
die() { printf 'e2e-setup: ERROR: %s\n' "$*" >&2; exit 1; }
elapsed() { awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

mkdir -p "$cache"
# One setup at a time per cache folder.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/.setup.lock"
  flock 9
fi

npm_locked() {
  if [ -n "${E2E_NPM_LOCK:-}" ]; then flock "$E2E_NPM_LOCK" "$@"; else "$@"; fi
}

# Under `npm run` the outer npm exports its own view (the project's Node) to this script. The
# installs below run Node 24's npm and must not inherit it: code-server's postinstall reads
# the Node version from npm_config_user_agent and refuses anything but 24.
unset npm_config_user_agent npm_config_node_gyp npm_config_local_prefix npm_node_execpath npm_execpath NODE INIT_CWD
for v in $(compgen -e); do
  case "$v" in npm_package_* | npm_lifecycle_* | npm_command) unset "$v" ;; esac
done

node_bin="$cache/node24/node_modules/node/bin/node"
tools="$cache/tools"
cs_entry="$tools/node_modules/code-server/out/node/entry.js"
pw_dir="$tools/node_modules/playwright-core"

lock_hash() {
  { echo "node=$NODE_VERSION"; cat "$deps/package.json"; cat "$deps/package-lock.json" 2>/dev/null || true; } |
    { sha256sum 2>/dev/null || shasum -a 256; } | cut -d' ' -f1
}
want_stamp="$(lock_hash)"
stamp_file="$cache/setup.stamp"

find_chromium() {
  if [ -n "${E2E_CHROMIUM:-}" ]; then
    [ -x "$E2E_CHROMIUM" ] || die "E2E_CHROMIUM=$E2E_CHROMIUM is not an executable file"
    echo "$E2E_CHROMIUM"; return
  fi
  local c
  for c in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return; fi
  done
}

npm_parts_current() {
  [ "${E2E_FORCE:-0}" != 1 ] && [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$want_stamp" ] &&
    [ -x "$node_bin" ] && [ -f "$cs_entry" ] && [ -f "$pw_dir/package.json" ]
}

write_setup_json() {
  local chromium="$1"
  cat >"$cache/setup.json" <<EOF
{
  "node": "$node_bin",
  "codeServerEntry": "$cs_entry",
  "playwrightCore": "$pw_dir",
  "chromium": "$chromium",
  "cacheDir": "$cache"
}
EOF
}

# ---- fast path -------------------------------------------------------------
chromium="$(find_chromium || true)"
if [ -n "$chromium" ] && command -v nvim >/dev/null 2>&1 && command -v emacs >/dev/null 2>&1 && npm_parts_current; then
  write_setup_json "$chromium"
  say "up to date ($(elapsed)s)"
  exit 0
fi

# ---- system packages -------------------------------------------------------
missing=()          # Debian package names
[ -n "$chromium" ] || missing+=(chromium)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox elpa-eglot)   # eglot is built in from Emacs 29
if ! npm_parts_current; then
  # Only needed to build code-server's native modules.
  if [ "$(uname -s)" = Linux ] && [ ! -e /usr/include/gssapi/gssapi.h ]; then missing+=(libkrb5-dev); fi
  { command -v g++ && command -v make; } >/dev/null 2>&1 || missing+=(build-essential)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    {
      echo "e2e-setup: missing system packages: ${missing[*]}"
      if command -v apt-get >/dev/null 2>&1; then
        echo "  Not root. Install them once with:"
        echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
      else
        echo "  Not a Debian/Ubuntu system. Install the equivalents by hand:"
        echo "    chromium      -> any Chromium or Chrome; set E2E_CHROMIUM=/path/to/binary if it is not on PATH"
        echo "    neovim        -> Neovim 0.7 or later (nvim on PATH)"
        echo "    emacs-nox, elpa-eglot -> Emacs 29 or later (eglot built in), or Emacs 28 with eglot"
        echo "    libkrb5-dev   -> Kerberos/GSSAPI development headers (krb5-devel, krb5 ...)"
        echo "    build-essential, python3 -> a C/C++ compiler, make and python3 (for node-gyp)"
      fi
      echo "  then run this script again."
    } >&2
    exit 1
  fi
  chromium="$(find_chromium || true)"
  [ -n "$chromium" ] || die "chromium still not found after installing it"
fi

if npm_parts_current; then
  write_setup_json "$chromium"
  say "done ($(elapsed)s)"
  exit 0
fi

# ---- Node 24 ---------------------------------------------------------------
command -v npm >/dev/null 2>&1 || die "npm is needed (it comes with Node.js)"
npm_cli="$(readlink -f "$(command -v npm)")"      # .../npm/bin/npm-cli.js, run below with Node 24
case "$npm_cli" in *.js) ;; *) npm_cli="$(dirname "$npm_cli")/npm-cli.js" ;; esac
[ -f "$npm_cli" ] || die "cannot locate npm-cli.js (from $(command -v npm))"

rm -f "$stamp_file"
if ! { [ -x "$node_bin" ] && [ "$("$node_bin" -v)" = "v$NODE_VERSION" ]; }; then
  say "installing Node $NODE_VERSION into $cache/node24"
  mkdir -p "$cache/node24"
  printf '{ "private": true, "dependencies": { "node": "%s" } }\n' "$NODE_VERSION" >"$cache/node24/package.json"
  (cd "$cache/node24" && npm_locked npm install --no-audit --no-fund --loglevel=error >&2)
  [ -x "$node_bin" ] || die "Node $NODE_VERSION did not install ($node_bin missing)"
fi
say "node: $("$node_bin" -v)"

# ---- code-server + playwright-core (built with Node 24) --------------------
say "installing $(cd "$deps" && node -p 'Object.entries(require("./package.json").dependencies).map(([n,v])=>n+"@"+v).join(", ")') into $tools (this builds native modules; a few minutes)"
mkdir -p "$tools"
cp "$deps/package.json" "$tools/package.json"
npm_cmd=ci
if [ -f "$deps/package-lock.json" ]; then cp "$deps/package-lock.json" "$tools/package-lock.json"
else npm_cmd=install; rm -f "$tools/package-lock.json"; fi
(
  cd "$tools"
  export PATH="$(dirname "$node_bin"):$PATH"     # node-gyp and install scripts must see Node 24
  npm_locked "$node_bin" "$npm_cli" "$npm_cmd" --no-audit --no-fund --loglevel=error >&2
)
[ -f "$cs_entry" ] || die "code-server did not install ($cs_entry missing)"
[ -f "$pw_dir/package.json" ] || die "playwright-core did not install"
if [ "$npm_cmd" = install ]; then
  cp "$tools/package-lock.json" "$deps/package-lock.json"
  say "wrote scripts/e2e-deps/package-lock.json (commit it to pin the whole tree)"
  want_stamp="$(lock_hash)"
fi

echo "$want_stamp" >"$stamp_file"
write_setup_json "$chromium"
say "done ($(elapsed)s)"
