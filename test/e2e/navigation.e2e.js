// @ts-check
/// <reference types="mocha" />
// Reading a file: hover, go to definition, find references, the outline.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { closeAll, hoverText, openFixture, positionOf, rangeOf, run, showRange, waitFor } = require('./helpers');

describe('navigation', () => {
  afterEach(closeAll);

  it('hover on a target shows the statement it names and how it is argued', async () => {
    const doc = await openFixture('features.debate');
    const at = positionOf(doc, 'lanes, parking', { offset: 'lanes, '.length + 2 });
    const text = await waitFor(async () => hoverText(await run('vscode.executeHoverProvider', doc.uri, at)), { what: 'a hover' });
    assert.match(text, /\*\*counter\*\* `parking` · line 6 › Bike lanes/);
    assert.match(text, /> Shops lose the customers who arrive by car\./);
    assert.match(text, /Supported by 0 reasons · countered by 2 counters · hinges on 1 crux/);
  });

  it('hover on a keyword explains it', async () => {
    const doc = await openFixture('features.debate');
    const text = hoverText(await run('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'because safety', { offset: 2 })));
    assert.match(text, /^\*\*because\*\*: a reason\. It \*supports\* its target/);
  });

  it('go to definition from a mention lands on the ID', async () => {
    const doc = await openFixture('features.debate');
    /** @type {Array<vscode.Location | vscode.LocationLink>} */
    const defs = await run('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '@survey', { offset: 3 }));
    assert.strictEqual(defs.length, 1);
    const d = defs[0];
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const range = 'targetRange' in d ? d.targetRange : d.range;
    assert.strictEqual(uri.toString(), doc.uri.toString());
    assert.strictEqual(showRange(range), showRange(rangeOf(doc, 'survey')));
  });

  it('find references lists the declaration, the targets and the mentions', async () => {
    const doc = await openFixture('features.debate');
    /** @type {vscode.Location[]} */
    const refs = await run('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'parking:'));
    const shown = refs.map((r) => showRange(r.range)).sort();
    const expected = [rangeOf(doc, 'parking'), rangeOf(doc, 'parking', { nth: 1 }), rangeOf(doc, 'parking', { nth: 2 })].map(showRange).sort();
    assert.deepStrictEqual(shown, expected);
    for (const r of refs) assert.strictEqual(r.uri.toString(), doc.uri.toString());
  });

  it('the code lens above a claim lists its statements with VS Code\'s own types', async () => {
    const doc = await openFixture('features.debate');
    /** @type {vscode.CodeLens[]} */
    const lenses = await waitFor(async () => {
      const l = await run('vscode.executeCodeLensProvider', doc.uri);
      return l && l.length ? l : undefined;
    }, { what: 'code lenses' });
    const lens = lenses.find((l) => l.range.start.line === positionOf(doc, 'claim lanes').line);
    assert.ok(lens && lens.command, 'a lens above claim lanes');
    assert.match(lens.command.title, /2 reasons/);
    assert.strictEqual(lens.command.command, 'editor.action.showReferences');
    // showReferences throws on plain JSON: the client must hand it a Uri, a Position and Locations.
    const [uri, position, locations] = /** @type {[unknown, unknown, unknown[]]} */ (lens.command.arguments);
    assert.ok(uri instanceof vscode.Uri, 'a Uri');
    assert.ok(position instanceof vscode.Position, 'a Position');
    assert.ok(locations.length >= 2 && locations.every((l) => l instanceof vscode.Location), 'Locations');
    await run('editor.action.showReferences', uri, position, locations);
  });

  it('the outline nests headings, claims, reasons and counters', async () => {
    const doc = await openFixture('features.debate');
    /** @type {vscode.DocumentSymbol[]} */
    const symbols = await run('vscode.executeDocumentSymbolProvider', doc.uri);
    /** @param {vscode.DocumentSymbol[]} list @param {string} indent @returns {string[]} */
    const tree = (list, indent = '') => list.flatMap((s) => [`${indent}${s.name}`, ...tree(s.children ?? [], indent + '  ')]);
    assert.deepStrictEqual(tree(symbols), [
      'Bike lanes',
      '  lanes',
      '    safety',
      '    trade',
      '      parking',
      '        survey',
      'Open questions',
      '  How many shoppers arrive by car?',
      '  Side streets keep parking, see @survey.',
    ]);
    const lanes = symbols[0].children[0];
    assert.strictEqual(lanes.kind !== symbols[0].kind, true, 'a claim and a heading have different icons');
    assert.strictEqual(showRange(lanes.selectionRange), showRange(rangeOf(doc, 'lanes', { nth: 1 })), 'the claim is selected by its ID');
  });
});
