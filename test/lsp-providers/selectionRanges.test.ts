// Smart selection: the text selected at each step of "expand selection", innermost first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range, SelectionRange } from 'vscode-languageserver';
import { provideSelectionRanges } from '../../server/src/lsp/selectionRanges';
import { load, offsetAt } from './util';

function check(src: string, steps: string[]): void {
  const { doc, text, cursors } = load(src);
  const [sel] = provideSelectionRanges(doc, { textDocument: { uri: 'file:///t.debate' }, positions: cursors });
  const shown: string[] = [];
  const slice = (r: Range) => text.slice(offsetAt(text, r.start), offsetAt(text, r.end));
  for (let s: SelectionRange | undefined = sel; s; s = s.parent) shown.push(slice(s.range));
  assert.deepEqual(shown, steps);
}

const L = (...ls: string[]) => ls.join('\n');
const DOC = ['# Tax', 'claim taxes: Taxes should rise.', '  because deficit -> taxes: The deficit', '      is large.', '  counter growth: No.', '', '# Other', 'claim z: q'];

describe('selection ranges', () => {
  it('from a target: ID, header, line, statement, with children, parent with children, section, document', () =>
    check(L(DOC[0], DOC[1], '  because deficit -> ta<|>xes: The deficit', ...DOC.slice(3)), [
      'taxes',
      'because deficit -> taxes:',
      'because deficit -> taxes: The deficit',
      'because deficit -> taxes: The deficit\n      is large.',
      L(...DOC.slice(1, 5)),
      L(...DOC.slice(0, 5)),
      L(...DOC),
    ]));
  it('from a word of the text of a continuation line', () =>
    check(L(...DOC.slice(0, 3), '      is l<|>arge.', ...DOC.slice(4)), [
      'large',
      'is large.',
      'because deficit -> taxes: The deficit\n      is large.',
      L(...DOC.slice(1, 5)),
      L(...DOC.slice(0, 5)),
      L(...DOC),
    ]));
  it('from a keyword of a statement without header', () =>
    check(L('claim a: x', '  bec<|>ause it is so', 'claim b: y'), [
      'because', 'because it is so', 'claim a: x\n  because it is so', L('claim a: x', '  because it is so', 'claim b: y'),
    ]));
  it('from a mention: name, then with its @', () =>
    check(L('claim a: x', 'claim b: like @a<|> said'), ['a', '@a', 'claim b: like @a said', L('claim a: x', 'claim b: like @a said')]));
  it('from a heading title', () =>
    check(L('# Our c<|>ase', 'claim a: x', '## Sub', 'claim b: y'), [
      'case', 'Our case', '# Our case', L('# Our case', 'claim a: x', '## Sub', 'claim b: y'),
    ]));
  it('one result per position', () => {
    const { doc } = load('claim a: x\nclaim b: y');
    const r = provideSelectionRanges(doc, { textDocument: { uri: 'file:///t' }, positions: [{ line: 0, character: 1 }, { line: 1, character: 7 }] });
    assert.deepEqual(r.map((s) => s.range.start.line), [0, 1]);
  });
});
