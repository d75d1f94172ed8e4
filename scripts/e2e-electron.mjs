#!/usr/bin/env node
// End-to-end editor tests in desktop VS Code (Electron), through @vscode/test-electron.
// Same test index and fixtures as scripts/e2e-run.mjs (which uses code-server and a
// headless browser instead). It needs VS Code's download server (the build is cached
// in .cache/e2e/vscode-test) and, on Linux without a display, xvfb-run (Debian: xvfb).
//
//   node scripts/e2e-electron.mjs [options]
//
//   --vsix FILE        install FILE (`code --install-extension`) and test the packaged
//                      extension instead of the development folder
//   --ext DIR          extension development folder (default: the repository root)
//   --tests FILE       test index, VS Code's extensionTestsPath (default: test/e2e/index.js)
//   --workspace DIR    folder opened in the editor (default: test/e2e/fixtures)
//   --vscode VERSION   VS Code version to download: stable (default), insiders, or
//                      e.g. 1.82.0 (the oldest that package.json's engines.vscode allows)
//   --executable PATH  use this VS Code executable instead of downloading one
//   --grep PATTERN     only run tests whose title matches (sets E2E_GREP)
//   --timeout SECONDS  overall deadline, download included (default: 600)
//   --keep             keep the scratch profile even when the run passes
//
// The last line is `e2e: N passed, N failed[, N skipped]`; the exit code is VS Code's
// (0 = all passed), 2 = harness error, 124 = deadline.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closingLine, counts, helpAndExit, log, problemWithInputs, repo, settleExitCode, takeMarker, writeTestHost, writeUserSettings } from './e2e-common.mjs';

const require = createRequire(import.meta.url);

const { values: opt } = parseArgs({
  options: {
    vsix: { type: 'string' },
    ext: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    vscode: { type: 'string', default: 'stable' },
    executable: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) helpAndExit(import.meta.url);

// ---- a display for Electron on Linux ------------------------------------------
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  if (process.env.E2E_UNDER_XVFB) {
    log('xvfb-run gave no DISPLAY');
    process.exit(2);
  }
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  if (!hasXvfb) {
    log('Electron needs a display: install xvfb (Debian: apt-get install -y xvfb) or set DISPLAY');
    console.log('e2e: 0 passed, 1 failed');
    process.exit(2);
  }
  const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, E2E_UNDER_XVFB: '1' },
  });
  process.exit(r.status ?? 2);
}

// ---- watch VS Code's output for the suite's summary ---------------------------
// runTests copies VS Code's stdout/stderr to ours; read the marker lines out of it.
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  let pending = '';
  stream.write = (chunk, encoding, cb) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    // VS Code may put its own prefix before the suite's text.
    const kept = lines.filter((line) => !takeMarker(line, true));
    const out = kept.length ? `${kept.join('\n')}\n` : '';
    if (typeof encoding === 'function') return write(out, encoding);
    return write(out, encoding, cb);
  };
}

// ---- deadline: kill what we started -------------------------------------------
function descendants(pid) {
  if (process.platform === 'win32') return [];
  let table;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = new Map();
  for (const row of table.trim().split('\n')) {
    const [p, pp] = row.trim().split(/\s+/).map(Number);
    if (!children.has(pp)) children.set(pp, []);
    children.get(pp).push(p);
  }
  const out = [];
  const walk = (p) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}
function killDescendants() {
  for (const pid of descendants(process.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

const timeoutS = Number(opt.timeout);
if (!(timeoutS > 0)) {
  log('--timeout must be a positive number of seconds');
  process.exit(2);
}
const deadline = setTimeout(() => {
  log(`deadline of ${timeoutS}s exceeded; stopping VS Code (raise it with --timeout SECONDS)`);
  killDescendants();
  counts.failed += 1;
  console.log(closingLine());
  process.exit(124);
}, timeoutS * 1000);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    log(`${sig} received; stopping VS Code`);
    killDescendants();
    console.log(closingLine());
    process.exit(130);
  });
}

// ---- run ----------------------------------------------------------------------
const { runTests, downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath } = require('@vscode/test-electron');
const cachePath = path.join(process.env.E2E_CACHE_DIR || path.join(repo, '.cache/e2e'), 'vscode-test');
let scratch;
let exitCode = 0;
try {
  const testsIndex = path.resolve(opt.tests ?? path.join(repo, 'test/e2e/index.js'));
  const workspace = path.resolve(opt.workspace ?? path.join(repo, 'test/e2e/fixtures'));
  const vsix = opt.vsix && path.resolve(opt.vsix);
  let devPath = path.resolve(opt.ext ?? repo);
  const problem = problemWithInputs({ testsIndex, workspace, vsix, extDir: devPath });
  if (problem) throw new Error(problem);

  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-e2e-electron-'));
  const userData = path.join(scratch, 'user-data');
  const extensions = path.join(scratch, 'extensions');
  writeUserSettings(userData);
  fs.mkdirSync(extensions, { recursive: true });
  const profile = [`--user-data-dir=${userData}`, `--extensions-dir=${extensions}`];

  let vscodeExecutablePath;
  if (opt.executable) {
    vscodeExecutablePath = path.resolve(opt.executable);
    if (!fs.existsSync(vscodeExecutablePath)) throw new Error(`--executable not found: ${vscodeExecutablePath}`);
  } else {
    fs.mkdirSync(cachePath, { recursive: true });
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: opt.vscode, cachePath });
  }

  if (vsix) {
    log(`installing ${vsix}`);
    const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
    const shell = process.platform === 'win32'; // .cmd files need a shell
    const r = spawnSync(shell ? `"${cli}"` : cli, ['--install-extension', vsix, '--force', ...profile], { encoding: 'utf8', shell });
    if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}${r.error ?? ''}`);
    devPath = writeTestHost(scratch);
  }

  log(`running ${testsIndex} against ${vsix ? `installed ${path.basename(vsix)}` : devPath} in ${opt.executable ? vscodeExecutablePath : `VS Code ${opt.vscode}`}`);
  try {
    exitCode = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: devPath,
      extensionTestsPath: testsIndex,
      launchArgs: [workspace, ...profile, '--disable-gpu', '--disable-telemetry'],
      extensionTestsEnv: { ...(opt.grep !== undefined ? { E2E_GREP: opt.grep } : {}), ...(vsix ? { E2E_PACKAGED: vsix } : {}) },
    });
  } catch (err) {
    // TestRunFailedError: VS Code exited non-zero (failing tests, or a crash).
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'number') exitCode = err.code;
    else if (err && typeof err === 'object' && 'signal' in err && err.signal) exitCode = 1;
    else throw err;
  }
  exitCode = settleExitCode(exitCode, 'VS Code');
} catch (err) {
  log(`ERROR: ${err?.stack || err}`);
  counts.failed += 1;
  exitCode = 2;
}
clearTimeout(deadline);
killDescendants(); // nothing should be left; make sure
if (scratch) {
  if (exitCode === 0 && !opt.keep) fs.rmSync(scratch, { recursive: true, force: true });
  else log(`profile and logs kept in ${scratch}`);
}
console.log(closingLine());
process.exit(exitCode);
