// Broken input: a bad line is reported on that line, and the rest of the file is read as usual.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type AnalyzedDocument } from '../../server/src/language';
import { diagnosticsOf } from '../helpers/diagnostics';

const PREFIX = 'claim t: Taxes should rise.\n  because d: The deficit is large.\n';
const BROKEN_LINE = 2;
const TAIL = [
  'claim after: Statements after the bad line.',
  '  because a2: They keep their relations.',
  '    counter c2: And their diagnostics. See @a2.',
  '        Continued on this line.',
  'counter -> after, nope: This one names an unknown target.',
].join('\n');

/** What a user sees of the statements from `from` on: statements, relations and diagnostics. */
function tail(doc: AnalyzedDocument, from: number): string[] {
  const name = (i: number | null): string => (i === null ? '-' : doc.statements[i].id ?? `#${doc.statements[i].line - from}`);
  const out: string[] = [];
  for (const s of doc.statements) {
    if (s.line >= from) out.push(`${s.kind} ${name(s.index)} parent=${name(s.parent)} | ${s.text}`);
  }
  for (const r of doc.relations) {
    if (doc.statements[r.from].line >= from) out.push(`${name(r.from)} ${r.type} ${name(r.to)}`);
  }
  for (const d of diagnosticsOf(doc)) {
    if (d.range.start.line >= from) out.push(`${d.rule} ${d.range.start.line - from}:${d.range.start.character}-${d.range.end.line - from}:${d.range.end.character}`);
  }
  return out;
}

const EXPECTED_TAIL = tail(analyze(PREFIX + '\n' + TAIL), BROKEN_LINE + 1);

const BROKEN: [string, string][] = [
  ['a misspelt keyword', 'clam x: y'],
  ['text at column 0', 'Taxes should rise.'],
  ['a heading without a space', '#Rebuttals'],
  ['a seven-level heading', '####### Too deep'],
  ['an unclosed header', 'counter -> t Growth suffers.'],
  ['-> with no ID', 'counter -> : Growth suffers.'],
  [', with no ID', 'counter -> t, : Growth suffers.'],
  ['a lone ->', 'counter ->'],
  ['-> twice', 'because -> -> t: x'],
  ['a stray character in the header', 'counter -> t ! x: y'],
  ['an ID, ->, then two words', 'because a -> b c: x'],
  ['two commas', 'crux -> t,,: x'],
  ['a number and an arrow', 'counter 3 -> 4 is a big jump'],
  ['an unknown rule in a directive', '// debate-disable-next-line bogus'],
  ['an unknown directive', '// debate-disabel unsupported-claim'],
  ['a malformed expectation', '// debate-expect'],
  ['a lone surrogate', '\ud800 broken'],
  ['a NUL character', '\u0000'],
  ['control characters in a header', 'counter -> t\u0007: x'],
  ['only punctuation', '@@@ ->->-> ::: ,,,'],
  ['a keyword-like word', 'claimz x'],
];

describe('the rest of the file still analyses after', () => {
  it('the reference tail has statements, relations and a diagnostic', () => {
    assert.ok(EXPECTED_TAIL.some((l) => l.startsWith('a2 support after')));
    assert.ok(EXPECTED_TAIL.some((l) => l.startsWith('unknown-reference')));
  });
  for (const [name, line] of BROKEN) {
    it(name, () => {
      const doc = analyze(PREFIX + line + '\n' + TAIL);
      assert.ok(doc.diagnostics.some((d) => d.rule === 'syntax-error' && d.range.start.line === BROKEN_LINE),
        `a syntax error on the bad line: ${JSON.stringify(doc.diagnostics.map((d) => d.message))}`);
      assert.deepEqual(tail(doc, BROKEN_LINE + 1), EXPECTED_TAIL);
      // The statements before it are untouched too.
      assert.deepEqual(doc.statements.slice(0, 2).map((s) => [s.id, s.text]), [['t', 'Taxes should rise.'], ['d', 'The deficit is large.']]);
    });
  }
});

describe('broken lines in the middle of an argument', () => {
  it('a bad line between a statement and its continuation does not end the statement', () => {
    // The bad line is deep enough to continue: it becomes text.
    const doc = analyze('claim a: x\n  because b: y\n      ( broken ->\n  because c: z');
    assert.deepEqual(doc.statements.map((s) => [s.id, s.text, s.parent]), [['a', 'x', null], ['b', 'y ( broken ->', 0], ['c', 'z', 0]]);
  });
  it('a header error keeps the ID and the targets read before it', () => {
    const doc = analyze('claim a: x\n  because b: y\ncounter g -> a, b oops: z');
    assert.deepEqual(doc.statements[2].id, 'g');
    assert.deepEqual(doc.relations.filter((r) => r.from === 2).map((r) => r.to), [0, 1]);
  });
  it('a syntax error inside a nested chain keeps the nesting around it', () => {
    const doc = analyze('claim a: x\n  because b: y\nnot a statement\n    counter c: z');
    // After the error line, `c` still nests under `b` (the error line is not a statement).
    assert.deepEqual(doc.statements.map((s) => [s.id, s.parent]), [['a', null], ['b', 0], ['c', 1]]);
  });
});
