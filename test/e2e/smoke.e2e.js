// @ts-check
/// <reference types="mocha" />
// Smoke test: the packaged or development extension loads in a real editor.
'use strict';

const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'debate-notes.debate-notes';

describe('smoke', () => {
  it('opens a .debate file as the debate language and activates the extension', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixtures folder is open as the workspace');
    const uri = vscode.Uri.joinPath(folder.uri, 'smoke.debate');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'debate');

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await ext.activate();
    assert.ok(ext.isActive, 'extension is active');
  });
});
