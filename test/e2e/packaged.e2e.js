// @ts-check
/// <reference types="mocha" />
// The packaged product: when the runner installed a .vsix (E2E_PACKAGED names it), the
// extension in use is that package, it holds the files it needs and nothing it should not,
// and it lints a file. A broken bundle or a file missing from .vscodeignore fails here.
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { activate, closeAll, openFixture, waitForProblems } = require('./helpers');

const packaged = process.env.E2E_PACKAGED;

/** Every file below `dir`, relative to it, with forward slashes. @param {string} dir @returns {string[]} */
function filesBelow(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

(packaged ? describe : describe.skip)('packaged extension', () => {
  afterEach(closeAll);

  it('is the installed package, with the files it needs and nothing else', async () => {
    const ext = await activate();
    const manifest = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, '.git')), `running from an installed copy, not a checkout: ${ext.extensionPath}`);
    const files = filesBelow(ext.extensionPath);
    console.log(`      ${path.basename(String(packaged))}: ${files.length} files, version ${manifest.version}`);
    for (const needed of ['package.json', 'dist/extension.js', 'dist/server.js', 'language-configuration.json']) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    // Every file the manifest points at is in the package.
    const c = manifest.contributes ?? {};
    const referenced = [
      manifest.main,
      manifest.icon,
      ...(c.languages ?? []).map((/** @type {any} */ l) => l.configuration),
      ...(c.grammars ?? []).map((/** @type {any} */ g) => g.path),
      ...(c.snippets ?? []).map((/** @type {any} */ s) => s.path),
      ...(c.jsonValidation ?? []).map((/** @type {any} */ j) => j.url),
    ].filter((p) => typeof p === 'string' && !/^https?:/.test(p));
    for (const ref of referenced) {
      const rel = path.posix.normalize(ref.replace(/^\.\//, ''));
      assert.ok(files.includes(rel) || files.includes(`${rel}.js`), `${ref} (referenced by package.json) is in the package`);
    }
    const unwanted = files.filter((f) => /^(node_modules|out|server|client|test|bench|\.cache)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
    assert.deepStrictEqual(unwanted, [], 'no sources, build output, tests or dependencies in the package');
  });

  it('activates and lints a file', async () => {
    const doc = await openFixture('problems.debate');
    const ext = vscode.extensions.getExtension('debate-notes.debate-notes');
    assert.ok(ext?.isActive);
    await waitForProblems(doc.uri, ['3:1-3:6 warning unsupported-claim', '6:12-6:18 error unknown-reference'], 15000);
  });
});
