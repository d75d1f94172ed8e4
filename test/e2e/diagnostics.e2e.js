// @ts-check
/// <reference types="mocha" />
// Diagnostics as the Problems view shows them: rule codes, ranges, severities,
// messages, and how they follow edits.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { closeAll, codeOf, openFixture, openUntitled, positionOf, rangeOf, showRange, waitForProblems } = require('./helpers');

describe('diagnostics', () => {
  afterEach(closeAll);

  it('reports each problem with its rule code, range and severity', async () => {
    const doc = await openFixture('problems.debate');
    const unknown = showRange(rangeOf(doc, 'budgte'));
    const diagnostics = await waitForProblems(doc.uri, ['3:1-3:6 warning unsupported-claim', `${unknown} error unknown-reference`]);
    const ref = diagnostics.find((d) => codeOf(d) === 'unknown-reference');
    assert.ok(ref);
    assert.match(ref.message, /`budgte`.*did you mean `budget`\?/);
    // The code links to the rule's documentation.
    assert.ok(typeof ref.code === 'object' && ref.code.target.toString().includes('rules'), `code has a link: ${JSON.stringify(ref.code)}`);
  });

  it('reports nothing for a clean file', async () => {
    const doc = await openFixture('features.debate');
    await waitForProblems(doc.uri, []);
  });

  it('follows an edit that introduces an error and one that fixes it', async () => {
    const doc = await openFixture('features.debate');
    const untitled = await openUntitled(doc.getText());
    await waitForProblems(untitled.uri, []);

    const end = untitled.lineAt(untitled.lineCount - 1).range.end;
    const broken = new vscode.WorkspaceEdit();
    broken.insert(untitled.uri, end, '\nbecause -> lanez: Cyclists spend more per month.');
    assert.ok(await vscode.workspace.applyEdit(broken));
    const [d] = await waitForProblems(untitled.uri, [`${showRange(rangeOf(untitled, 'lanez'))} error unknown-reference`]);
    assert.match(d.message, /did you mean `lanes`/);

    const fixed = new vscode.WorkspaceEdit();
    fixed.replace(untitled.uri, rangeOf(untitled, 'lanez'), 'lanes');
    assert.ok(await vscode.workspace.applyEdit(fixed));
    await waitForProblems(untitled.uri, []);
    assert.ok(untitled.getText().endsWith('because -> lanes: Cyclists spend more per month.'));
    assert.ok(positionOf(untitled, 'because -> lanes'));
  });
});
