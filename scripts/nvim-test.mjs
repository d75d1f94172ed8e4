#!/usr/bin/env node
// Neovim as a second real LSP client: headless Neovim loads test/nvim/init.lua (the
// README's set-up) as its init.lua and runs the checks in test/nvim/lsp.lua against
// `debate-language-server --stdio` (dist/server.js, put on PATH the way `npm install -g`
// links a bin). Needs `nvim` 0.7+ (scripts/e2e-setup.sh installs Debian's neovim) and a
// build (npm run build).
//
//   node scripts/nvim-test.mjs [--timeout SECONDS]
//
// The last line is `nvim: N passed, N failed`; exit 0 only when every check passed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({ options: { timeout: { type: 'string', default: '120' } } });
const log = (msg) => process.stderr.write(`nvim: ${msg}\n`);
const fail = (msg) => {
  log(msg);
  console.log('nvim: 0 passed, 1 failed');
  process.exit(2);
};

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.error || nvim.status !== 0) fail('nvim not found; run scripts/e2e-setup.sh (Debian: apt-get install neovim)');
const version = nvim.stdout.split('\n')[0];
const server = path.join(repo, 'dist/server.js');
if (!fs.existsSync(server)) fail('dist/server.js is missing; run npm run build first');

// A bin folder like npm's: the command is a link to the bundle, which must run on its own (shebang, mode).
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-nvim-'));
const bin = path.join(scratch, 'bin');
fs.mkdirSync(bin);
fs.chmodSync(server, 0o755); // npm sets this on install; a fresh build leaves it 0644
fs.symlinkSync(server, path.join(bin, 'debate-language-server'));
const home = path.join(scratch, 'home');
fs.mkdirSync(home);

log(`${version}, test/nvim/lsp.lua`);
const t0 = Date.now();
const child = spawn(
  'nvim',
  ['--headless', '-u', path.join(repo, 'test/nvim/init.lua'), '-i', 'NONE', '-c', `luafile ${path.join(repo, 'test/nvim/lsp.lua')}`],
  {
    cwd: scratch,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: home, // no user config, plugins or shada
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      XDG_STATE_HOME: path.join(home, '.local/state'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      DEBATE_FIXTURES: path.join(repo, 'test/e2e/fixtures'),
    },
  },
);
let stdout = '';
child.stdout.on('data', (d) => {
  stdout += d;
  process.stdout.write(d);
});
child.stderr.on('data', (d) => process.stderr.write(d));
const timer = setTimeout(() => {
  log(`deadline of ${opt.timeout}s exceeded; stopping Neovim`);
  child.kill('SIGKILL');
}, Number(opt.timeout) * 1000);
const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 124 : 2))));
clearTimeout(timer);
fs.rmSync(scratch, { recursive: true, force: true });

const summary = /^nvim: (\d+) passed, (\d+) failed$/m.exec(stdout);
log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
if (!summary) {
  log(`Neovim exited (${code}) without its closing line; counting that as a failure`);
  console.log('nvim: 0 passed, 1 failed');
  process.exit(code || 2);
}
process.exit(code !== 0 ? code : Number(summary[2]) > 0 ? 1 : 0);
