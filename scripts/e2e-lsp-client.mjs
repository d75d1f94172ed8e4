// Shared by scripts/nvim-test.mjs and scripts/emacs-test.mjs: runs an editor headless as an
// LSP client of `debate-language-server --stdio`, with the server on PATH the way
// `npm install -g` links a bin, in a scratch HOME (no user config), and parses its closing
// `<name>: N passed, N failed` line. Exit code 0 only when every check passed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ name: string, command: string, args: string[], install: string, timeoutS?: number }} client
 *   name: prefix of the closing line; install: what to tell the user when `command` is missing
 */
export async function runClient({ name, command, args, install, timeoutS = 120 }) {
  const log = (msg) => process.stderr.write(`${name}: ${msg}\n`);
  const fail = (msg) => {
    log(msg);
    console.log(`${name}: 0 passed, 1 failed`);
    process.exit(2);
  };
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) fail(`${command} not found; ${install}`);
  const version = probe.stdout.split('\n')[0];
  const server = path.join(repo, 'dist/server.js');
  if (!fs.existsSync(server)) fail('dist/server.js is missing; run npm run build first');

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `debate-${name}-`));
  const bin = path.join(scratch, 'bin');
  fs.mkdirSync(bin);
  fs.chmodSync(server, 0o755); // npm sets this on install; a fresh build leaves it 0644
  fs.symlinkSync(server, path.join(bin, 'debate-language-server'));
  const home = path.join(scratch, 'home');
  fs.mkdirSync(home);

  log(version);
  const t0 = Date.now();
  const child = spawn(command, args, {
    cwd: scratch,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      XDG_STATE_HOME: path.join(home, '.local/state'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      DEBATE_FIXTURES: path.join(repo, 'test/e2e/fixtures'),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    process.stdout.write(d);
  });
  child.stderr.on('data', (d) => (stderr += d)); // shown only when the run fails
  const timer = setTimeout(() => {
    log(`deadline of ${timeoutS}s exceeded; stopping ${command}`);
    child.kill('SIGKILL');
  }, timeoutS * 1000);
  const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 124 : 2))));
  clearTimeout(timer);
  fs.rmSync(scratch, { recursive: true, force: true });

  const summary = new RegExp(`^${name}: (\\d+) passed, (\\d+) failed$`, 'm').exec(stdout);
  if (code !== 0 || !summary) process.stderr.write(stderr.split('\n').slice(-30).join('\n') + '\n');
  log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (!summary) {
    log(`${command} exited (${code}) without its closing line; counting that as a failure`);
    console.log(`${name}: 0 passed, 1 failed`);
    process.exit(code || 2);
  }
  process.exit(code !== 0 ? code : Number(summary[2]) > 0 ? 1 : 0);
}
