// @ts-check
/// <reference types="mocha" />
// Which claims stand, in the editor: inlay hints, the code lens, and the cruxes command.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { closeAll, openUntitled, run, waitFor } = require('./helpers');

const DEBATE = [
  'claim safe: It is safe.',
  '  because tested: It was tested.',
  '  counter trojans: Trojans get through.',
  'claim cheap: It is cheap.',
  '  because quote: The quote says so.',
  'crux -> safe, trojans: Do trojans count?',
  '',
].join('\n');

describe('status', () => {
  afterEach(closeAll);

  it('shows each claim’s status as an inlay hint, with why as its tooltip', async () => {
    const doc = await openUntitled(DEBATE);
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    /** @type {vscode.InlayHint[]} */
    const hints = await waitFor(async () => {
      /** @type {vscode.InlayHint[]} */
      const h = await run('vscode.executeInlayHintProvider', doc.uri, range);
      return h.length === 2 ? h : undefined;
    }, { what: 'two inlay hints' });
    const label = (/** @type {vscode.InlayHint} */ h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    assert.deepStrictEqual(hints.map((h) => `${h.position.line}:${h.position.character} ${label(h)}`), [
      `0:${'claim safe: It is safe.'.length} ✗ defeated`,
      `3:${'claim cheap: It is cheap.'.length} ✓ stands`,
    ]);
  });

  it('leads the code lens with the status', async () => {
    const doc = await openUntitled(DEBATE);
    /** @type {vscode.CodeLens[]} */
    const lenses = await waitFor(async () => {
      /** @type {vscode.CodeLens[]} */
      const l = await run('vscode.executeCodeLensProvider', doc.uri);
      return l.length === 2 && l.every((x) => x.command) ? l : undefined;
    }, { what: 'two code lenses' });
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), [
      '✗ defeated · 1 reason · 1 counter · 1 crux',
      '✓ stands · 1 reason',
    ]);
  });

  it('Show Cruxes and Hinges opens a quick pick and closes without error', async () => {
    const doc = await openUntitled(DEBATE);
    await vscode.window.showTextDocument(doc);
    let settled = false;
    const done = run('debate.showCruxes').then(() => { settled = true; });
    // The command waits for a pick: dismiss the list until it has been shown and the command returns.
    await waitFor(async () => {
      await run('workbench.action.closeQuickOpen');
      return settled;
    }, { interval: 200, what: 'the cruxes quick pick to open and close' });
    await done;
  });
});
