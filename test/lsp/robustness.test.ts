// The server must answer every request, whatever the position, document or timing,
// and keep running. Also one end-to-end smoke test per editing provider.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource, type CodeAction, type CompletionItem, type CompletionList, type FoldingRange, type Hover,
  type MarkupContent, type SelectionRange, type SemanticTokens, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';

let client: LspClient;
before(() => { client = new LspClient(); });
after(() => client.stop());

const SRC = 'claim taxes: Taxes should rise.\n  because deficit: The deficit is large.\ncounter -> taxs: Growth would suffer.\n';

/** Every position-taking request, with the extra parameters each needs. */
const POSITION_REQUESTS: [string, Record<string, unknown>][] = [
  ['textDocument/hover', {}],
  ['textDocument/definition', {}],
  ['textDocument/references', { context: { includeDeclaration: true } }],
  ['textDocument/documentHighlight', {}],
  ['textDocument/prepareRename', {}],
  ['textDocument/rename', { newName: 'fresh' }],
  ['textDocument/completion', {}],
];
const DOCUMENT_REQUESTS: [string, Record<string, unknown>][] = [
  ['textDocument/documentSymbol', {}],
  ['textDocument/codeLens', {}],
  ['textDocument/foldingRange', {}],
  ['textDocument/semanticTokens/full', {}],
  ['textDocument/formatting', { options: { tabSize: 2, insertSpaces: true } }],
  ['textDocument/codeAction', { range: { start: { line: 99, character: 0 }, end: { line: 99, character: 5 } }, context: { diagnostics: [] } }],
  ['textDocument/selectionRange', { positions: [{ line: 99, character: 3 }, { line: -1, character: 0 }] }],
  ['textDocument/inlayHint', { range: { start: { line: 99, character: 0 }, end: { line: 120, character: 0 } } }],
  ['debate/cruxes', {}],
];

/** An empty answer: null, an empty list, or empty semantic tokens. */
function isEmpty(r: unknown): boolean {
  if (r === null || r === undefined) return true;
  if (Array.isArray(r)) return r.length === 0;
  if (typeof r === 'object' && 'data' in (r as object)) return (r as SemanticTokens).data.length === 0;
  if (typeof r === 'object' && 'items' in (r as object)) return (r as CompletionList).items.length === 0;
  return false;
}

async function stillAnswers(): Promise<void> {
  const d = await client.open('claim <|>a: x');
  const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: d.uri }, position: d.cursors[0] });
  assert.match((h.contents as MarkupContent).value, /\*\*claim\*\* `a`/);
  assert.ok(client.alive);
}

describe('robustness', () => {
  for (const [method, extra] of POSITION_REQUESTS) {
    it(`${method}: out-of-range positions get an empty answer`, async () => {
      const d = await client.open(SRC);
      for (const position of [{ line: 99, character: 0 }, { line: 0, character: 999 }, { line: -1, character: -1 }, { line: 1.5, character: 0 }]) {
        const r = await client.request(method, { textDocument: { uri: d.uri }, position, ...extra });
        // A position past the end of a line is clamped to it, so only out-of-document lines must be empty.
        if (position.line !== 0) assert.ok(isEmpty(r), `${method} at ${JSON.stringify(position)}: ${JSON.stringify(r)}`);
      }
    });
  }
  for (const [method, extra] of [...POSITION_REQUESTS, ...DOCUMENT_REQUESTS]) {
    it(`${method}: an unknown document gets an empty answer`, async () => {
      const r = await client.request(method, { textDocument: { uri: 'file:///never-opened.debate' }, position: { line: 0, character: 0 }, ...extra });
      assert.ok(isEmpty(r), JSON.stringify(r));
    });
  }
  it('survives requests with missing parameters', async () => {
    for (const [method] of [...POSITION_REQUESTS, ...DOCUMENT_REQUESTS]) {
      const r = await client.request(method, {}).catch((e: Error) => e);
      assert.ok(r instanceof Error || isEmpty(r), `${method}: ${JSON.stringify(r)}`);
    }
    await stillAnswers();
  });
  it('answers a cancelled request with a cancellation error, an empty or a correct result', async () => {
    const d = await client.open(SRC);
    const source = new CancellationTokenSource();
    source.cancel();
    const r = await client.request('textDocument/references', { textDocument: { uri: d.uri }, position: { line: 0, character: 7 }, context: { includeDeclaration: true } }, source)
      .catch((e: Error) => e);
    // The cancel notification may arrive after the answer was computed: then the answer stands.
    assert.ok(r instanceof Error ? /cancel/i.test(r.message) : Array.isArray(r) && (r.length === 0 || r.length === 1), JSON.stringify(r));
    const ws = await client.request('workspace/symbol', { query: 'tax' }, source).catch((e: Error) => e);
    assert.ok(ws instanceof Error ? /cancel/i.test(ws.message) : Array.isArray(ws), String(ws));
    await stillAnswers();
  });
  it('reads the latest text right after an edit, before diagnostics are published', async () => {
    const d = await client.open('claim a: x');
    await client.change(d.uri, 'claim a: x\n  because fresh: y');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: 1, character: 12 } });
    assert.match((h.contents as MarkupContent).value, /\*\*because\*\* `fresh`/);
  });
  it('answers requests on a document closed in the meantime with empty results', async () => {
    const d = await client.open(SRC);
    await client.close(d.uri);
    const r = await client.request('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: 0, character: 7 } });
    assert.equal(r, null);
    await stillAnswers();
  });
});

describe('editing providers, end to end', () => {
  it('completion offers IDs after ->', async () => {
    const d = await client.open('claim taxes: x\n  because deficit: y\ncounter -> <|>');
    const r = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: d.uri }, position: d.cursors[0] });
    const items = Array.isArray(r) ? r : r.items;
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('taxes') && labels.includes('deficit'), labels.join(', '));
  });
  it('code actions fix an unknown reference', async () => {
    const d = await client.open(SRC);
    const p = await client.diagnostics(d.uri, { version: 1 });
    const diag = p.diagnostics.find((x) => x.code === 'unknown-reference');
    assert.ok(diag);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: d.uri }, range: diag.range, context: { diagnostics: [diag] } });
    const edits = actions.flatMap((a) => a.edit?.changes?.[d.uri] ?? []);
    assert.ok(edits.some((e) => e.newText === 'taxes'), JSON.stringify(actions.map((a) => a.title)));
  });
  it('folding covers a claim and its reasons', async () => {
    const d = await client.open('claim a: x\n  because b: y\n  because c: z\n');
    const r = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: d.uri } });
    assert.ok(r.some((f) => f.startLine === 0 && f.endLine === 2), JSON.stringify(r));
  });
  it('selection ranges grow from an ID', async () => {
    const d = await client.open('claim a: x\n  because b<|>b: y');
    const [r] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: d.uri }, positions: d.cursors });
    let depth = 0;
    for (let s: SelectionRange | undefined = r; s; s = s.parent) depth++;
    assert.ok(depth >= 2, JSON.stringify(r));
    assert.deepEqual(r.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } });
  });
  it('semantic tokens mark keywords', async () => {
    const d = await client.open('claim a: x\n  because -> a: y');
    const r = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: d.uri } });
    assert.equal(r.data.length % 5, 0);
    // First token: line 0, char 0, length 5 (`claim`).
    assert.deepEqual(r.data.slice(0, 3), [0, 0, 5]);
  });
  it('formatting re-indents', async () => {
    const d = await client.open('claim a: x\n      because b: y\n');
    const r = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: d.uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(r.some((e) => e.newText.includes('  because b: y') && !e.newText.includes('      because')), JSON.stringify(r));
  });
});
