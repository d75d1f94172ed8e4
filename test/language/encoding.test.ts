// Line endings, BOM, tabs, Unicode, UTF-16 positions, long lines and mentions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type AnalyzedDocument } from '../../server/src/language';
import { check, diagnosticsOf } from '../helpers/diagnostics';
import { showRange } from '../helpers/markers';

/** Everything a feature reads from the model, as plain data (for comparing two analyses). */
function snapshot(doc: AnalyzedDocument): unknown {
  return {
    kinds: doc.lineKinds,
    statements: doc.statements,
    headings: doc.headings,
    references: doc.references,
    relations: doc.relations,
    diagnostics: doc.diagnostics,
    lineEnds: doc.lineEnds.map((e, i) => e - doc.lineStarts[i]),
  };
}

const SAMPLE = [
  '// notes',
  '# Car-free old town',
  'claim car-free: The old town should be closed to cars at weekends.',
  '  because air: Weekend traffic is the main source of air pollution.',
  '    counter deliveries: Shops still need deliveries, see @air and',
  '        more text on a continuation line',
  '',
  '  counter access -> car-free, nope: People would lose access.',
  '# Open questions',
  'crux -> car-free, access: Can a shuttle replace door-to-door access?',
  'stray line',
  'because',
  '',
].join('\n');

describe('line endings', () => {
  it('CRLF gives the same model and ranges as LF', () => {
    const lf = analyze(SAMPLE);
    const crlf = analyze(SAMPLE.replace(/\n/g, '\r\n'));
    assert.deepEqual(snapshot(crlf), snapshot(lf));
    assert.ok(lf.diagnostics.length > 0 && lf.statements.length === 6);
  });
  it('mixed LF and CRLF line endings', () => {
    const lines = SAMPLE.split('\n');
    const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : i % 2 ? '\r\n' : '\n')).join('');
    assert.deepEqual(snapshot(analyze(mixed)), snapshot(analyze(SAMPLE)));
  });
  it('a lone CR ends a line, as in editors', () => {
    const doc = analyze('claim a: x\r  because b: y\r    more\rcounter -> a: z');
    assert.deepEqual(doc.lineKinds, ['statement', 'statement', 'continuation', 'statement']);
    assert.deepEqual(doc.statements.map((s) => [s.text, showRange(s.range)]),
      [['x', '0:0-0:10'], ['y more', '1:2-2:8'], ['z', '3:0-3:15']]);
  });
  it('the CR is never part of the text', () => {
    const doc = analyze('claim a: x\r\n  because b: y  \r\n');
    assert.deepEqual(doc.statements.map((s) => s.text), ['x', 'y']);
    assert.deepEqual(doc.statements.map((s) => s.range.end.character), [10, 16]);
  });
  it('reads a keyword at the end of a CRLF line', () => {
    const doc = analyze('claim a: x\r\n  because\r\n');
    assert.deepEqual(doc.statements.map((s) => [s.kind, s.text]), [['claim', 'x'], ['because', '']]);
  });
});

describe('byte order mark', () => {
  it('is skipped, and positions are as without it', () => {
    const withBom = analyze('\ufeff' + SAMPLE);
    assert.deepEqual(snapshot(withBom), snapshot(analyze(SAMPLE)));
  });
  it('does not make the first line an error', () => {
    const doc = analyze('\ufeffclaim a: x');
    assert.deepEqual(doc.lineKinds, ['statement']);
    assert.deepEqual(diagnosticsOf(doc).map((d) => `${d.rule} ${showRange(d.range)}`), ['unsupported-claim 0:0-0:5']);
  });
  it('only at the start of the file', () => check('claim a: x\n  because b: y\n«\ufeffclaim c: z»', ['syntax-error']));
});

describe('tabs', () => {
  it('count four columns', () => {
    const doc = analyze('claim a: x\n\tbecause b: y\n    because c: z\n\t\tcounter d: w\n\t   counter e: v');
    assert.deepEqual(doc.statements.map((s) => [s.id, s.indent, s.parent]),
      [['a', 0, null], ['b', 4, 0], ['c', 4, 0], ['d', 8, 2], ['e', 7, 2]]);
  });
  it('ranges count a tab as one character', () => {
    const st = analyze('claim a: x\n\tbecause b: y').statements[1];
    assert.equal(showRange(st.keywordRange), '1:1-1:8');
  });
  it('a tab-indented line continues a space-indented statement when deeper', () => {
    assert.deepEqual(analyze('  claim a: x\n\tmore').statements.map((s) => s.text), ['x more']);
  });
});

describe('Unicode', () => {
  it('emoji in text', () => {
    const doc = analyze('claim a: Cars 🚗 out, bikes 🚲 in.\n  because b: 👍');
    assert.deepEqual(doc.statements.map((s) => s.text), ['Cars 🚗 out, bikes 🚲 in.', '👍']);
  });
  it('IDs in other scripts', () => {
    const doc = analyze('claim 税金: 税金を上げるべきだ。\n  because 赤字: 赤字が大きい。\ncounter -> 税金: 成長が鈍る。 @赤字');
    assert.deepEqual(doc.statements.map((s) => s.id), ['税金', '赤字', null]);
    assert.deepEqual(doc.relations.map((r) => [r.from, r.to, r.type]), [[1, 0, 'support'], [2, 0, 'attack']]);
    assert.deepEqual(doc.references.map((r) => [r.kind, r.name, r.resolved]), [['target', '税金', 0], ['mention', '赤字', 1]]);
  });
  it('right-to-left text and IDs (Arabic, Hebrew)', () => {
    const doc = analyze('claim ضرائب: يجب رفع الضرائب.\n  because גירעון: הגירעון גדול.\ncounter -> ضرائب: نمو @גירעון');
    assert.deepEqual(doc.statements.map((s) => [s.id, s.text]),
      [['ضرائب', 'يجب رفع الضرائب.'], ['גירעון', 'הגירעון גדול.'], [null, 'نمو @גירעון']]);
    assert.deepEqual(doc.references.map((r) => r.resolved), [0, 1]);
    assert.equal(showRange(doc.statements[0].idRange!), '0:6-0:11');
  });
  it('combining marks after the first character of an ID', () => {
    const id = 'e\u0301tude'; // é written as e + combining acute
    const doc = analyze(`claim ${id}: x\n  because b: @${id}`);
    assert.equal(doc.statements[0].id, id);
    assert.equal(doc.references[0].resolved, 0);
    assert.equal(showRange(doc.references[0].range), `1:14-1:${14 + id.length}`);
  });
  it('a combining mark cannot start an ID', () => {
    assert.deepEqual(analyze('claim \u0301x: y').statements.map((s) => [s.id, s.text]), [[null, '\u0301x: y']]);
  });
  it('keywords must be Latin letters', () => check('«сlaim» a: x', ['syntax-error'])); // Cyrillic с
});

describe('UTF-16 positions', () => {
  it('count an astral emoji as two characters', () => {
    const doc = analyze('claim a: 😀😀 @b\nclaim b: y\n  because c: z\n    because -> a: w');
    const mention = doc.references.find((r) => r.kind === 'mention')!;
    assert.equal(showRange(mention.range), '0:15-0:16');
    assert.equal(doc.statements[0].range.end.character, 16);
  });
  it('after emoji in the header line', () => check(
    'claim a: 😀 x\n  because b: y\ncounter -> a, «nope»: 👍🏽 and @«gone»', ['unknown-reference', 'unknown-reference']));
  it('after emoji in a stray line', () => check('claim a: x\n  because b: y\n«🦄 not a statement»', ['syntax-error']));
  it('an emoji right before @ does not stop a mention', () => {
    const doc = analyze('claim a: x\n  because b: 😀@a');
    assert.deepEqual(doc.references.map((r) => [r.name, showRange(r.range)]), [['a', '1:16-1:17']]);
  });
  it('a letter from an astral script before @ makes it part of a word', () => {
    // U+10400 DESERET CAPITAL LETTER LONG I is a letter outside the BMP.
    const doc = analyze('claim a: x\n  because b: \u{10400}@a');
    assert.deepEqual(doc.references, []);
  });
});

describe('long lines', () => {
  it('a 100,000-character statement line', () => {
    const long = 'word '.repeat(20_000).trim();
    const doc = analyze(`claim a: ${long} @b\nclaim b: y\n  because c: z\n  because -> a: w`);
    assert.equal(doc.statements[0].text.length, long.length + 3);
    assert.deepEqual(doc.references.filter((r) => r.kind === 'mention').map((r) => [r.name, r.resolved, r.range.start.character]),
      [['b', 1, 9 + long.length + 2]]);
  });
  it('a 100,000-character stray line and header', () => {
    const doc = analyze(`${'x'.repeat(100_000)}\ncounter ${'a'.repeat(100_000)} -> b c\nclaim b: y\n  because c: z`);
    assert.deepEqual(doc.lineKinds, ['error', 'statement', 'statement', 'statement']);
    assert.deepEqual(doc.statements.map((s) => s.kind), ['counter', 'claim', 'because']);
    assert.equal(doc.relations.length, 2);
  });
});

describe('mentions', () => {
  const mentions = (text: string): string[] =>
    analyze(text).references.filter((r) => r.kind === 'mention').map((r) => `${r.name} ${showRange(r.range)}`);
  it('@id', () => assert.deepEqual(mentions('claim a: see @taxes now'), ['taxes 0:14-0:19']));
  it('an e-mail address is not a mention', () => assert.deepEqual(mentions('claim a: mail me@mail.com or ana_1@x.org'), []));
  it('a trailing dot or dash is not part of the ID', () => assert.deepEqual(mentions('claim a: see @taxes. and @v2.1- ok'), ['taxes 0:14-0:19', 'v2.1 0:26-0:30']));
  it('in brackets and at the start of text', () => assert.deepEqual(mentions('claim a: @x (@y) [@z]'), ['x 0:10-0:11', 'y 0:14-0:15', 'z 0:19-0:20']));
  it('@ not followed by an ID is text', () => assert.deepEqual(mentions('claim a: meet @ 5pm, @@, @-x'), []));
  it('on continuation lines', () => assert.deepEqual(mentions('claim a: x\n    see @b'), ['b 1:9-1:10']));
  it('not in comments, headings or the header', () => assert.deepEqual(mentions('// @a\n# @b\nclaim c -> d: @e'), ['e 2:15-2:16']));
  it('do not create relations', () => {
    const doc = analyze('claim a: x\n  because b: y\ncounter -> b: like @a');
    assert.deepEqual(doc.relations.map((r) => [r.from, r.to, r.type]), [[1, 0, 'support'], [2, 1, 'attack']]);
  });
});
