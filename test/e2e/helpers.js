// @ts-check
// Shared helpers for the end-to-end tests: open fixtures, find text positions,
// and poll the editor until the language server has answered (never a fixed sleep).
'use strict';

const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'debate-notes.debate-notes';

/**
 * Calls `fn` until it returns a value other than undefined/null/false and does not
 * throw, and returns that value. On timeout, throws the last error (or says what it waited for).
 * @template T
 * @param {() => T | Promise<T>} fn
 * @param {{ timeout?: number, interval?: number, what?: string }} [options]
 * @returns {Promise<Exclude<T, false | null | undefined>>}
 */
async function waitFor(fn, { timeout = 10000, interval = 50, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  /** @type {unknown} */
  let lastError;
  /** @type {unknown} */
  let lastValue;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) return /** @type {Exclude<T, false | null | undefined>} */ (value);
      lastValue = value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, interval));
  }
  if (lastError instanceof Error) {
    lastError.message = `after waiting ${timeout} ms for ${what}: ${lastError.message}`;
    throw lastError;
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last value: ${JSON.stringify(lastValue)})`);
}

/**
 * A command's result (vscode.commands.executeCommand), typed by the caller.
 * @template T
 * @param {string} command
 * @param {...unknown} args
 * @returns {Promise<T>}
 */
const run = (command, ...args) => /** @type {Promise<T>} */ (Promise.resolve(vscode.commands.executeCommand(command, ...args)));

/** The extension, activated. */
async function activate() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  await ext.activate();
  return ext;
}

/** @param {string} name a file in the fixtures workspace */
function fixtureUri(name) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures folder is open as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a fixture in an editor and waits until the language server knows it
 * (it answers a document-symbol request).
 * @param {string} name
 */
async function openFixture(name) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc);
  await activate();
  await serverReady(doc);
  return doc;
}

/**
 * Opens an untitled debate document with `content` (tests that edit work on these,
 * so the fixtures on disk never change) and waits until the server knows it.
 * @param {string} content
 */
async function openUntitled(content) {
  const doc = await vscode.workspace.openTextDocument({ language: 'debate', content });
  await vscode.window.showTextDocument(doc);
  await activate();
  await serverReady(doc);
  return doc;
}

/** @param {vscode.TextDocument} doc */
async function serverReady(doc) {
  await waitFor(
    async () => {
      /** @type {unknown[] | undefined} */
      const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return Array.isArray(symbols) && (symbols.length > 0 || doc.getText().trim() === '');
    },
    { timeout: 15000, what: `the language server to answer for ${doc.uri.toString()}` },
  );
}

/** Closes every editor without saving (untitled documents included). */
async function closeAll() {
  const open = () => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
  for (let i = 0; i < 50 && open() > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  assert.strictEqual(open(), 0, 'every editor closed');
}

/**
 * The position of `needle` in the document (its `nth` occurrence, from 0), moved `offset` characters in.
 * @param {vscode.TextDocument} doc
 * @param {string} needle
 * @param {{ nth?: number, offset?: number }} [options]
 */
function positionOf(doc, needle, { nth = 0, offset = 0 } = {}) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${nth + 1} time(s) in ${doc.uri.toString()}`);
  }
  return doc.positionAt(at + offset);
}

/**
 * The range covering `needle` (its `nth` occurrence).
 * @param {vscode.TextDocument} doc
 * @param {string} needle
 * @param {{ nth?: number }} [options]
 */
function rangeOf(doc, needle, options = {}) {
  const start = positionOf(doc, needle, options);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** `line:char-line:char`, 1-based like the editor's status bar, for readable assertions. @param {vscode.Range} r */
function showRange(r) {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** A diagnostic's rule code, whether plain or with a link to its documentation. @param {vscode.Diagnostic} d */
function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** @param {vscode.DiagnosticSeverity} s */
function severityName(s) {
  return ['error', 'warning', 'info', 'hint'][s];
}

/**
 * What a user sees in the Problems view for one document, one line per diagnostic:
 * `range severity code`, sorted by position.
 * @param {vscode.Uri} uri
 */
function problems(uri) {
  return vscode.languages
    .getDiagnostics(uri)
    .slice()
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${showRange(d.range)} ${severityName(d.severity)} ${codeOf(d)}`);
}

/**
 * Waits until the document's diagnostics are exactly `expected` (see `problems`).
 * @param {vscode.Uri} uri
 * @param {string[]} expected
 * @param {number} [timeout]
 */
async function waitForProblems(uri, expected, timeout = 10000) {
  /** @type {string[]} */
  let seen = [];
  try {
    await waitFor(
      () => {
        seen = problems(uri);
        return JSON.stringify(seen) === JSON.stringify(expected);
      },
      { timeout, what: 'diagnostics' },
    );
  } catch {
    assert.deepStrictEqual(seen, expected, `diagnostics of ${uri.toString()} after ${timeout} ms`);
  }
  return vscode.languages.getDiagnostics(uri);
}

/** The text of hover contents, joined. @param {vscode.Hover[]} hovers */
function hoverText(hovers) {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

module.exports = {
  EXTENSION_ID,
  activate,
  closeAll,
  codeOf,
  fixtureUri,
  hoverText,
  openFixture,
  openUntitled,
  positionOf,
  problems,
  rangeOf,
  run,
  serverReady,
  severityName,
  showRange,
  waitFor,
  waitForProblems,
};
