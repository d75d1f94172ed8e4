// Shared by the two VS Code runners, scripts/e2e-run.mjs (code-server) and
// scripts/e2e-electron.mjs (desktop VS Code): help text, counts and the closing line,
// the suite's marker lines, the scratch profile and the checks before a run; and with
// scripts/screenshots.mjs, the code-server set-up and a free port.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The suite prints them (test/e2e/index.js): before Mocha starts, and after it ends with the counts.
export const { START_MARKER, RESULT_MARKER } = createRequire(import.meta.url)('../test/e2e/index.js');
const SETUP_TIMEOUT_S = 1200;

/** `--help`: prints the script's header comment (up to its first import) and exits. */
export function helpAndExit(scriptUrl) {
  const src = fs.readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  console.log(src.slice(1, src.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

/** A failure of the harness itself (not of a test); `exitCode` is the run's. */
export class HarnessError extends Error {
  constructor(message, code = 2) {
    super(message);
    this.exitCode = code;
  }
}

/**
 * Runs scripts/e2e-setup.sh (idempotent installs into .cache/e2e) and returns what it
 * installed (setup.json: node, code-server, Playwright, Chromium).
 */
export function runSetup() {
  const r = spawnSync('bash', [path.join(repo, 'scripts/e2e-setup.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: SETUP_TIMEOUT_S * 1000,
    killSignal: 'SIGKILL',
  });
  if (r.error) throw new HarnessError(`setup did not finish: ${r.error.message}`);
  if (r.status !== 0) throw new HarnessError(`scripts/e2e-setup.sh failed (exit ${r.status}); see its messages above`);
  const cacheDir = process.env.E2E_CACHE_DIR || path.join(repo, '.cache/e2e');
  return JSON.parse(fs.readFileSync(path.join(cacheDir, 'setup.json'), 'utf8'));
}

/** A TCP port free on 127.0.0.1 for code-server. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const log = (msg) => process.stderr.write(`e2e: ${msg}\n`);
export const counts = { passed: 0, failed: 0, skipped: 0, reported: false };
export const closingLine = () => `e2e: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;

/**
 * Reads a marker line of the suite into `counts`; true when the line is a marker (not to be
 * shown). The marker starts the line, or with `anywhere` it may follow other text.
 */
export function takeMarker(line, anywhere = false) {
  const find = (marker) => (anywhere ? line.indexOf(marker) : line.startsWith(marker) ? 0 : -1);
  if (find(START_MARKER) >= 0) return true;
  const at = find(RESULT_MARKER);
  if (at < 0) return false;
  try {
    const r = JSON.parse(line.slice(at + RESULT_MARKER.length));
    Object.assign(counts, { passed: r.passed, failed: r.failed, skipped: r.skipped, reported: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The run's exit code from the editor's and the suite's counts: a suite that never reported,
 * or an editor that failed without a failing test, counts as one failure.
 */
export function settleExitCode(code, editor) {
  if (!counts.reported) {
    log(`${editor} exited (${code}) without the suite reporting its results (no "${RESULT_MARKER.trim()}" line); counting that as a failure`);
    counts.failed += 1;
    return code === 0 ? 2 : code;
  }
  if (code === 0 && counts.failed > 0) return 1;
  if (code !== 0 && counts.failed === 0) {
    log(`the suite reported no failing test but ${editor} exited with ${code}; counting that as a failure`);
    counts.failed += 1;
  }
  return code;
}

/** What is wrong with the run's inputs before anything starts, or undefined. */
export function problemWithInputs({ testsIndex, workspace, vsix, extDir }) {
  for (const [what, p] of [['test index', testsIndex], ['workspace folder', workspace], ...(vsix ? [['--vsix file', vsix]] : [])]) {
    if (!fs.existsSync(p)) return `${what} not found: ${p}`;
  }
  if (vsix) return undefined;
  const manifest = path.join(extDir, 'package.json');
  if (!fs.existsSync(manifest)) return `no package.json in extension folder ${extDir}`;
  const main = JSON.parse(fs.readFileSync(manifest, 'utf8')).main;
  if (main && !fs.existsSync(path.resolve(extDir, main)) && !fs.existsSync(path.resolve(extDir, `${main}.js`))) {
    return `the extension's main file ${path.resolve(extDir, main)} does not exist; build it first (npm run build)`;
  }
  return undefined;
}

/** The profile's User/settings.json: no AI features, tips, telemetry, updates or trust prompt. */
export function writeUserSettings(userData) {
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );
}

/**
 * Extension tests run only in extension-development mode: to test an installed .vsix, an
 * empty stand-in that contributes nothing is the development extension. Returns its folder.
 */
export function writeTestHost(scratch) {
  const dir = path.join(scratch, 'test-host-extension');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'e2e-test-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '*' } }));
  return dir;
}
