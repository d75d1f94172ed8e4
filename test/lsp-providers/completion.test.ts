// Completion: what the list shows (labels, best first) and what choosing an item inserts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver';
import { MAX_ID_ITEMS, provideCompletion } from '../../server/src/lsp/completion';
import { applyEdits, load } from './util';

function complete(src: string): { items: CompletionItem[]; text: string } {
  const { doc, text, cursors } = load(src);
  assert.equal(cursors.length, 1, 'fixture: one <|> cursor');
  const items = provideCompletion(doc, { textDocument: { uri: 'file:///t.debate' }, position: cursors[0] });
  // The order a client shows when nothing else decides: sortText, then label.
  items.sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : (a.sortText ?? a.label) > (b.sortText ?? b.label) ? 1 : 0));
  return { items, text };
}

/** The labels offered, in order. */
function check(src: string, labels: string[]): void {
  assert.deepEqual(complete(src).items.map((i) => i.label), labels);
}

/** The document after choosing the item labelled `label`. */
function checkInsert(src: string, label: string, expected: string): void {
  const { items, text } = complete(src);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} among ${items.map((i) => i.label).join(', ')}`);
  assert.ok(item.textEdit && 'range' in item.textEdit);
  assert.equal(applyEdits(text, [item.textEdit]), expected);
}

const DOC = [
  'claim taxes: Taxes should rise.',
  '  because deficit: The deficit is large.',
  'claim growth: Growth matters more.',
  '  because jobs: Jobs follow growth.',
  '',
].join('\n');

const KEYWORDS = ['claim', 'because', 'counter', 'crux', 'claim … because …', 'counter … -> …'];

describe('completion: keywords', () => {
  it('offers keywords on an empty line', () => check('<|>', KEYWORDS));
  it('offers keywords after indentation', () => check('claim a: x\n  <|>', KEYWORDS));
  it('offers keywords for a keyword prefix', () => check('claim a: x\n  co<|>', KEYWORDS));
  it('offers nothing for a word that no keyword starts with', () => check('claim a: x\n    more<|>', []));
  it('offers nothing inside text', () => check('claim a: taxes c<|>', []));
  it('offers nothing on a heading', () => check('# cl<|>', []));
  it('replaces the typed prefix', () => checkInsert('claim a: x\n  bec<|>', 'because', 'claim a: x\n  because '));
  it('keeps one space when a space follows', () => checkInsert('Cla<|> a: x', 'claim', 'claim a: x'));
  it('snippet: a claim with a reason', () =>
    checkInsert('cl<|>', 'claim … because …', 'claim ${1:id}: ${2:text}\n  because ${3:reason}'));
  it('snippet: a counter offers the IDs nearest first', () =>
    checkInsert(DOC + '<|>', 'counter … -> …', DOC + 'counter ${1:id} -> ${2|jobs,growth,deficit,taxes|}: ${3:text}'));
  it('snippet: a counter in an empty file', () =>
    checkInsert('<|>', 'counter … -> …', 'counter ${1:id} -> ${2:target}: ${3:text}'));
});

describe('completion: targets', () => {
  it('offers every ID after -> on a half-typed line, nearest first', () =>
    check(DOC + 'counter x -> <|>', ['jobs', 'growth', 'deficit', 'taxes']));
  it('puts prefix matches first, then the rest nearest first', () =>
    check(DOC + 'because -> ta<|>', ['taxes', 'jobs', 'growth', 'deficit']));
  it('fuzzy matches come before the rest', () =>
    check(DOC + 'because -> dft<|>', ['deficit', 'jobs', 'growth', 'taxes']));
  it("leaves out the statement's own ID", () =>
    check('claim taxes: x\nclaim jobs: y\ncounter jobs2 -> <|>\nclaim jobs2: z', ['jobs', 'taxes']));
  it('own ID excluded when it is also defined', () =>
    check('claim taxes: x\ncounter growth -> <|>\nclaim growth: y', ['taxes']));
  it('offers IDs after a comma, without those already listed', () =>
    check(DOC + 'crux -> taxes, <|>', ['jobs', 'growth', 'deficit']));
  it('works inside a finished header too', () =>
    check(DOC + 'crux -> taxes, gr<|>: Is it elastic?', ['growth', 'jobs', 'deficit']));
  it('replaces the whole ID under the cursor', () =>
    checkInsert('claim taxes: x\ncounter -> ta<|>xs: y', 'taxes', 'claim taxes: x\ncounter -> taxes: y'));
  it('shows kind and text', () => {
    const item = complete(DOC + 'counter -> <|>').items.find((i) => i.label === 'deficit')!;
    assert.equal(item.detail, 'because: The deficit is large.');
    assert.equal(item.documentation, 'The deficit is large.');
  });
  it('offers nothing after the header is closed', () => check(DOC + 'counter -> taxes: grow<|>', []));
  it('offers nothing after a space following an ID', () => check(DOC + 'counter -> taxes <|>', []));
});

describe('completion: mentions', () => {
  it('offers IDs after @ in text', () => check(DOC + 'counter -> taxes: see @gr<|>', ['growth', 'jobs', 'deficit', 'taxes']));
  it('offers IDs after @ on a continuation line, without its own statement', () =>
    check('claim taxes: x\nclaim jobs: y\n    like @<|>', ['taxes']));
  it('not after a word character (an e-mail address)', () => check(DOC + 'claim m: mail bob@<|>', []));
  it('not after a letter outside the BMP, as the parser reads mentions', () => check(DOC + 'claim m: mail 𝐀@<|>', []));
  it('not in a comment', () => check(DOC + '// see @<|>', []));
});

describe('completion: directives', () => {
  it('offers rule names, without those already listed', () => {
    const labels = complete('// debate-disable-next-line unsupported-claim, <|>\nclaim a: x').items.map((i) => i.label);
    assert.ok(labels.includes('unknown-reference'));
    assert.ok(!labels.includes('unsupported-claim'));
  });
  it('offers IDs in a debate-expect comment', () => check(DOC + '// debate-expect ta<|>', ['taxes', 'jobs', 'growth', 'deficit']));
  it('then the statuses', () => check(DOC + '// debate-expect taxes: <|>', ['stands', 'defeated', 'contested', 'unsupported']));
});

describe('completion in a large file', () => {
  it('offers at most MAX_ID_ITEMS IDs, nearest first', () => {
    const lines: string[] = [];
    for (let i = 0; i < 500; i++) lines.push(`claim c${i}: Claim number ${i}.`);
    lines.push('counter -> <|>');
    const { items } = complete(lines.join('\n'));
    assert.equal(items.length, MAX_ID_ITEMS);
    assert.deepEqual(items.slice(0, 3).map((i) => i.label), ['c499', 'c498', 'c497']);
  });
});
