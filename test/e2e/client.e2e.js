// @ts-check
/// <reference types="mocha" />
// The client's own behaviour: its commands, and restarting the server.
// (Toggling a comment depends on which widget has focus in the headless browser, so the
// language configuration is checked by test/manifest.test.ts instead.)
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { activate, closeAll, openUntitled, problems, waitFor } = require('./helpers');

describe('client', () => {
  afterEach(closeAll);

  it('registers the commands it contributes', async () => {
    const ext = await activate();
    const declared = ext.packageJSON.contributes.commands.map((/** @type {{ command: string }} */ c) => c.command);
    const registered = await vscode.commands.getCommands(true);
    for (const c of declared) assert.ok(registered.includes(c), `${c} is registered`);
  });

  it('restarts the server, which then lints again', async () => {
    const doc = await openUntitled('claim alone: Nobody has given a reason for this.\n');
    const unsupported = () => problems(doc.uri).filter((p) => p.endsWith(' unsupported-claim')).length;
    await waitFor(() => unsupported() === 1, { what: 'the first diagnostics' });
    await vscode.commands.executeCommand('debate.restartServer');
    // After a restart the new server gets the open documents again and reports them.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(1, 0), 'claim second: Nor for this.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => unsupported() === 2, { timeout: 15000, what: 'diagnostics from the restarted server' });
  });

  it('shows the output channel without failing', async () => {
    await activate();
    await vscode.commands.executeCommand('debate.showOutput');
  });
});
