// @ts-check
/// <reference types="mocha" />
// Writing a file: completion after `->`, rename, quick fixes, formatting.
// Every test edits an untitled copy, so the fixtures on disk never change.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { closeAll, codeOf, openFixture, openUntitled, positionOf, rangeOf, run, showRange, waitFor, waitForProblems } = require('./helpers');

/** An untitled copy of a fixture. @param {string} name */
async function copyOf(name) {
  const original = await openFixture(name);
  return openUntitled(original.getText());
}

/** @param {vscode.CompletionItem} item */
const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('editing', () => {
  afterEach(closeAll);

  it('completion after `->` offers the IDs in the file', async () => {
    const doc = await copyOf('features.debate');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '\ncounter -> ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const at = doc.lineAt(doc.lineCount - 1).range.end;
    /** @type {vscode.CompletionList} */
    const list = await waitFor(async () => {
      /** @type {vscode.CompletionList} */
      const l = await run('vscode.executeCompletionItemProvider', doc.uri, at, '>');
      return l.items.some((i) => labelOf(i) === 'lanes') && l;
    }, { what: 'ID completions' });
    const labels = list.items.map(labelOf);
    for (const id of ['lanes', 'safety', 'trade', 'parking', 'survey']) assert.ok(labels.includes(id), `${id} offered; got ${labels.join(', ')}`);
    assert.ok(!labels.includes('claim'), 'no keywords after ->');
  });

  it('rename changes the ID and every place it is written', async () => {
    const doc = await copyOf('features.debate');
    const expected = doc
      .getText()
      .replace('counter parking:', 'counter car-parking:')
      .replace('crux -> lanes, parking:', 'crux -> lanes, car-parking:')
      .replace('counter -> parking:', 'counter -> car-parking:');
    /** @type {vscode.WorkspaceEdit} */
    const edit = await run('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'parking:'), 'car-parking');
    assert.strictEqual(edit.get(doc.uri).length, 3, 'declaration, crux target and counter target');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(doc.getText(), expected);
    assert.match(doc.getText(), /counter car-parking: Shops lose/);
    assert.match(doc.getText(), /crux -> lanes, car-parking:/);
    assert.match(doc.getText(), /counter -> car-parking: Side streets keep parking, see @survey\./);
  });

  it('quick fix: change an unknown target to the suggested ID', async () => {
    const doc = await copyOf('problems.debate');
    const diagnostics = await waitForProblems(doc.uri, ['3:1-3:6 warning unsupported-claim', `${showRange(rangeOf(doc, 'budgte'))} error unknown-reference`]);
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-reference');
    assert.ok(unknown);
    /** @type {vscode.CodeAction[]} */
    const actions = await run('vscode.executeCodeActionProvider', doc.uri, unknown.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Change to `budget`');
    assert.ok(fix && fix.edit, `a "Change to \`budget\`" fix among: ${titles.join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /^counter -> budget: The grant ends next year\.$/m);
    // The counter now attacks `budget`, which stands defeated.
    await waitForProblems(doc.uri, ['3:1-3:6 warning unsupported-claim', '4:1-4:6 info defeated-claim']);
  });

  it('quick fix: add a reason under an unsupported claim', async () => {
    const doc = await copyOf('problems.debate');
    const [warning] = await waitFor(() => {
      const w = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'unsupported-claim');
      return w.length > 0 && w;
    }, { what: 'the unsupported-claim warning' });
    /** @type {vscode.CodeAction[]} */
    const actions = await run('vscode.executeCodeActionProvider', doc.uri, warning.range);
    const fix = actions.find((a) => a.title === 'Add a `because` under this claim');
    assert.ok(fix && fix.edit, `an "Add a because" fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /^claim alone: Nobody has given a reason for this\.\n  because TODO\nclaim budget:/m);
    await waitForProblems(doc.uri, [`${showRange(rangeOf(doc, 'budgte'))} error unknown-reference`]);
  });

  it('format document fixes indentation and spacing', async () => {
    const doc = await copyOf('messy.debate');
    /** @type {vscode.TextEdit[]} */
    const edits = await run('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(edits.length > 0, 'the formatter changes something');
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(
      doc.getText(),
      '# Layout\nclaim tidy: Formatting fixes spacing.\n  because rule: Nested lines use two spaces per level.\n',
    );
    /** @type {vscode.TextEdit[] | undefined} */
    const again = await run('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
    assert.strictEqual(again?.length ?? 0, 0, 'formatting is idempotent');
  });
});
