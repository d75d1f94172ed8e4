// Quick fixes: which fixes are offered for the diagnostics under the cursor (preferred one
// marked with *), and the document after applying one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { contains } from '../../server/src/language';
import { provideCodeActions } from '../../server/src/lsp/codeActions';
import { applyEdits, load } from './util';

const URI = 'file:///t.debate';

function actions(src: string, only?: string[]): { list: CodeAction[]; text: string } {
  const { doc, text, cursors } = load(src);
  assert.equal(cursors.length, 1, 'fixture: one <|> cursor');
  // As the server sends them: code = rule id, data = the core's data.
  const diagnostics: Diagnostic[] = doc.diagnostics
    .filter((d) => contains(d.range, cursors[0]))
    .map((d) => ({ range: d.range, message: d.message, code: d.rule, data: d.data, severity: 1 }));
  const range = { start: cursors[0], end: cursors[0] };
  const list = provideCodeActions(doc, { textDocument: { uri: URI }, range, context: { diagnostics, only } }, URI);
  return { list, text };
}

/** Titles offered; the preferred fix gets a trailing `*`. */
function check(src: string, titles: string[]): void {
  assert.deepEqual(actions(src).list.map((a) => a.title + (a.isPreferred ? ' *' : '')), titles);
}

function checkFix(src: string, title: string, expected: string): void {
  const { list, text } = actions(src);
  const a = list.find((x) => x.title === title);
  assert.ok(a, `no fix "${title}" among: ${list.map((x) => x.title).join(' | ')}`);
  assert.equal(a.kind, 'quickfix');
  assert.deepEqual(Object.keys(a.edit!.changes!), [URI]);
  assert.equal(applyEdits(text, a.edit!.changes![URI]), expected);
}

const L = (...ls: string[]) => ls.join('\n');

describe('quick fixes: unknown-reference', () => {
  const src = L('claim taxes: Taxes should rise.', '  because deficit: The deficit is large.', 'counter -> tax<|>s: Growth suffers.');
  it('offers the suggestion (preferred), creating, disabling', () =>
    check(src, ['Change to `taxes` *', 'Create statement `taxs`', 'Disable `unknown-reference` for this statement']));
  it('changes to the suggested ID', () =>
    checkFix(src, 'Change to `taxes`', L('claim taxes: Taxes should rise.', '  because deficit: The deficit is large.', 'counter -> taxes: Growth suffers.')));
  it('creates the statement after the argument the reference is in', () =>
    checkFix(L('claim a: x', '  because b: y', '    counter -> <|>zeta: z', '  because c: w', 'claim d: v'), 'Create statement `zeta`',
      L('claim a: x', '  because b: y', '    counter -> zeta: z', '  because c: w', 'claim zeta: TODO', 'claim d: v')));
  it('creating is preferred when there is no suggestion', () =>
    check('claim a: x\n  because -> <|>zeta: y', ['Create statement `zeta` *', 'Disable `unknown-reference` for this statement']));
  it('works for a mention, keeping CRLF', () =>
    checkFix('claim a: see @<|>zeta\r\n  because b: y\r\n', 'Create statement `zeta`', 'claim a: see @zeta\r\n  because b: y\r\nclaim zeta: TODO\r\n'));
  it('from a debate-expect comment: at the end of the file', () =>
    checkFix(L('claim a: x', '  because b: y', '// debate-expect ze<|>ta: stands', ''), 'Create statement `zeta`',
      L('claim a: x', '  because b: y', '// debate-expect zeta: stands', 'claim zeta: TODO', '')));
  it('after stray lines that a new statement above would turn into its text', () =>
    checkFix(L('claim a: @<|>zeta', '    because b: y', '    stray', '', 'claim c: z'), 'Create statement `zeta`',
      L('claim a: @zeta', '    because b: y', '    stray', 'claim zeta: TODO', '', 'claim c: z')));
  it('keeps the root indentation of a first statement indented under a heading', () =>
    checkFix(L('# H', '    claim a: @<|>zeta', '  because b: y'), 'Create statement `zeta`',
      L('# H', '    claim a: @zeta', '    claim zeta: TODO', '  because b: y')));
});

describe('quick fixes: duplicate-id', () => {
  it('renames the second to ID-2', () =>
    checkFix(L('claim cost: a', 'claim <|>cost: b'), 'Rename to `cost-2`', L('claim cost: a', 'claim cost-2: b')));
  it('skips numbers already taken', () =>
    checkFix(L('claim cost: a', 'claim cost-2: c', 'claim c<|>ost: b'), 'Rename to `cost-3`', L('claim cost: a', 'claim cost-2: c', 'claim cost-3: b')));
  it('is preferred', () => check(L('claim cost: a', 'claim <|>cost: b'), [
    'Rename to `cost-2` *', 'Disable `duplicate-id` for this statement',
    // the second claim is also unsupported, but that diagnostic is on the keyword, not here
  ]));
});

describe('quick fixes: unsupported-claim', () => {
  it('adds a because two spaces deeper', () =>
    checkFix(L('<|>claim rates: Rates fall.', 'claim b: y', '  because c: z'), 'Add a `because` under this claim',
      L('claim rates: Rates fall.', '  because TODO', 'claim b: y', '  because c: z')));
  it('after the last child line, at the children’s indentation', () =>
    checkFix(L('# H', '  cl<|>aim rates: Rates fall', '      still.', '     counter i: Inflation.', '         more', '       because j: z', '// c'),
      'Add a `because` under this claim',
      L('# H', '  claim rates: Rates fall', '      still.', '     counter i: Inflation.', '         more', '       because j: z', '     because TODO', '// c')));
  it('at the indentation of the last child, which an earlier deeper child would not give', () =>
    checkFix(L('<|>claim a: x', '      counter b: y', '    counter c: z'), 'Add a `because` under this claim',
      L('claim a: x', '      counter b: y', '    counter c: z', '    because TODO')));
  it('never with an indentation mixing tabs and spaces', () =>
    checkFix(L(' \t<|>claim a: x'), 'Disable `mixed-indentation` for this statement', L('     // debate-disable-next-line mixed-indentation', ' \tclaim a: x')));
  it('inserts a disable directive with the same indentation', () =>
    checkFix(L('claim a: x', '  because b: y', '  <|>claim c: z'), 'Disable `unsupported-claim` for this statement',
      L('claim a: x', '  because b: y', '  // debate-disable-next-line unsupported-claim', '  claim c: z')));
});

describe('quick fixes: misplaced-claim', () => {
  const src = L('claim levy: A levy cuts plastic use.', '  <|>claim ireland: Ireland cut bag use by 90%.');
  it('offers because (preferred) and counter', () =>
    check(src, [
      'Change to `because` *', 'Change to `counter`', 'Disable `misplaced-claim` for this statement',
      // the nested claim is also unsupported: each diagnostic has its own preferred fix
      'Add a `because` under this claim *', 'Disable `unsupported-claim` for this statement',
    ]));
  it('changes the keyword', () =>
    checkFix(src, 'Change to `because`', L('claim levy: A levy cuts plastic use.', '  because ireland: Ireland cut bag use by 90%.')));
  it('a claim with targets too', () =>
    checkFix(L('claim levy: x', '  because y', '<|>claim cheap -> levy: z'), 'Change to `counter`', L('claim levy: x', '  because y', 'counter cheap -> levy: z')));
});

describe('quick fixes: disable-next-line', () => {
  it('extends a directive right above', () =>
    checkFix(L('claim a: x', '  because b: y', '// debate-disable-next-line misplaced-claim', '  <|>claim c: z'),
      'Disable `unsupported-claim` for this statement',
      L('claim a: x', '  because b: y', '// debate-disable-next-line misplaced-claim, unsupported-claim', '  claim c: z')));
  it('above the statement when the diagnostic is on a continuation line', () =>
    checkFix(L('claim a: x', '  because b:', '      see @<|>zz'), 'Disable `unknown-reference` for this statement',
      L('claim a: x', '  // debate-disable-next-line unknown-reference', '  because b:', '      see @zz')));
  it('no disable for syntax errors; a misspelt keyword is fixed', () =>
    check(L('claim a: x', '  because b: y', 'cl<|>am c: z'), ['Change to `claim` *']));
  it('applies the keyword fix', () =>
    checkFix(L('claim a: x', '  because b: y', 'becuase<|> -> a: z'), 'Change to `because`', L('claim a: x', '  because b: y', 'because -> a: z')));
  it('nothing for another tool’s diagnostic', () => {
    const { doc } = load('claim a: x');
    const d = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, message: 'typo', code: 'spelling', source: 'spell' };
    assert.deepEqual(provideCodeActions(doc, { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } }, URI), []);
  });
  it('nothing when only other kinds are asked for', () =>
    assert.deepEqual(actions('claim a: @<|>zz', ['refactor']).list, []));
});
