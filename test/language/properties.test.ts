// Property-based tests: any text analyses without throwing, every range lies in the document,
// and the analysis is deterministic and independent of line endings and a BOM.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzedDocument, type Range } from '../../server/src/language';

const PIECES = [
  'claim', 'because', 'counter', 'crux', 'Claim', 'BECAUSE', 'claims', 'clam', ' ', '  ', '    ', '\t', ':', '->', ',', '@',
  '#', '## ', '// ', '//', 'debate-disable ', 'debate-disable-next-line ', 'unsupported-claim', 'debate-expect ', 'a', 'b',
  'x-y', 'v2.1', '.', '-', 'Note', '3', 'é', 'e\u0301', '税金', 'ضرائب', '😀', '\u{10400}', '\ud800', '\u200b', '\u00a0',
  '\n', '\n', '\n', '\r\n', '\r', '\ufeff', 'me@mail.com', '@a.', 'https://x.org',
];
/** Text built from the pieces of the language, which reaches the interesting paths far more often than random text. */
const debateText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(debateText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

/** Line lengths as editors count them: lines end at LF, CRLF or a lone CR. */
function lineLengths(text: string): number[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.split(/\r\n|\r|\n/).map((l) => l.length);
}

function allRanges(doc: AnalyzedDocument): [string, Range][] {
  const out: [string, Range][] = [];
  for (const s of doc.statements) {
    out.push(['statement', s.range], ['keyword', s.keywordRange]);
    if (s.idRange) out.push(['id', s.idRange]);
    if (s.arrowRange) out.push(['arrow', s.arrowRange]);
    if (s.colonRange) out.push(['colon', s.colonRange]);
    for (const seg of s.textSegments) out.push(['text', { start: { line: seg.line, character: seg.start }, end: { line: seg.line, character: seg.end } }]);
  }
  for (const r of doc.references) out.push(['reference', r.range]);
  for (const r of doc.relations) out.push(['relation', r.range]);
  for (const h of doc.headings) out.push(['heading', h.range], ['title', h.titleRange]);
  for (const d of doc.diagnostics) {
    out.push([`diagnostic ${d.rule}`, d.range]);
    for (const rel of d.related ?? []) out.push([`related ${d.rule}`, rel.range]);
  }
  for (const d of doc.directives) {
    out.push(['directive', d.range]);
    for (const r of d.rules) out.push(['directive rule', r.range]);
  }
  return out;
}

function checkRanges(text: string): void {
  const doc = analyze(text);
  const lengths = lineLengths(text);
  assert.equal(doc.lineKinds.length, lengths.length);
  for (const [what, r] of allRanges(doc)) {
    const ok = Number.isInteger(r.start.line) && Number.isInteger(r.end.line)
      && Number.isInteger(r.start.character) && Number.isInteger(r.end.character)
      && r.start.line >= 0 && r.end.line < lengths.length
      && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character))
      && r.start.character >= 0 && r.start.character <= lengths[r.start.line]
      && r.end.character >= 0 && r.end.character <= lengths[r.end.line];
    assert.ok(ok, `${what} range ${JSON.stringify(r)} is outside the document ${JSON.stringify(lengths)}`);
  }
}

/** The model as plain data, for comparing two analyses. */
function snapshot(doc: AnalyzedDocument): string {
  return JSON.stringify({
    k: doc.lineKinds, s: doc.statements, h: doc.headings, r: doc.references, rel: doc.relations, d: doc.diagnostics,
    dir: doc.directives, ids: [...doc.ids], owner: [...doc.lineOwner],
  });
}

const RUNS = { numRuns: 1000 };

describe('properties', () => {
  it('any text analyses without throwing and without internal errors', () => {
    fc.assert(fc.property(anyText, (text) => {
      const doc = analyze(text);
      assert.ok(!doc.diagnostics.some((d) => d.message.startsWith('internal error')), JSON.stringify(doc.diagnostics));
    }), RUNS);
  });
  it('every range lies inside the document and starts before it ends', () => {
    fc.assert(fc.property(anyText, checkRanges), RUNS);
  });
  it('lines are counted as the language server\'s TextDocument counts them', () => {
    fc.assert(fc.property(anyText, (text) => {
      const doc = analyze(text);
      const td = TextDocument.create('file:///x.debate', 'debate', 1, doc.text);
      assert.equal(doc.lineStarts.length, td.lineCount);
      doc.lineStarts.forEach((start, line) => {
        assert.equal(td.offsetAt({ line, character: 0 }), start);
        assert.equal(td.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }), doc.lineEnds[line]);
      });
    }), RUNS);
  });
  it('the model is consistent: parents come before children, relations and references point at statements', () => {
    fc.assert(fc.property(debateText, (text) => {
      const doc = analyze(text);
      const n = doc.statements.length;
      doc.statements.forEach((s, i) => {
        assert.equal(s.index, i);
        assert.ok(s.parent === null || (s.parent < i && doc.statements[s.parent].indent < s.indent));
        assert.ok(s.line <= s.endLine);
        assert.ok(s.text === s.text.trim() && !/[\r\n]/.test(s.text));
      });
      for (const r of doc.relations) assert.ok(r.from >= 0 && r.from < n && r.to >= 0 && r.to < n && r.from !== r.to);
      for (const r of doc.references) assert.ok(r.resolved === -1 || doc.statements[r.resolved].id === r.name);
    }), RUNS);
  });
  it('is deterministic', () => {
    fc.assert(fc.property(anyText, (text) => { assert.equal(snapshot(analyze(text)), snapshot(analyze(text))); }), RUNS);
  });
  it('CRLF line endings give the same model as LF', () => {
    fc.assert(fc.property(debateText, (text) => {
      const lf = text.replace(/\r/g, '');
      assert.equal(snapshot(analyze(lf.replace(/\n/g, '\r\n'))), snapshot(analyze(lf)));
    }), RUNS);
  });
  it('a BOM changes nothing', () => {
    fc.assert(fc.property(debateText, (text) => {
      assert.equal(snapshot(analyze('\ufeff' + text)), snapshot(analyze(text.charCodeAt(0) === 0xfeff ? '\ufeff' + text : text)));
    }), RUNS);
  });
  it('a line only affects the lines after it: removing the last line keeps earlier statements\' kinds and IDs', () => {
    fc.assert(fc.property(debateText, (text) => {
      const lines = text.split(/\r\n|\r|\n/);
      if (lines.length < 2) return;
      const shorter = analyze(lines.slice(0, -1).join('\n'));
      const full = analyze(lines.join('\n'));
      assert.deepEqual(full.lineKinds.slice(0, -1), shorter.lineKinds);
      assert.deepEqual(full.statements.slice(0, shorter.statements.length).map((s) => [s.id, s.parent, s.kind]),
        shorter.statements.map((s) => [s.id, s.parent, s.kind]));
    }), RUNS);
  });
});
