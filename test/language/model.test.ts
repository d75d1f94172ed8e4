// The linked model: parents, sections, targets, relations, lookups and the JSON export.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyze, countIncoming, definitionOf, incomingRelations, nodeAt, referencesTo, type AnalyzedDocument,
} from '../../server/src/language';
import { exportJson } from '../../server/src/cli/export';
import { extract } from '../helpers/markers';

const DEBATE = [
  '# Car-free old town',                                                         // 0
  '',                                                                            // 1
  'claim car-free: The old town should be closed to cars at weekends.',          // 2
  '  because air: Weekend traffic is the main source of air pollution.',         // 3
  '  because shops: Shops on pedestrian streets gain customers.',               // 4
  '    counter deliveries: Shops still need deliveries.',                        // 5
  '      counter delivery-window: Deliveries can be allowed before 10 a.m., as', // 6
  '          in most pedestrian zones.',                                         // 7
  '  counter access: People with reduced mobility would lose access.',          // 8
  '',                                                                            // 9
  '## Details',                                                                  // 10
  'because -> shops: Footfall rose in the pilot.',                               // 11
  '# Open questions',                                                            // 12
  '',                                                                            // 13
  'crux -> car-free, access: Can a shuttle replace door-to-door access?',       // 14
  'counter -> access: A free shuttle, like @delivery-window.',                  // 15
].join('\n');

const doc = analyze(DEBATE);
const idOf = (i: number | null): string => (i === null ? '-' : doc.statements[i].id ?? `line${doc.statements[i].line}`);

describe('parents and sections', () => {
  it('parent is the nearest statement above with less indentation', () => {
    assert.deepEqual(doc.statements.map((s) => `${idOf(s.index)}<${idOf(s.parent)}`), [
      'car-free<-', 'air<car-free', 'shops<car-free', 'deliveries<shops', 'delivery-window<deliveries',
      'access<car-free', 'line11<-', 'line14<-', 'line15<-',
    ]);
  });
  it('headings reset nesting, however deep the next statement is', () => {
    const d = analyze('claim a: x\n# H\n    because b: y');
    assert.equal(d.statements[1].parent, null);
  });
  it('headings have levels, parents and sections', () => {
    assert.deepEqual(doc.headings.map((h) => [h.title, h.level, h.parent, h.range.start.line, h.endLine, h.statements.map(idOf)]), [
      ['Car-free old town', 1, null, 0, 11, ['car-free', 'air', 'shops', 'deliveries', 'delivery-window', 'access']],
      ['Details', 2, 0, 10, 11, ['line11']],
      ['Open questions', 1, null, 12, 15, ['line14', 'line15']],
    ]);
  });
  it('each statement knows its heading', () => {
    assert.deepEqual(doc.statements.map((s) => s.heading), [0, 0, 0, 0, 0, 0, 1, 2, 2]);
  });
  it('heading path: a heading\'s ancestors', () => {
    const d = analyze('# A\n## B\n### C\n## D\n#### E\n# F');
    assert.deepEqual(d.headings.map((h) => [h.title, h.parent]), [['A', null], ['B', 0], ['C', 1], ['D', 0], ['E', 3], ['F', null]]);
    assert.deepEqual(d.headings.map((h) => h.endLine), [4, 2, 2, 4, 4, 5]);
  });
  it('titles are trimmed and may be empty', () => {
    const d = analyze('#\n##   Spaced title  \t');
    assert.deepEqual(d.headings.map((h) => [h.title, h.titleRange.start.character, h.titleRange.end.character]), [['', 1, 1], ['Spaced title', 5, 17]]);
  });
});

describe('targets and relations', () => {
  it('a statement with -> targets exactly the listed IDs', () => {
    const s = doc.statements[7];
    assert.equal(s.hasArrow, true);
    assert.deepEqual(s.targets.map((t) => doc.references[t].name), ['car-free', 'access']);
  });
  it('relations: support, attack and crux, from nesting and from ->', () => {
    assert.deepEqual(doc.relations.map((r) => `${idOf(r.from)} ${r.type} ${idOf(r.to)}`), [
      'air support car-free', 'shops support car-free', 'deliveries attack shops', 'delivery-window attack deliveries',
      'access attack car-free', 'line11 support shops', 'line14 crux car-free', 'line14 crux access', 'line15 attack access',
    ]);
  });
  it('-> replaces the parent as target', () => {
    const d = analyze('claim a: x\n  because b: y\n  counter -> b: z');
    assert.deepEqual(d.relations.map((r) => [r.from, r.to, r.type]), [[1, 0, 'support'], [2, 1, 'attack']]);
  });
  it('relation ranges: the -> target, or the keyword for a parent', () => {
    const r = doc.relations;
    assert.deepEqual(r[0].range, doc.statements[1].keywordRange);
    assert.deepEqual(r[6].range, doc.references[doc.statements[7].targets[0]].range);
  });
  it('no relation to an unknown ID or to itself, nor for a claim', () => {
    const d = analyze('claim a: x\n  because b -> nope, b: y\n  claim c: z');
    assert.deepEqual(d.relations, []);
  });
  it('incoming relations by target', () => {
    assert.deepEqual(incomingRelations(doc, 0).map((r) => idOf(r.from)), ['air', 'shops', 'access', 'line14']);
    assert.deepEqual(incomingRelations(doc, 0, 'support').map((r) => idOf(r.from)), ['air', 'shops']);
    assert.equal(countIncoming(doc, 0, 'attack'), 1);
    assert.equal(countIncoming(doc, 2, 'support'), 1);
    assert.equal(countIncoming(doc, 1, 'support'), 0);
  });
  it('references and definitions', () => {
    assert.equal(definitionOf(doc, 'access')?.line, 8);
    assert.equal(definitionOf(doc, 'nope'), undefined);
    assert.deepEqual(referencesTo(doc, 5).map((r) => `${r.kind}@${r.range.start.line}`), ['target@14', 'target@15']);
    assert.deepEqual(referencesTo(doc, 4).map((r) => `${r.kind}@${r.range.start.line}:${r.range.start.character}`), ['mention@15:41']);
  });
  it('the line owner covers continuation lines', () => {
    assert.deepEqual([...doc.lineOwner].slice(5, 10), [3, 4, 4, 5, -1]);
  });
});

describe('nodeAt', () => {
  function at(src: string): string[] {
    const { text, cursors } = extract(src);
    const d: AnalyzedDocument = analyze(text);
    return cursors.map((p) => {
      const n = nodeAt(d, p);
      switch (n.kind) {
        case 'keyword': case 'id': case 'text': return `${n.kind} ${n.statement.index}`;
        case 'reference': return `${n.reference.kind} ${n.reference.name}`;
        case 'heading': return `heading ${n.heading}`;
        default: return 'none';
      }
    });
  }
  it('finds keywords, IDs, targets, mentions, text and headings', () => assert.deepEqual(at([
    '# <|>Title',
    'cl<|>aim a<|>b: te<|>xt',
    '  because<|> c -> <|>ab: see @a<|>b.',
    '      mo<|>re @<|>ab<|>',
    '<|>',
    '// <|>comment',
  ].join('\n')), ['heading 0', 'keyword 0', 'id 0', 'text 0', 'keyword 1', 'target ab', 'mention ab', 'text 1', 'mention ab', 'mention ab', 'none', 'none']));
  it('is none outside the document', () => {
    assert.deepEqual(nodeAt(doc, { line: -1, character: 0 }), { kind: 'none' });
    assert.deepEqual(nodeAt(doc, { line: 999, character: 0 }), { kind: 'none' });
  });
  it('is none on an error line', () => assert.deepEqual(at('stray <|>line'), ['none']));
});

describe('export --to json', () => {
  it('has the documented shape', () => {
    const json = JSON.parse(exportJson(analyze('claim a: x\n  because b: y\n      more\ncrux -> a, b: q?')));
    // The documented fields; status fields (label, status) are tested with the status code.
    const keys = ['id', 'kind', 'text', 'range', 'parent', 'targets'] as const;
    json.statements = json.statements.map((s: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, s[k]])));
    assert.deepEqual(Object.keys(json), ['version', 'statements', 'relations']);
    assert.deepEqual(json, {
      version: 1,
      statements: [
        { id: 'a', kind: 'claim', text: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } }, parent: null, targets: [] },
        { id: 'b', kind: 'because', text: 'y more', range: { start: { line: 1, character: 2 }, end: { line: 2, character: 10 } }, parent: 0, targets: [] },
        { id: null, kind: 'crux', text: 'q?', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 16 } }, parent: null, targets: ['a', 'b'] },
      ],
      relations: [{ from: 1, to: 0, type: 'support' }, { from: 2, to: 0, type: 'crux' }, { from: 2, to: 1, type: 'crux' }],
    });
  });
  it('writes the kind in lower case whatever the keyword', () => {
    const json = JSON.parse(exportJson(analyze('CLAIM a: x\n  Because y')));
    assert.deepEqual(json.statements.map((s: { kind: string }) => s.kind), ['claim', 'because']);
  });
});
