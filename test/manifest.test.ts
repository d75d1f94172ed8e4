// The extension manifest (package.json) against what it points at: the client's source,
// the files the .vsix ships, the rule registry and the language's ID syntax.
// The client itself needs the `vscode` module, so it is checked through its source text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { analyze, formatDocument, isValidId, KEYWORDS, RULES, type SeveritySetting } from '../server/src/language';

const ROOT = path.join(__dirname, '..', '..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const json = (p: string): any => JSON.parse(read(p)); // eslint-disable-line @typescript-eslint/no-explicit-any
const pkg = json('package.json');
const contributes = pkg.contributes;
const extensionSource = read('client/src/extension.ts');

/** Every file the manifest refers to, relative to the root. */
function referencedFiles(): string[] {
  const files = [pkg.main, pkg.icon, 'dist/server.js'];
  for (const l of contributes.languages) if (l.configuration) files.push(l.configuration);
  for (const g of contributes.grammars) files.push(g.path);
  for (const s of contributes.snippets) files.push(s.path);
  for (const j of contributes.jsonValidation ?? []) if (j.url.startsWith('./')) files.push(j.url);
  return files.map((f: string) => path.posix.normalize(f));
}

describe('manifest: commands', () => {
  const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
  it('declares the restart and output commands', () => {
    for (const c of ['debate.restartServer', 'debate.showOutput']) assert.ok(declared.includes(c), c);
  });
  it('registers every declared command in the client, and declares every registered one', () => {
    const ids = [...extensionSource.matchAll(/'(debate\.[\w.]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(ids, declared);
    const registrations = extensionSource.match(/registerCommand\(/g) ?? [];
    assert.equal(registrations.length, declared.length);
  });
  it('gives every command a title in the Debate Notes category', () => {
    for (const c of contributes.commands) {
      assert.equal(c.category, 'Debate Notes', c.command);
      assert.ok(c.title.length > 0, c.command);
    }
  });
});

describe('manifest: files', () => {
  it('points at files that exist', () => {
    for (const f of referencedFiles()) assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing`);
  });
  it('ships every referenced file in the .vsix (.vscodeignore)', () => {
    const patterns = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const shipped = (f: string): boolean => {
      let included = true;
      for (const p of patterns) {
        const negated = p.startsWith('!');
        if (picomatch(negated ? p.slice(1) : p, { dot: true })(f)) included = negated;
      }
      return included;
    };
    for (const f of [...referencedFiles(), 'README.md', 'LICENSE']) assert.ok(shipped(f), `${f} is excluded from the .vsix`);
    for (const f of ['dist/cli.js.map', 'dist/server.js.map', 'server/src/lsp/server.ts', 'test/grammar/statements.debate']) {
      assert.ok(!shipped(f), `${f} would be shipped`);
    }
  });
  it('starts the server that the bundle script builds', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.match(extensionSource, /path\.join\('dist', 'server\.js'\)/);
    const bundle = read('scripts/bundle.mjs');
    assert.match(bundle, /entryPoints: \['client\/src\/extension\.ts'\], outfile: 'dist\/extension\.js', external: \['vscode'\]/);
    assert.match(bundle, /entryPoints: \['server\/src\/lsp\/server\.ts'\], outfile: 'dist\/server\.js'/);
  });
  it('registers the grammar and the Markdown injection under their own scope names', () => {
    for (const g of contributes.grammars) assert.equal(json(g.path).scopeName, g.scopeName);
    const [main, injection] = contributes.grammars;
    assert.deepEqual([main.language, main.scopeName], ['debate', 'source.debate']);
    assert.deepEqual(injection.injectTo, ['text.html.markdown']);
    assert.deepEqual(injection.embeddedLanguages, { 'meta.embedded.block.debate': 'debate' });
  });
  it('activates on .debate files and is safe in untrusted workspaces', () => {
    assert.ok(pkg.activationEvents.includes('onLanguage:debate'));
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    assert.deepEqual(contributes.languages[0].extensions, ['.debate']);
  });
});

describe('manifest: settings', () => {
  const props = contributes.configuration.properties;
  const rules = props['debate.rules'];
  it('lists every rule of the registry, and only those, with its default severity', () => {
    assert.deepEqual(Object.keys(rules.properties).sort(), RULES.map((r) => r.id).sort());
    for (const r of RULES) {
      const p = rules.properties[r.id];
      assert.deepEqual(p.enum, ['error', 'warning', 'info', 'hint', 'off'], r.id);
      assert.equal(p.default, r.defaultSeverity, r.id);
      assert.ok(p.markdownDescription.length > 0, r.id);
    }
  });
  it('accepts every severity the schema offers', () => {
    // 'claim a: x' is an unsupported claim; each setting must be honoured by the core.
    for (const s of rules.properties['unsupported-claim'].enum as SeveritySetting[]) {
      const d = analyze('claim a: x', { rules: { 'unsupported-claim': s } }).diagnostics
        .filter((x) => x.rule === 'unsupported-claim');
      assert.deepEqual(d.map((x) => x.severity), s === 'off' ? [] : [s], s);
    }
  });
  it('declares the settings the server and the client read, each described', () => {
    assert.equal(rules.type, 'object');
    assert.equal(rules.scope, 'resource');
    assert.deepEqual(props['debate.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(props['debate.inlayHints.enabled'].type, 'boolean');
    assert.equal(props['debate.inlayHints.enabled'].default, true);
    for (const [k, v] of Object.entries<{ markdownDescription?: string }>(props)) {
      assert.ok(v.markdownDescription, `${k} has no description`);
    }
  });
});

describe('manifest: language configuration and snippets', () => {
  const config = json(contributes.languages[0].configuration);
  it('uses // for line comments', () => assert.equal(config.comments.lineComment, '//'));
  it('indents with two spaces by default, the layout `debate fmt` writes', () => {
    assert.deepEqual(contributes.configurationDefaults['[debate]'], { 'editor.insertSpaces': true, 'editor.tabSize': 2 });
    assert.equal(formatDocument('claim a: x\n\tbecause b: y\n'), 'claim a: x\n  because b: y\n');
  });
  it('selects exactly an ID as a word', () => {
    const word = new RegExp(`^(?:${config.wordPattern.pattern})$`, config.wordPattern.flags);
    for (const s of ['taxes', 'uk-pilot-2022', 'v2.1', 'rule_7', 'étude', 'e\u0301tude', '税金', '2019', '-draft', 'taxes.', 'c++', 'a b', '_']) {
      assert.equal(word.test(s), isValidId(s), s);
    }
  });
  it('indents the line after a claim, and a statement\'s text split by Enter', () => {
    const rules = config.onEnterRules.map((r: { beforeText: { pattern: string; flags?: string } }) => new RegExp(r.beforeText.pattern, r.beforeText.flags));
    assert.ok(rules[0].test('  because x: some text'));
    assert.ok(!rules[0].test('// claim x: a comment'));
    assert.ok(rules[1].test('Claim x: text'));
    assert.ok(!rules[1].test('  because x: text'));
  });
  it('has snippets that expand to statements without syntax errors', () => {
    const snippets = json(contributes.snippets[0].path) as Record<string, { prefix: string; body: string[] }>;
    // The claim and counter snippets come from the server's completion (for every LSP editor); only crux is VS Code's own.
    assert.deepEqual(Object.values(snippets).map((s) => s.prefix).sort(), ['crux']);
    for (const [name, s] of Object.entries(snippets)) {
      const text = s.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
      const doc = analyze(text);
      assert.deepEqual(doc.diagnostics.filter((d) => d.rule === 'syntax-error'), [], name);
      assert.ok(doc.statements.length > 0, name);
      assert.ok(KEYWORDS.includes(doc.statements[0].kind), name);
    }
  });
});
