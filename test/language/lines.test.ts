// How each line is read: its kind, and for statements the ID, targets and text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/language';
import { check } from '../helpers/diagnostics';

/** Line kinds, one letter per line: b blank, c comment, h heading, s statement, + continuation, E error. */
function kinds(text: string): string {
  const letter = { blank: 'b', comment: 'c', heading: 'h', statement: 's', continuation: '+', error: 'E' } as const;
  return analyze(text).lineKinds.map((k) => letter[k]).join('');
}

/** A statement as a user reads it: `kind [id] [-> targets] | text`. */
function statements(text: string): string[] {
  const doc = analyze(text);
  return doc.statements.map((s) => {
    let out = s.kind;
    if (s.id !== null) out += ` [${s.id}]`;
    if (s.hasArrow) out += ` -> ${s.targets.map((t) => doc.references[t].name).join(',')}`;
    return `${out} | ${s.text}`;
  });
}

function syntaxErrors(text: string): string[] {
  return analyze(text).diagnostics.filter((d) => d.rule === 'syntax-error').map((d) => `${d.range.start.line}: ${d.message}`);
}

describe('line kinds', () => {
  const cases: [string, string, string][] = [
    ['blank lines of spaces and tabs', 'claim a: x\n\n   \n\t\n  because b: y', 'sbbbs'],
    ['comments at any indentation', '// top\nclaim a: x\n  // nested\n\t// tab\n  because b: y', 'csccs'],
    ['a comment wins over a continuation', 'claim a: x\n      // not text\n  because b: y', 'scs'],
    ['headings of levels 1 to 6', '# a\n## b\n### c\n#### d\n##### e\n###### f', 'hhhhhh'],
    ['a lone # and # followed by a tab', '#\n#\tTab', 'hh'],
    ['#Title and ####### are errors', '#Title\n####### Too deep', 'EE'],
    ['an indented # continues a statement', 'claim a: x\n  # not a heading', 's+'],
    ['an indented # with nothing to continue', '  # not a heading', 'E'],
    ['keywords in any case', 'Claim a: x\nBECAUSE -> a: y\nCounter -> a: z\ncRuX -> a: w', 'ssss'],
    ['a keyword then :', 'claim: x\nbecause:', 'ss'],
    ['a keyword at the end of the line', 'claim\ncounter', 'ss'],
    ['a keyword then a tab', 'claim\tx', 's'],
    ['words that only start with a keyword', 'claims are cheap\nCounter-argument: x\ncruxes\nbecauseof', 'EEEE'],
    ['counter-> is not a statement', 'counter->taxes: x', 'E'],
    ['continuation lines', 'claim a: x\n   y\n\n   // c\n      z', 's+bc+'],
    ['an unindented line after a statement', 'claim a: x\nfor everyone', 'sE'],
    ['a line indented like the keyword is not a continuation', '  claim a: x\n  more', 'sE'],
    ['text at the start of a file', 'Just some text', 'E'],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.equal(kinds(text), expected));
});

describe('statement forms', () => {
  const cases: [string, string][] = [
    // docs/language.md, "Statements"
    ['claim Taxes should rise.', 'claim | Taxes should rise.'],
    ['claim taxes: Taxes should rise.', 'claim [taxes] | Taxes should rise.'],
    ['counter growth -> taxes: Growth would suffer.', 'counter [growth] -> taxes | Growth would suffer.'],
    ['crux -> taxes, growth: Is demand elastic?', 'crux -> taxes,growth | Is demand elastic?'],
    ['because: Note: the deficit is large.', 'because | Note: the deficit is large.'],
    // docs/language.md, "When a line has a header"
    ['claim taxes : Taxes should rise.', 'claim [taxes] | Taxes should rise.'],
    ['because the figure: 4% of revenue', 'because | the figure: 4% of revenue'],
    ['because e.g. the 2019 budget', 'because | e.g. the 2019 budget'],
    ['claim Note: this is text?', 'claim [Note] | this is text?'],
    ['claim: Note: this is text.', 'claim | Note: this is text.'],
    ['because https://example.org shows it', 'because [https] | //example.org shows it'],
    // headers
    ['counter growth: x', 'counter [growth] | x'],
    ['counter -> taxes: x', 'counter -> taxes | x'],
    ['crux -> taxes, growth, jobs: x', 'crux -> taxes,growth,jobs | x'],
    ['counter g->t,u:x', 'counter [g] -> t,u | x'],
    ['counter   g  ->  t ,  u  :  x  ', 'counter [g] -> t,u | x'],
    ['claim uk-pilot-2022: x', 'claim [uk-pilot-2022] | x'],
    ['claim v2.1: x', 'claim [v2.1] | x'],
    ['claim rule_7: x', 'claim [rule_7] | x'],
    ['claim 2019: x', 'claim [2019] | x'],
    ['claim -draft: x', 'claim | -draft: x'],
    ['claim c++: x', 'claim | c++: x'],
    // text only, : only, keyword only
    ['claim', 'claim | '],
    ['because:', 'because | '],
    ['because :   ', 'because | '],
    ['CLAIM Taxes: x', 'claim [Taxes] | x'],
    ['claim a: see https://example.org // not a comment', 'claim [a] | see https://example.org // not a comment'],
  ];
  for (const [line, expected] of cases) it(line, () => assert.deepEqual(statements(line), [expected]));

  it('the keyword is kept as written', () => {
    assert.deepEqual(analyze('BeCaUsE x').statements.map((s) => [s.kind, s.keyword]), [['because', 'BeCaUsE']]);
  });
  it('crux->taxes is not a statement: `crux` followed by `-` is not the keyword', () => {
    assert.deepEqual(statements('crux->taxes: x'), []);
    assert.equal(kinds('crux->taxes: x'), 'E');
  });
});

describe('continuation lines', () => {
  it('joins text with single spaces', () => assert.deepEqual(
    statements('claim fare-free: Buses should be free for everyone under 25, paid for by the\n    parking levy, starting with the routes.\n  because cost: Fares cover less than 4%.'),
    ['claim [fare-free] | Buses should be free for everyone under 25, paid for by the parking levy, starting with the routes.',
      'because [cost] | Fares cover less than 4%.']));
  it('only has to be deeper than the keyword', () => assert.deepEqual(statements('  claim a: x\n   y'), ['claim [a] | x y']));
  it('keeps going over blank lines and comments', () => assert.deepEqual(
    statements('claim a: one\n    two\n\n    // note\n    three'), ['claim [a] | one two three']));
  it('ends at a heading', () => {
    assert.equal(kinds('claim a: x\n# H\n    y'), 'shE');
    assert.deepEqual(statements('claim a: x\n# H\n    y'), ['claim [a] | x']);
  });
  it('ends at the next statement, which may start with a keyword', () => assert.deepEqual(
    statements('claim a: x\n    because of the levy'), ['claim [a] | x', 'because | of the levy']));
  it('continues the nested statement, not its parent', () => assert.deepEqual(
    statements('claim a: x\n  because b: y\n      z'), ['claim [a] | x', 'because [b] | y z']));
  it('gives text to a statement whose first line had none', () => assert.deepEqual(
    statements('claim a:\n    x'), ['claim [a] | x']));
  it('extends the statement range over its continuation lines', () => {
    const st = analyze('claim a: x\n    yy\n\n  because b: z').statements[0];
    assert.deepEqual([st.line, st.endLine, st.range.end], [0, 1, { line: 1, character: 6 }]);
    assert.deepEqual(st.textSegments, [{ line: 0, start: 9, end: 10 }, { line: 1, start: 4, end: 6 }]);
  });
  it('reads a misspelt keyword deep enough as text, silently (documented trap)', () => {
    assert.deepEqual(statements('claim a: x\n  becuase debt: y'), ['claim [a] | x becuase debt: y']);
    assert.deepEqual(syntaxErrors('claim a: x\n  becuase debt: y'), []);
  });
});

describe('stray lines', () => {
  it('suggests claim for clam', () => assert.deepEqual(syntaxErrors('clam taxes: x'),
    ['0: `clam` is not a keyword — did you mean `claim`?']));
  it('suggests because for becuase', () => check(
    'claim b: x\n  because i: y\n  «becuase» debt: z', ['syntax-error']));
  it('suggests counter for Countr, whatever the case', () =>
    assert.match(syntaxErrors('Countr x')[0], /did you mean `counter`\?/));
  it('does not suggest for a word far from every keyword', () => {
    assert.deepEqual(syntaxErrors('Taxes should rise.'), [
      '0: this line is not a statement: start it with `claim`, `because`, `counter` or `crux`, or indent it deeper than the statement above to continue its text',
    ]);
  });
  it('marks the whole line, without trailing spaces, when there is no suggestion', () =>
    check('«Taxes should rise.»   ', ['syntax-error']));
  it('reports a line after a heading even when indented', () => check('# Costs\n  «The levy raises money.»', ['syntax-error']));
});
