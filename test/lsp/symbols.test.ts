// Protocol tests for the outline, workspace symbols and the claim code lens.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, DocumentSymbol, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { workspace } from '../cli/helpers';
import { LspClient } from '../helpers/lspClient';
import { showRange } from '../helpers/markers';

const KIND: Record<number, string> = { 3: 'heading', 5: 'claim', 8: 'because', 24: 'counter', 20: 'crux' };

let client: LspClient;
let dir: string;
before(() => {
  dir = workspace({
    'one.debate': '# Budget\nclaim levy-on-disk: A levy.\n  because revenue: It raises money.\n',
    'sub/two.debate': 'claim fares: Free fares.\n  because ridership: More riders.\n',
    'node_modules/skip.debate': 'claim skipped-dep: x\n',
    'notes.txt': 'claim not-debate: x\n',
  });
  client = new LspClient({ workspaceFolders: [pathToFileURL(dir).toString()] });
});
after(() => client.stop());

describe('document symbols', () => {
  function render(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((s) => [`${'  '.repeat(depth)}${KIND[s.kind] ?? s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...render(s.children ?? [], depth + 1)]);
  }
  async function check(src: string, expected: string): Promise<DocumentSymbol[]> {
    const d = await client.open(src);
    const got = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: d.uri } });
    assert.deepEqual(render(got), expected.trim().split('\n'));
    // Every child lies inside its parent, and the name's range inside the symbol's.
    const inside = (a: DocumentSymbol['range'], b: DocumentSymbol['range']) =>
      (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character))
      && (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    const walk = (s: DocumentSymbol): void => {
      assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection range outside range`);
      for (const c of s.children ?? []) { assert.ok(inside(c.range, s.range), `${c.name} outside ${s.name}`); walk(c); }
    };
    got.forEach(walk);
    return got;
  }
  it('nests headings, claims and the statements under them', async () => { await check(`
claim top: Before any heading.
  because r0: A reason.
# Motion
claim motion: Work four days.
  because productivity: Output per hour rises.
    counter volunteers: The firms volunteered,
        so they were keen.
      because Trials in ordinary workplaces worked too.
## Open questions
crux -> motion: Does output rise enough?
# Rebuttals
counter -> productivity: Only in some sectors.`, `
claim top — ✓ stands · Before any heading.
  because r0 — A reason.
heading Motion
  claim motion — ✗ defeated · Work four days.
    because productivity — Output per hour rises.
      counter volunteers — The firms volunteered, so they were keen.
        because Trials in ordinary workplaces worked to… — because
  heading Open questions
    crux Does output rise enough? — crux
heading Rebuttals
  counter Only in some sectors. — counter`); });
  it('keeps the outline of a file with syntax errors', async () => { await check(`
#Bad heading
claim a: x
clam nope
  because -> : broken header
# Good
counter -> a: y`, `
claim a — ✗ defeated · x
  because broken header — because
heading Good
  counter y — counter`); });
});

describe('workspace symbols', () => {
  async function names(query: string): Promise<string[]> {
    const got = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    return got.map((s) => `${KIND[s.kind] ?? s.kind} ${s.name} ${path.basename(s.location.uri)}`).sort();
  }
  it('finds named statements and headings in workspace files, skipping dependencies', async () => {
    assert.deepEqual(await names('rev'), ['because revenue one.debate']);
    assert.deepEqual(await names('fares'), ['claim fares two.debate']);
    assert.deepEqual(await names('skipped'), []);
    assert.deepEqual(await names('not-debate'), []);
    assert.deepEqual(await names('Budg'), ['heading Budget one.debate']);
  });
  it('matches a subsequence, case-insensitively', async () => {
    assert.deepEqual(await names('LvyOnD'), ['claim levy-on-disk one.debate']);
  });
  it('follows files created, changed and deleted on disk', async () => {
    const file = path.join(dir, 'sub', 'three.debate');
    const uri = pathToFileURL(file).toString();
    const notify = (type: number) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
    writeFileSync(file, 'claim parking-levy: A parking levy.\n');
    await notify(1);
    assert.deepEqual(await names('parking'), ['claim parking-levy three.debate']);
    writeFileSync(file, 'claim parking-charge: A parking charge.\n');
    await notify(2);
    assert.deepEqual(await names('parking'), ['claim parking-charge three.debate']);
    rmSync(file);
    await notify(3);
    assert.deepEqual(await names('parking'), []);
  });
  it('prefers the open document over its copy on disk', async () => {
    const uri = pathToFileURL(path.join(dir, 'one.debate')).toString();
    await client.open('claim levy-edited: A levy.\n  because revenue: It raises money.\n', uri);
    assert.deepEqual(await names('levy'), ['claim levy-edited one.debate']);
    await client.close(uri);
  });
});

describe('code lens', () => {
  async function check(src: string, expected: { title: string; refs: number }[]): Promise<void> {
    const d = await client.open(src);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: d.uri } });
    assert.equal(lenses.length, expected.length);
    lenses.forEach((l, i) => {
      assert.equal(l.command?.title, expected[i].title);
      assert.equal(showRange(l.range), showRange(d.ranges[i]));
      if (expected[i].refs === 0) return;
      assert.equal(l.command?.command, 'editor.action.showReferences');
      const [uri, pos, locations] = l.command!.arguments as [string, unknown, Location[]];
      assert.equal(uri, d.uri);
      assert.deepEqual(pos, d.ranges[i].start);
      assert.equal(locations.length, expected[i].refs);
    });
  }
  it('counts reasons, counters and cruxes, nested or by ->', () => check(
    '«claim» a: x\n  because b: y\n  because c: z\n  counter d: w\ncrux -> a: Q?\ncounter -> d: v\n«claim» e: u',
    [{ title: '✓ stands · 2 reasons · 1 counter · 1 crux', refs: 4 }, { title: '○ stands, unsupported · no reasons yet', refs: 0 }]));
  it('says when a claim has only counters', () => check('«claim» a: x\n  counter b: y', [{ title: '✗ defeated · no reasons yet · 1 counter', refs: 1 }]));
  it('lists each source once', () => check('«claim» a: x\ncrux -> a, a: Q?\n  because y', [{ title: '○ stands, unsupported · no reasons yet · 1 crux', refs: 1 }]));
});
