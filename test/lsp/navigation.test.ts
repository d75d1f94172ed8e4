// Protocol tests for hover, go to definition, references, highlights and rename,
// against the built server. Fixtures mark the cursor with <|> and expected ranges with «…».
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Hover, Location, MarkupContent, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { showRange } from '../helpers/markers';
import { applyEdits } from '../lsp-providers/util';

let client: LspClient;
before(() => { client = new LspClient(); });
after(() => client.stop());

async function hoverAt(src: string): Promise<string | null> {
  const d = await client.open(src);
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: d.uri }, position: d.cursors[0] });
  return h ? (h.contents as MarkupContent).value : null;
}

async function checkHover(src: string, ...expected: (string | RegExp)[]): Promise<void> {
  const value = await hoverAt(src);
  assert.ok(value !== null, 'expected a hover');
  for (const e of expected) {
    if (typeof e === 'string') assert.ok(value.includes(e), `hover should contain ${JSON.stringify(e)}:\n${value}`);
    else assert.match(value, e);
  }
}

const DEBATE = `# Old town
## Weekends
claim car-free: The old town should be closed to cars at weekends.
  because air: Weekend traffic is the main source of pollution.
counter access -> car-free: People with reduced mobility would lose access.
crux -> car-free, access: Can a shuttle replace door-to-door access? See @air.
`;

function at(src: string, needle: string, offset = 0): string {
  const i = src.indexOf(needle);
  assert.ok(i >= 0, needle);
  return src.slice(0, i + offset) + '<|>' + src.slice(i + offset);
}

describe('hover', () => {
  it('explains a keyword', () => checkHover(at(DEBATE, 'claim', 2), '**claim**', 'a position someone holds'));
  it('explains a keyword written in another case', () => checkHover('CRU<|>X -> a: Q?', '**crux**', 'hinges on'));
  it('describes a statement on its ID', () => checkHover(at(DEBATE, 'car-free:', 3),
    '**claim** `car-free`', 'line 3 › Old town › Weekends', 'The old town should be closed',
    'Supported by 1 reason · countered by 1 counter · hinges on 1 crux'));
  it('describes the target of a -> reference', () => checkHover(DEBATE.replace('-> car-free:', '-> car-fr<|>ee:'),
    '**claim** `car-free`'));
  it('describes a mentioned statement', () => checkHover(at(DEBATE, '@air', 2), '**because** `air`', 'line 4', 'Supported by 0 reasons'));
  it('counts a section under a heading', () => checkHover(at(DEBATE, 'Old town', 1), '**Old town**', '1 claim · 1 reason · 1 counter · 1 crux'));
  it('points out an unknown reference with a suggestion', () => checkHover('claim taxes: x\n  because y\ncounter -> tax<|>s: z',
    'No statement has the ID `taxs`', 'Did you mean `taxes`?'));
  it('explains ->', () => checkHover('claim a: x\ncounter -<|>> a: y', '**->**', 'targets'));
  it('describes a mention from its @', () => checkHover(at(DEBATE, '@air', 0), '**because** `air`'));
  it('shows nothing on plain text', async () => assert.equal(await hoverAt('claim a: some <|>text'), null));
  it('works in a file with syntax errors', () => checkHover('claim a: x\nclam broken line\n  because b -> a: y\n#Bad heading\ncounter -> <|>a: z',
    '**claim** `a`', 'Supported by 1 reason · countered by 1 counter'));
});

async function checkLocations(method: string, src: string, extra: Record<string, unknown> = {}): Promise<void> {
  const d = await client.open(src);
  const got = await client.request<Location[] | Location | null>(method, { textDocument: { uri: d.uri }, position: d.cursors[0], ...extra });
  const list = got === null ? [] : Array.isArray(got) ? got : [got];
  for (const l of list) assert.equal(l.uri, d.uri);
  assert.deepEqual(list.map((l) => showRange(l.range)).sort(), d.ranges.map(showRange).sort());
}

describe('definition', () => {
  it('goes from a -> target to the ID', () => checkLocations('textDocument/definition', 'claim «taxes»: x\n  because y\ncounter -> ta<|>xes: z'));
  it('goes from a mention', () => checkLocations('textDocument/definition', 'claim «taxes»: x\n  because y: as in @<|>taxes.'));
  it('goes from the @ of a mention', () => checkLocations('textDocument/definition', 'claim «taxes»: x\n  because y: as in <|>@taxes.'));
  it('goes from an ID to itself', () => checkLocations('textDocument/definition', 'claim «ta<|>xes»: x'));
  it('goes to the first of duplicate definitions', () => checkLocations('textDocument/definition', 'claim «a»: x\nclaim a: y\ncounter -> <|>a: z'));
  it('finds nothing for an unknown name', () => checkLocations('textDocument/definition', 'counter -> nob<|>ody: z'));
  it('works past a syntax error', () => checkLocations('textDocument/definition', 'claim «a»: x\n  because -> : broken\nclam nope\ncounter -> <|>a: y'));
});

describe('references', () => {
  const src = 'claim «ta<|>xes»: x\n  because y: see @«taxes»\ncounter -> «taxes», other: z @«taxes»\nclaim other: w\n  because v';
  it('lists the definition, targets and mentions', () => checkLocations('textDocument/references', src, { context: { includeDeclaration: true } }));
  it('leaves out the declaration when asked', () => checkLocations('textDocument/references',
    'claim ta<|>xes: x\n  because y: see @«taxes»\ncounter -> «taxes»: z', { context: { includeDeclaration: false } }));
  it('starts from a reference too', () => checkLocations('textDocument/references',
    'claim «taxes»: x\n  because y: see @«tax<|>es»\ncounter -> «taxes»: z', { context: { includeDeclaration: true } }));
  it('does not count nested statements (no name is written)', () => checkLocations('textDocument/references',
    'claim «a<|>»: x\n  because b: y\n  counter c: z', { context: { includeDeclaration: true } }));
  it('lists the uses of an unknown name', () => checkLocations('textDocument/references',
    'claim a: x\n  because -> «nob<|>ody»: y\n  counter -> «nobody»: z', { context: { includeDeclaration: true } }));
});

describe('document highlight', () => {
  async function check(src: string, kinds: ('write' | 'read')[]): Promise<void> {
    const d = await client.open(src);
    const got = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: d.uri }, position: d.cursors[0] });
    const show = (r: Range, k?: number) => `${showRange(r)} ${k === 3 ? 'write' : k === 2 ? 'read' : k}`;
    assert.deepEqual(got.map((h) => show(h.range, h.kind)).sort(), d.ranges.map((r, i) => show(r, kinds[i] === 'write' ? 3 : 2)).sort());
  }
  it('marks the definition as a write and references as reads', () =>
    check('claim «a»: x\n  because b -> «a<|>»: y @«a»', ['write', 'read', 'read']));
  it('shows nothing on text', () => check('claim a: some <|>text', []));
});

describe('rename', () => {
  async function check(src: string, newName: string, expected: string): Promise<void> {
    const d = await client.open(src);
    const prep = await client.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', { textDocument: { uri: d.uri }, position: d.cursors[0] });
    assert.ok(prep, 'prepareRename should accept the position');
    assert.deepEqual(showRange(prep.range), showRange(d.ranges[0]));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: d.uri }, position: d.cursors[0], newName });
    assert.equal(applyEdits(d.text, edit.changes![d.uri]), expected);
  }
  async function refused(src: string, newName: string, message: RegExp): Promise<void> {
    const d = await client.open(src);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: d.uri }, position: d.cursors[0], newName }), message);
  }
  it('renames the definition, targets and mentions', () => check(
    'claim «ta<|>xes»: x\n  because y: see @taxes.\ncounter -> taxes, other: z\nclaim other: w',
    'levy', 'claim levy: x\n  because y: see @levy.\ncounter -> levy, other: z\nclaim other: w'));
  it('starts from a mention', () => check('claim a: x\n  because y: see @«<|>a»', 'b', 'claim b: x\n  because y: see @b'));
  it('accepts Unicode IDs', () => check('claim «<|>a»: x\ncounter -> a: y', 'étude', 'claim étude: x\ncounter -> étude: y'));
  it('renames only the duplicate when started on it', () => check('claim a: x\nclaim «<|>a»: y\ncounter -> a: z', 'b', 'claim a: x\nclaim b: y\ncounter -> a: z'));
  it('refuses an invalid ID', () => refused('claim <|>a: x', 'two words', /not a valid ID/));
  it('refuses an ID that is taken', () => refused('claim <|>a: x\nclaim b: y', 'b', /already the ID of the claim on line 2/));
  it('refuses to prepare on text', async () => {
    const d = await client.open('claim a: some <|>text');
    assert.equal(await client.request('textDocument/prepareRename', { textDocument: { uri: d.uri }, position: d.cursors[0] }), null);
  });
});
