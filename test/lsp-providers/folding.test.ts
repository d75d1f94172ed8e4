// Folding: the line spans a user can fold, as `first-last` (`comment` for comment runs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provideFoldingRanges } from '../../server/src/lsp/folding';
import { load } from './util';

function check(src: string, spans: string[]): void {
  const { doc } = load(src);
  const actual = provideFoldingRanges(doc).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ' ' + r.kind : ''}`);
  assert.deepEqual(actual, spans);
}

const L = (...ls: string[]) => ls.join('\n');

describe('folding', () => {
  it('a statement with children folds to its last descendant', () =>
    check(L('claim a: x', '  because b: y', '    counter c: z', '  because d: w', 'claim e: v'), ['0-3', '1-2']));
  it('a statement with continuation lines', () =>
    check(L('claim a: one', '    two', '    three', 'claim b: x'), ['0-2']));
  it('nothing for a lone one-line statement', () => check('claim a: x\nclaim b: y', []));
  it('heading sections end at their last non-blank line, nested headings inside', () =>
    check(L('# One', 'claim a: x', '  because b: y', '', '## Sub', 'claim c: z', '', '# Two', 'claim d: w', ''),
      ['0-5', '1-2', '4-5', '7-8']));
  it('an empty heading does not fold', () => check(L('# One', '', '# Two'), []));
  it('runs of comment lines', () =>
    check(L('// a', '// b', '', '// c', 'claim a: x', '  // d', '  // e', '  because b: y'),
      ['0-1 comment', '4-7', '5-6 comment']));
  it('children across comments and blank lines', () =>
    check(L('claim a: x', '', '  // note', '  because b: y'), ['0-3']));
});
