#!/usr/bin/env node
// End-to-end editor tests in a real VS Code workbench: code-server (VS Code's
// server, with the real Node extension host) driven by headless Chromium.
//
//   node scripts/e2e-run.mjs [options]
//
//   --vsix FILE        install FILE with `code-server --install-extension` and test
//                      the packaged extension instead of the development folder
//   --ext DIR          extension development folder (default: the repository root)
//   --tests FILE       test index, VS Code's extensionTestsPath (default: test/e2e/index.js)
//   --workspace DIR    folder opened in the editor (default: test/e2e/fixtures)
//   --grep PATTERN     only run tests whose title matches (sets E2E_GREP)
//   --timeout SECONDS  overall deadline after setup (default: 300)
//   --keep             keep the scratch folder (logs, profile) even when the run passes
//   --verbose          also stream code-server's own output and the page's console
//
// Steps: scripts/e2e-setup.sh (idempotent installs into .cache/e2e), start
// code-server in its own process group with everything (HOME, XDG_*, TMPDIR,
// profile, extensions) in a scratch folder, open the workbench with the test
// payload, stream the test log, and exit with the suite's exit code. The process
// group is always killed. The last line is `e2e: N passed, N failed[, N skipped]`.
// Exit codes: the suite's (0 = all passed), 2 = harness error, 124 = deadline.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  closingLine, counts, freePort, HarnessError, helpAndExit, log, problemWithInputs, repo, runSetup, settleExitCode, takeMarker, writeTestHost, writeUserSettings,
} from './e2e-common.mjs';

const LOG_TAG = '\u2063e2e| '; // prefix of the suite's console lines (see onAutomationLog); starts with an invisible separator

const { values: opt } = parseArgs({
  options: {
    vsix: { type: 'string' },
    ext: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) helpAndExit(import.meta.url);

let phase = 'setup';
let scratch;
let server; // ChildProcess of code-server (leader of its own process group)
let browser; // playwright BrowserContext

// ---- process-group cleanup (runs on every way out) --------------------------
function killServerGroup(signal) {
  if (!server) return; // the leader may be gone while its extension hosts still run
  try {
    process.kill(-server.pid, signal);
  } catch {
    /* already gone */
  }
}
function groupAlive() {
  if (!server) return false;
  try {
    process.kill(-server.pid, 0);
    return true;
  } catch {
    return false;
  }
}
async function cleanup() {
  if (browser) {
    const b = browser;
    browser = undefined;
    await Promise.race([b.close().catch(() => {}), sleep(5000)]);
  }
  if (server) {
    killServerGroup('SIGTERM');
    for (let i = 0; i < 30 && groupAlive(); i++) await sleep(100);
    if (groupAlive()) killServerGroup('SIGKILL');
    server = undefined;
  }
}
process.on('exit', () => killServerGroup('SIGKILL')); // last resort, synchronous
// A signal ends the run through the same path as a failure (cleanup, closing line); a second one forces it.
let interrupt;
let interruptedBy;
const interrupted = new Promise((_, reject) => (interrupt = reject));
interrupted.catch(() => {});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (phase === 'cleanup' || interruptedBy) {
      killServerGroup('SIGKILL');
      process.exit(130);
    }
    log(`${sig} received during ${phase}; stopping`);
    interruptedBy = sig;
    interrupt(new HarnessError(`interrupted by ${sig}`, 130));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- helpers ----------------------------------------------------------------
/** A path relative to the repository when it is inside it. */
function shown(p) {
  const rel = path.relative(repo, p);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Environment for code-server: everything it writes lands in the scratch folder. */
function serverEnv(dirs) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Variables of an enclosing VS Code / Electron would leak into the server and its extension host.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k === 'PORT' || k === 'PASSWORD' || k === 'HASHED_PASSWORD') continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'),
    XDG_STATE_HOME: path.join(dirs.home, '.local/state'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_RUNTIME_DIR: dirs.runtime,
    TMPDIR: dirs.tmp,
    // No extension gallery: nothing to fetch from outside, and no errors about it in the log.
    EXTENSIONS_GALLERY: '{}',
    E2E_TAG_OUTPUT: LOG_TAG,
  });
  if (opt.grep !== undefined) env.E2E_GREP = opt.grep;
  // Tells the suite which extension to expect: the installed package (test/e2e/packaged.e2e.js).
  if (opt.vsix) env.E2E_PACKAGED = path.resolve(opt.vsix);
  return env;
}

function codeServerArgs(setup, dirs) {
  return [
    setup.codeServerEntry,
    '--config', dirs.config,
    '--auth', 'none',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
}

async function waitForServer(port, logFile, deadline) {
  const url = `http://127.0.0.1:${port}/healthz`;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new HarnessError(`code-server exited early (${server.exitCode ?? server.signalCode}):\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new HarnessError(`code-server did not answer on ${url} in time:\n${tail(logFile)}`);
}

/**
 * The page's log (window.codeAutomationLog) carries the workbench's own log as
 * well as the extension host's console. test/e2e/index.js prefixes the extension
 * host's lines with LOG_TAG while the suite runs (E2E_TAG_OUTPUT); only those are
 * streamed. Everything goes to editor-log.txt in the scratch folder, and the
 * rest is printed too when the suite never reported its result.
 */
const editorLog = { file: undefined, held: [] };
function onAutomationLog(type, args) {
  const list = Array.isArray(args) ? args : [args];
  const text = format(...list.map((a) => (a !== null && typeof a === 'object' ? JSON.stringify(a) : a)));
  const lines = text.split('\n');
  if (editorLog.file) fs.appendFileSync(editorLog.file, `${lines.map((l) => (type === 'info' ? l : `[${type}] ${l}`)).join('\n')}\n`);
  for (const raw of lines) {
    const tagged = raw.startsWith(LOG_TAG);
    const line = tagged ? raw.slice(LOG_TAG.length) : type === 'info' ? raw : `[${type}] ${raw}`;
    if (tagged && takeMarker(line)) continue;
    if (tagged || opt.verbose) console.log(line);
    else {
      editorLog.held.push(line);
      if (editorLog.held.length > 400) editorLog.held.shift();
    }
  }
}

// ---- main -------------------------------------------------------------------
async function main() {
  const t0 = Date.now();
  const setup = runSetup();
  if (interruptedBy) await interrupted;
  const tSetup = Date.now();
  phase = 'start';

  const timeoutS = Number(opt.timeout);
  if (!(timeoutS > 0)) throw new HarnessError(`--timeout must be a positive number of seconds`);
  const deadline = Date.now() + timeoutS * 1000;
  let deadlineTimer;
  const deadlinePassed = new Promise((_, reject) => {
    deadlineTimer = setTimeout(
      () => reject(new HarnessError(`deadline of ${timeoutS}s exceeded while ${phase === 'tests' ? 'the tests were running' : `in phase "${phase}"`}; stopping everything (raise it with --timeout SECONDS)`, 124)),
      timeoutS * 1000,
    );
  });
  deadlinePassed.catch(() => {});

  const work = (async () => {
    // Paths.
    const extDir = path.resolve(opt.ext ?? repo);
    const testsIndex = path.resolve(opt.tests ?? path.join(repo, 'test/e2e/index.js'));
    const workspace = path.resolve(opt.workspace ?? path.join(repo, 'test/e2e/fixtures'));
    const vsix = opt.vsix && path.resolve(opt.vsix);
    const problem = problemWithInputs({ testsIndex, workspace, vsix, extDir });
    if (problem) throw new HarnessError(problem);

    // Scratch folder: profile, extensions, HOME, XDG_*, TMPDIR, logs.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-e2e-'));
    const dirs = {
      home: path.join(scratch, 'home'),
      runtime: path.join(scratch, 'run'),
      tmp: path.join(scratch, 'tmp'),
      userData: path.join(scratch, 'user-data'),
      extensions: path.join(scratch, 'extensions'),
      browser: path.join(scratch, 'browser'),
      config: path.join(scratch, 'code-server.yaml'),
    };
    for (const d of [dirs.home, dirs.tmp, dirs.extensions, dirs.browser]) fs.mkdirSync(d, { recursive: true });
    fs.mkdirSync(dirs.runtime, { recursive: true, mode: 0o700 });
    fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
    writeUserSettings(dirs.userData);
    const env = serverEnv(dirs);
    const serverLog = path.join(scratch, 'code-server.log');

    if (vsix) {
      phase = 'install-extension';
      log(`installing ${shown(vsix)}`);
      const r = spawnSync(setup.node, [...codeServerArgs(setup, dirs), '--force', '--install-extension', vsix], {
        env,
        encoding: 'utf8',
        timeout: Math.max(1000, deadline - Date.now()),
        killSignal: 'SIGKILL',
      });
      fs.writeFileSync(path.join(scratch, 'install-extension.log'), `${r.stdout ?? ''}${r.stderr ?? ''}`);
      if (r.status !== 0) throw new HarnessError(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    }

    // code-server, in its own process group so that it and its extension hosts die together.
    phase = 'start code-server';
    const port = await freePort();
    const out = fs.openSync(serverLog, 'a');
    server = spawn(
      setup.node,
      [...codeServerArgs(setup, dirs), '--bind-addr', `127.0.0.1:${port}`, '--vscode-option', 'enable-smoke-test-driver', workspace],
      { env, detached: true, stdio: ['ignore', opt.verbose ? 'pipe' : out, opt.verbose ? 'pipe' : out] },
    );
    fs.closeSync(out);
    if (opt.verbose) {
      for (const s of [server.stdout, server.stderr]) s.on('data', (d) => { fs.appendFileSync(serverLog, d); process.stderr.write(`[code-server] ${d}`); });
    }
    await waitForServer(port, serverLog, deadline);
    const tServer = Date.now();
    log(`code-server ready on 127.0.0.1:${port} (${((tServer - tSetup) / 1000).toFixed(1)}s)`);

    // Browser.
    phase = 'start browser';
    const { chromium } = createRequire(import.meta.url)(setup.playwrightCore);
    browser = await chromium.launchPersistentContext(dirs.browser, {
      executablePath: setup.chromium,
      headless: true,
      // Signals are ours to handle (Playwright's own handlers would exit before the cleanup).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_CACHE_HOME: path.join(dirs.home, '.cache'), TMPDIR: dirs.tmp },
    });
    let resolveExit;
    const suiteExit = new Promise((r) => (resolveExit = r));
    editorLog.file = path.join(scratch, 'editor-log.txt');
    await browser.exposeFunction('codeAutomationLog', onAutomationLog);
    await browser.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(typeof code === 'number' ? code : Number(code) || 0);
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const pageLog = path.join(scratch, 'page-console.log');
    page.on('console', (m) => {
      fs.appendFileSync(pageLog, `[${m.type()}] ${m.text()}\n`);
      if (opt.verbose) process.stderr.write(`[page ${m.type()}] ${m.text()}\n`);
    });
    page.on('pageerror', (e) => fs.appendFileSync(pageLog, `[pageerror] ${e.stack || e}\n`));
    page.on('crash', () => resolveExit(Promise.reject(new HarnessError('the browser page crashed'))));

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
    const devPath = vsix ? writeTestHost(scratch) : extDir;
    const payload = [
      ['extensionDevelopmentPath', remote(devPath)],
      ['extensionTestsPath', remote(testsIndex)],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    phase = 'tests';
    log(`running ${shown(testsIndex)} against ${vsix ? `installed ${path.basename(vsix)}` : shown(extDir)} in ${shown(workspace)}`);
    await page.goto(url, { waitUntil: 'commit', timeout: Math.max(1000, deadline - Date.now()) });
    const code = await suiteExit;
    log(`suite finished with exit code ${code} (${((Date.now() - tServer) / 1000).toFixed(1)}s after code-server start, ${((Date.now() - t0) / 1000).toFixed(1)}s in all)`);
    return code;
  })();

  work.catch(() => {}); // after a deadline or signal it may still fail, as things are torn down under it
  try {
    return await Promise.race([work, deadlinePassed, interrupted]);
  } finally {
    clearTimeout(deadlineTimer);
  }
}

let exitCode;
try {
  exitCode = settleExitCode(await main(), 'the workbench');
} catch (err) {
  exitCode = err instanceof HarnessError ? err.exitCode : 2;
  log(`ERROR: ${err instanceof HarnessError ? err.message : err?.stack || err}`);
  counts.failed += 1; // the harness failure itself
}
if (!counts.reported && !opt.verbose && editorLog.held.length) {
  console.log(`--- editor log, last ${editorLog.held.length} lines ---`);
  console.log(editorLog.held.join('\n'));
  console.log('--- end of editor log ---');
} else if (!counts.reported && scratch && !opt.verbose) {
  console.log(`--- browser console, last lines ---\n${tail(path.join(scratch, 'page-console.log'), 25)}\n--- code-server, last lines ---\n${tail(path.join(scratch, 'code-server.log'), 15)}\n---`);
}
phase = 'cleanup';
await cleanup();
if (scratch) {
  if (exitCode === 0 && !opt.keep) fs.rmSync(scratch, { recursive: true, force: true });
  else log(`logs and profile kept in ${scratch} (code-server.log, page-console.log, user-data/logs/)`);
}
console.log(closingLine());
process.exit(exitCode);
