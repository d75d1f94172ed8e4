// The core formatter: before/after fixtures, then properties over the examples and over random
// documents (fast-check): the output analyses to the same model, and formatting it again
// changes nothing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, formatDocument, type FormatOptions } from '../../server/src/language';
import { arbDocument } from '../lsp-providers/arbitraries';

function check(before: string[], after: string[], options?: FormatOptions): void {
  const out = formatDocument(before.join('\n'), options);
  assert.deepEqual(out.split('\n'), after);
  assert.equal(formatDocument(out, options), out, 'formatting twice changes nothing');
}

/** What formatting must keep: statements, structure, relations, headings, line kinds, diagnostics. */
function model(text: string): unknown {
  const d = analyze(text);
  return {
    lineKinds: d.lineKinds,
    statements: d.statements.map((s) => ({
      kind: s.kind, keyword: s.keyword, id: s.id, text: s.text, parent: s.parent, heading: s.heading, line: s.line,
      endLine: s.endLine, hasArrow: s.hasArrow,
      targets: s.targets.map((r) => d.references[r].name), mentions: s.mentions.map((r) => d.references[r].name),
    })),
    relations: d.relations.map((r) => [r.from, r.to, r.type]),
    headings: d.headings.map((h) => [h.level, h.title, h.parent, h.endLine]),
    directives: d.directives.map((x) => [x.kind, x.line, x.rules.map((r) => r.name)]),
    // Mixed indentation is the one diagnostic re-indenting is meant to remove.
    diagnostics: d.diagnostics.filter((x) => x.rule !== 'mixed-indentation').map((x) => `${x.rule}@${x.range.start.line}`),
  };
}

function checkProperties(text: string): void {
  const out = formatDocument(text);
  const lines = (s: string) => s.split(/\r\n|\n|\r/).length;
  // Formatting never adds or removes a line, except a final newline when the last line has text.
  const addedNewline = lines(out) - lines(text);
  assert.ok(addedNewline === 0 || (addedNewline === 1 && !/[\r\n]$/.test(text)), 'no line added or removed');
  // The final newline adds an empty last line; compare against the input with it.
  const same = addedNewline ? text + /(\r\n|\n|\r)$/.exec(out)![1] : text;
  assert.deepEqual(model(out), model(same), 'same model');
  assert.equal(formatDocument(out), out, 'idempotent');
  assert.ok(!/[ \t](?:\r|\n|$)/.test(out), 'no trailing spaces or tabs');
}

describe('formatDocument: fixtures', () => {
  it('indents two spaces per level from the structure, continuations two levels deeper', () =>
    check(
      ['claim a: x', '     because b: y', '            more', '          counter c: z', '     because d: w', ''],
      ['claim a: x', '  because b: y', '      more', '    counter c: z', '  because d: w', '']));
  it('tabs become spaces', () =>
    check(['claim a: x', '\tbecause b: y', '\t\tcounter c: z', ''], ['claim a: x', '  because b: y', '    counter c: z', '']));
  it('spells headers canonically', () =>
    check(['claim   a :  x', 'because b->a ,c:y', 'crux  ->a,b   :   q', 'counter:text', 'claim : z', 'CLAIM    Text only', 'counter', ''],
      ['claim a: x', 'because b -> a, c: y', 'crux -> a, b: q', 'counter: text', 'claim: z', 'CLAIM Text only', 'counter', '']));
  it('never touches words inside text', () =>
    check(['claim a:   Spaces  inside   stay,see:  @a ->b  ', ''], ['claim a: Spaces  inside   stay,see:  @a ->b', '']));
  it('headings get one space', () =>
    check(['#   Title  ', '##\tSub', '#', '###   ', ''], ['# Title', '## Sub', '#', '###', '']));
  it('comments take the indentation of what follows', () =>
    check(['claim a: x', '// about b', '      because b: y', '   // inside', '          more', '// end', '# H', '   // before nothing', ''],
      ['claim a: x', '  // about b', '  because b: y', '      // inside', '      more', '// end', '# H', '   // before nothing', '']));
  it('blank lines are kept and emptied', () =>
    check(['claim a: x', '   ', '', '\t', '  because b: y', ''], ['claim a: x', '', '', '', '  because b: y', '']));
  it('adds a final newline', () => assert.equal(formatDocument('claim a: x'), 'claim a: x\n'));
  it('leaves an empty file empty', () => assert.equal(formatDocument(''), ''));
  it('keeps CRLF and the BOM', () =>
    assert.equal(formatDocument('\ufeffclaim a :x  \r\n    because b: y\r\n'), '\ufeffclaim a: x\r\n  because b: y\r\n'));
  it('keeps mixed line endings as written', () =>
    assert.equal(formatDocument('claim a: x\r\n because b: y\nclaim c: z'), 'claim a: x\r\n  because b: y\nclaim c: z\r\n'));
  it('leaves syntax-error lines as written, except trailing whitespace', () =>
    check(['clam  a:  x  ', '#Title', 'claim a: x', '  because b: y', ' stray  line ', ''],
      ['clam  a:  x', '#Title', 'claim a: x', '  because b: y', ' stray  line', '']));
  it('re-indents a statement whose header is broken, keeping its text', () =>
    check(['claim a: x', '     counter x ->   ', '     because  -> : y', ''], ['claim a: x', '  counter x ->', '  because  -> : y', '']));
  it('keeps a section’s indentation when re-indenting would turn a stray line into text', () =>
    check(['# One', 'claim a: x', '      because b:   y', '    stray', '# Two', 'claim c: z', '    because d:  w', ''],
      ['# One', 'claim a: x', '      because b: y', '    stray', '# Two', 'claim c: z', '  because d: w', '']));
  it('options: indent width', () =>
    check(['claim a: x', ' because b: y', '  more', ''], ['claim a: x', '    because b: y', '            more', ''], { indent: 4 }));
  it('a first statement indented under a heading goes to column 0', () =>
    check(['# H', '    claim a: x', '      because b: y', ''], ['# H', 'claim a: x', '  because b: y', '']));
});

describe('formatDocument: properties', () => {
  const dir = join(__dirname, '../../../examples');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.debate'))) {
    it(`examples/${f} is already formatted`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      assert.equal(formatDocument(text), text);
    });
  }

  it('random documents: same model, idempotent, same lines, no trailing whitespace', () => {
    fc.assert(fc.property(arbDocument, (t) => { checkProperties(t); }), { numRuns: 1000, includeErrorInReport: true });
  });
});
