// @ts-check
// Entry point for the end-to-end editor tests (VS Code's `extensionTestsPath`).
// VS Code loads this module inside the extension host and calls `run()`; the
// returned promise settles the run (resolve = exit code 0, reject = non-zero).
// It runs Mocha over every `*.e2e.js` file below this folder (fixtures excepted).
//
// The tests are plain JavaScript on purpose: `tsc -p .` does not compile them,
// so nothing of them lands in out/test/, where `node --test out/test/` (the
// unit tests, Node 20) would run every .js file and fail on `require('vscode')`.
//
// Environment (passed through by scripts/e2e-run.mjs and scripts/e2e-electron.mjs):
//   E2E_GREP             only run tests whose full title matches this pattern
//   E2E_TEST_TIMEOUT_MS  per-test timeout (default 20000)
//   E2E_TAG_OUTPUT       when set, every console line of the extension host is
//                        prefixed with this tag while the suite runs, so that the
//                        code-server runner can tell it from the workbench's own log
'use strict';

const fs = require('fs');
const path = require('path');
const { format } = require('util');

/** Markers of the lines that the runners parse: where the suite's own output starts, and its summary. */
const START_MARKER = 'E2E-START ';
const RESULT_MARKER = 'E2E-RESULT ';

class SuiteFailed extends Error {}

/**
 * @param {string} dir
 * @returns {string[]} absolute paths of the test files, sorted
 */
function findTestFiles(dir) {
  /** @type {string[]} */
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== 'node_modules') found.push(...findTestFiles(full));
    } else if (entry.name.endsWith('.e2e.js')) {
      found.push(full);
    }
  }
  return found.sort();
}

/**
 * Prefixes every line that the extension host's console prints with `tag`
 * (the tests, Mocha's reporter and the extension under test share it).
 * @param {string} tag
 * @returns {() => void} undoes it
 */
function tagConsole(tag) {
  /** @type {Array<'log' | 'info' | 'warn' | 'error' | 'debug'>} */
  const levels = ['log', 'info', 'warn', 'error', 'debug'];
  // The extension host turns these into accessors whose setter does nothing
  // (it forwards the console to the workbench), so redefine rather than assign.
  const saved = levels.map((level) => Object.getOwnPropertyDescriptor(console, level));
  levels.forEach((level) => {
    const original = console[level];
    Object.defineProperty(console, level, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: (/** @type {unknown[]} */ ...args) => original.call(console, tag + format(...args).split('\n').join('\n' + tag)),
    });
  });
  return () =>
    levels.forEach((level, i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(console, level, descriptor);
    });
}

/** @returns {Promise<void>} */
async function run() {
  const untag = process.env.E2E_TAG_OUTPUT ? tagConsole(process.env.E2E_TAG_OUTPUT) : () => {};
  try {
    await runMocha();
  } catch (err) {
    // Shown by the runners (a test file that throws while loading lands here).
    if (!(err instanceof SuiteFailed)) console.error('e2e: the suite could not run:', err);
    throw err;
  } finally {
    untag();
  }
}

/** @returns {Promise<void>} */
async function runMocha() {
  const Mocha = require('mocha');
  // The reporters print through this; it was bound when Mocha was loaded.
  Mocha.reporters.Base.consoleLog = (...args) => console.log(...args);
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.E2E_TEST_TIMEOUT_MS) || 20000,
    ...(process.env.E2E_GREP ? { grep: process.env.E2E_GREP } : {}),
  });
  const files = findTestFiles(__dirname);
  if (files.length === 0) throw new Error(`no *.e2e.js test files under ${__dirname}`);
  for (const file of files) mocha.addFile(file);
  console.log(START_MARKER + JSON.stringify({ files: files.length }));

  /** @type {number} */
  const failures = await new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failed) => {
        const s = runner.stats || { passes: 0, failures: failed, pending: 0 };
        console.log(RESULT_MARKER + JSON.stringify({ passed: s.passes, failed: s.failures, skipped: s.pending }));
        resolve(failed);
      });
    } catch (err) {
      reject(err);
    }
  });
  if (failures > 0) throw new SuiteFailed(`${failures} end-to-end test(s) failed`);
}

module.exports = { run, START_MARKER, RESULT_MARKER };
