// Statuses in the editor: inlay hints (and their setting), the status in hover, code lens and
// outline, and the `debate/cruxes` request. Pure providers first, then over the protocol.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, DocumentSymbol, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/language';
import { provideCruxes, type CruxesResult } from '../../server/src/lsp/cruxes';
import { provideInlayHints } from '../../server/src/lsp/inlayHints';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { LspClient } from '../helpers/lspClient';
import { extract } from '../helpers/markers';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

// <|> marks where each claim's hint goes: the end of the claim, continuation lines included.
const SRC = [
  'claim safe: It is safe.<|>',
  '  because tested: It was tested.',
  '  counter trojans: Trojans.',
  'claim cheap: It is cheap,',
  '    honestly.<|>',
  '  counter pricey: It is not.',
  '    counter quote: The quote says otherwise.',
  'claim tied: A tie.<|>',
  '  because r: R.',
  '  counter x -> tied, y: X.',
  'counter y -> x: Y.',
  'claim fine: Fine.<|>',
  '  because ok: OK.',
  'crux -> tied, x: Who is right?',
].join('\n');

const EXPECTED = [
  ['✗ defeated', 'defeated: counter `trojans` stands — nothing answers it'],
  ['○ stands, unsupported', 'stands, unsupported: counter `pricey` is defeated by `quote`, which stands — nothing answers it'],
  ['? contested', 'contested: counter `x` is contested — `y` and `x` counter each other'],
  ['✓ stands', 'stands: because `ok` stands; nothing counters it'],
];

function render(hints: InlayHint[]): string[][] {
  return hints.map((h) => [`${h.position.line}:${h.position.character}`, String(h.label), (h.tooltip as MarkupContent).value]);
}

describe('inlay hints (provider)', () => {
  const { text, cursors } = extract(SRC);
  it('puts each claim’s status after it, with the derivation as tooltip', () => {
    assert.deepEqual(render(provideInlayHints(analyze(text), { range: WHOLE })),
      EXPECTED.map(([label, why], i) => [`${cursors[i].line}:${cursors[i].character}`, label, why]));
  });
  it('only answers for the requested lines', () => {
    const hints = provideInlayHints(analyze(text), { range: { start: { line: 3, character: 0 }, end: { line: 8, character: 0 } } });
    assert.deepEqual(hints.map((h) => h.label), ['○ stands, unsupported', '? contested']);
  });
  it('the setting is on unless turned off', () => {
    assert.equal(normalizeSettings({}).inlayHints.enabled, true);
    assert.equal(normalizeSettings({ inlayHints: { enabled: false } }).inlayHints.enabled, false);
    assert.equal(normalizeSettings({ inlayHints: { enabled: 'no' } }).inlayHints.enabled, true);
  });
});

describe('debate/cruxes (provider)', () => {
  it('lists the cruxes with their targets, and the hinges with the claims they flip', () => {
    const { text } = extract(SRC);
    const r: CruxesResult = provideCruxes(analyze(text), { textDocument: { uri: 'file:///d.debate' } }, 'file:///d.debate');
    assert.deepEqual(r.cruxes.map((c) => [c.location.range.start.line, c.targets.map((t) => `${t.name} ${t.label}`)]), [
      [13, ['claim `tied` ? contested', 'counter `x` ? contested']],
    ]);
    assert.deepEqual(r.hinges.map((h) => `${h.name}: ${h.flips.map((f) => `${f.name} ${f.change}`).join(', ')}`), [
      'counter `trojans`: claim `safe` defeated → stands',
      'counter `quote`: claim `cheap` stands, unsupported → defeated',
      'counter `x`: claim `tied` contested → stands',
      'counter `y`: claim `tied` contested → defeated',
    ]);
    assert.equal(r.hinges[0].location.uri, 'file:///d.debate');
  });
});

describe('statuses over the protocol', () => {
  let client: LspClient;
  before(() => { client = new LspClient(); });
  after(() => client.stop());

  it('advertises inlay hints and answers them', async () => {
    const init = await client.initializeResult;
    assert.ok(init.capabilities.inlayHintProvider);
    const d = await client.open(SRC);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: d.uri }, range: WHOLE });
    assert.deepEqual(hints.map((h) => h.label), EXPECTED.map((e) => e[0]));
  });

  it('shows the status and why in the hover of a claim', async () => {
    const d = await client.open('claim sa<|>fe: It is safe.\n  because tested: Tested.\n  counter trojans: Trojans.');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: d.uri }, position: d.cursors[0] });
    const value = (h.contents as MarkupContent).value;
    assert.ok(value.includes('✗ **defeated**: counter `trojans` stands — nothing answers it'), value);
  });

  it('leads the code lens and the outline detail with the status', async () => {
    const d = await client.open('claim a: A.\n  counter k: K.');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: d.uri } });
    assert.deepEqual(lenses.map((l) => l.command?.title), ['✗ defeated · no reasons yet · 1 counter']);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: d.uri } });
    assert.equal(symbols[0].detail, '✗ defeated · A.');
  });

  it('answers debate/cruxes for an open document', async () => {
    const d = await client.open(extract(SRC).text);
    const r = await client.request<CruxesResult>('debate/cruxes', { textDocument: { uri: d.uri } });
    assert.equal(r.cruxes.length, 1);
    assert.equal(r.hinges.length, 4);
    assert.equal(r.hinges[0].location.uri, d.uri);
  });

  it('turns inlay hints off with debate.inlayHints.enabled', async () => {
    await client.setConfiguration({ '*': { inlayHints: { enabled: false } } });
    const d = await client.open(extract(SRC).text);
    await client.diagnostics(d.uri, { version: 1 }); // settings for it have been read
    const off = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: d.uri }, range: WHOLE });
    assert.deepEqual(off, []);
    const n = client.publishCount(d.uri);
    await client.setConfiguration({ '*': {} });
    await client.diagnostics(d.uri, { after: n });
    const on = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: d.uri }, range: WHOLE });
    assert.equal(on.length, 4);
  });
});
