// Properties of the editing providers over random documents (fast-check): they never throw,
// their ranges are inside the document and nest where they must, and quick fixes do what their
// title says once applied.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic as LspDiagnostic, Position, Range } from 'vscode-languageserver';
import { analyze, contains, formatDocument, type AnalyzedDocument } from '../../server/src/language';
import { provideCodeActions } from '../../server/src/lsp/codeActions';
import { provideCompletion } from '../../server/src/lsp/completion';
import { provideFoldingRanges } from '../../server/src/lsp/folding';
import { provideFormatting } from '../../server/src/lsp/formatting';
import { provideSelectionRanges } from '../../server/src/lsp/selectionRanges';
import { provideSemanticTokens } from '../../server/src/lsp/semanticTokens';
import { arbDocument } from './arbitraries';
import { applyEdits } from './util';

const URI = 'file:///p.debate';
const RUNS = { numRuns: 300, includeErrorInReport: true };

function lineLen(doc: AnalyzedDocument, l: number): number {
  return doc.lineEnds[l] - doc.lineStarts[l];
}

function inside(doc: AnalyzedDocument, p: Position): boolean {
  return p.line >= 0 && p.line < doc.lineStarts.length && p.character >= 0 && p.character <= lineLen(doc, p.line);
}

function within(inner: Range, outer: Range): boolean {
  return contains(outer, inner.start) && contains(outer, inner.end);
}

/** Every position at the start, middle and end of every line. */
function positions(doc: AnalyzedDocument): Position[] {
  const out: Position[] = [];
  for (let l = 0; l < doc.lineStarts.length; l++) {
    const n = lineLen(doc, l);
    for (const c of new Set([0, n >> 1, n])) out.push({ line: l, character: c });
  }
  return out;
}

describe('editing providers: properties over random documents', () => {
  it('completion: edits replace text around the cursor on its line', () => {
    fc.assert(fc.property(arbDocument, (text) => {
      const doc = analyze(text);
      for (const p of positions(doc)) {
        for (const item of provideCompletion(doc, { textDocument: { uri: URI }, position: p })) {
          const e = item.textEdit;
          assert.ok(e && 'range' in e, `${item.label}: a textEdit with a range`);
          assert.ok(e.range.start.line === p.line && e.range.end.line === p.line, 'on the cursor line');
          assert.ok(contains(e.range, p) && inside(doc, e.range.end), 'around the cursor, inside the line');
        }
      }
    }), RUNS);
  });

  it('selection ranges: each step contains the one before, the first contains the position', () => {
    fc.assert(fc.property(arbDocument, (text) => {
      const doc = analyze(text);
      const ps = positions(doc);
      const sels = provideSelectionRanges(doc, { textDocument: { uri: URI }, positions: ps });
      assert.equal(sels.length, ps.length);
      sels.forEach((s, i) => {
        assert.ok(contains(s.range, ps[i]), 'innermost contains the position');
        for (let r = s; r.parent; r = r.parent) {
          assert.ok(within(r.range, r.parent.range), 'nested');
          assert.notDeepEqual(r.range, r.parent.range, 'each step grows');
          assert.ok(inside(doc, r.parent.range.start) && inside(doc, r.parent.range.end), 'inside the document');
        }
      });
    }), RUNS);
  });

  it('folding: spans of two or more lines inside the document', () => {
    fc.assert(fc.property(arbDocument, (text) => {
      const doc = analyze(text);
      for (const f of provideFoldingRanges(doc)) {
        assert.ok(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < doc.lineStarts.length);
      }
    }), RUNS);
  });

  it('semantic tokens: in order, not overlapping, inside their lines', () => {
    fc.assert(fc.property(arbDocument, (text) => {
      const doc = analyze(text);
      const data = provideSemanticTokens(doc).data;
      let line = 0;
      let char = 0;
      let prevEnd = 0;
      for (let i = 0; i < data.length; i += 5) {
        const [dl, dc, len] = data.slice(i, i + 5);
        if (dl > 0) prevEnd = 0;
        line += dl;
        char = dl === 0 ? char + dc : dc;
        assert.ok(len > 0 && char >= prevEnd && char + len <= lineLen(doc, line), `token ${line}:${char}+${len}`);
        prevEnd = char + len;
      }
    }), RUNS);
  });

  it('quick fixes: the fix removes its diagnostic and breaks no line', () => {
    fc.assert(fc.property(arbDocument, (input) => {
      const doc = analyze(input);
      const text = doc.text;
      const diagnostics: LspDiagnostic[] = doc.diagnostics.map((d) => ({ range: d.range, message: d.message, code: d.rule, data: d.data }));
      const syntaxErrors = doc.diagnostics.filter((d) => d.rule === 'syntax-error').length;
      for (const d of diagnostics) {
        const actions = provideCodeActions(doc, { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } }, URI);
        for (const a of actions) {
          const after = analyze(applyEdits(text, a.edit!.changes![URI]));
          if (d.code === 'syntax-error') {
            // A fixed keyword can reveal another problem further on the line, but not the same one.
            assert.ok(!after.diagnostics.some((y) => y.message === d.message && y.range.start.line === d.range.start.line), `${a.title}: fixed\n${text}`);
            continue;
          }
          const count = (x: AnalyzedDocument) => x.diagnostics.filter((y) => y.rule === d.code).length;
          assert.ok(count(after) < count(doc), `${a.title}: ${d.code} ${count(doc)} → ${count(after)}\n${text}`);
          assert.ok(after.diagnostics.filter((y) => y.rule === 'syntax-error').length <= syntaxErrors, `${a.title}: no new syntax error\n${text}`);
        }
      }
    }), RUNS);
  });

  it('formatting: applying the edit gives the formatter’s output; none when formatted', () => {
    fc.assert(fc.property(arbDocument, (input) => {
      const doc = analyze(input);
      const params = { textDocument: { uri: URI }, options: { tabSize: 4, insertSpaces: true } };
      const edits = provideFormatting(doc, params);
      const formatted = formatDocument(doc.text);
      assert.equal(applyEdits(doc.text, edits), formatted);
      assert.equal(edits.length, formatted === doc.text ? 0 : 1);
      assert.deepEqual(provideFormatting(analyze(formatted), params), []);
    }), RUNS);
  });
});
