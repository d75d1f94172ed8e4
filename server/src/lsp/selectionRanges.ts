// Smart selection (expand/shrink): word or ID → header → the statement's line → the whole
// statement → the statement with its children → its ancestors with theirs → heading sections
// → the whole document.
import type { Position, Range, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import { contains, nodeAt, type AnalyzedDocument, type Statement } from '../language';
import { lineText, rangeOfLines, sectionEnd, subtreeEnds } from './structure';

const WORD = /[\p{L}\p{N}\p{M}_.\-]/u;

function wordAt(doc: AnalyzedDocument, p: Position): Range | null {
  const text = lineText(doc, p.line);
  let s = p.character;
  let e = p.character;
  while (s > 0 && WORD.test(text[s - 1])) s--;
  while (e < text.length && WORD.test(text[e])) e++;
  // Dots and dashes belong to IDs but not at a word's ends (end of a sentence, a dash).
  while (s < e && /[.\-]/.test(text[s])) s++;
  while (e > s && /[.\-]/.test(text[e - 1])) e--;
  if (s >= e || p.character < s || p.character > e) return null;
  return { start: { line: p.line, character: s }, end: { line: p.line, character: e } };
}

function same(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

function within(inner: Range, outer: Range): boolean {
  return contains(outer, inner.start) && contains(outer, inner.end);
}

export function provideSelectionRanges(doc: AnalyzedDocument, params: SelectionRangeParams): SelectionRange[] {
  const ends = subtreeEnds(doc);
  return params.positions.map((p) => build(doc, p, ends));
}

function build(doc: AnalyzedDocument, p: Position, ends: number[]): SelectionRange {
  const chain: Range[] = [];
  const node = nodeAt(doc, p);
  let st: Statement | null = null;
  let headingIndex: number | null = null;
  if (node.kind === 'reference') {
    chain.push(node.reference.range);
    if (node.reference.kind === 'mention') {
      const r = node.reference.range;
      chain.push({ start: { line: r.start.line, character: r.start.character - 1 }, end: r.end });
    }
    st = node.statement;
  } else if (node.kind === 'id') {
    chain.push(node.statement.idRange!);
    st = node.statement;
  } else if (node.kind === 'keyword') {
    chain.push(node.statement.keywordRange);
    st = node.statement;
  } else if (node.kind === 'text') {
    const w = wordAt(doc, p);
    if (w) chain.push(w);
    st = node.statement;
  } else if (node.kind === 'heading') {
    const h = doc.headings[node.heading];
    const w = wordAt(doc, p);
    if (w) chain.push(w);
    chain.push(h.titleRange, h.range);
    headingIndex = h.index;
  } else if (p.line >= 0 && p.line < doc.lineStarts.length) {
    const w = wordAt(doc, p);
    if (w) chain.push(w);
    chain.push(rangeOfLines(doc, p.line, p.line));
  }
  if (st) {
    const start = st.keywordRange.start;
    if (st.colonRange) chain.push({ start, end: st.colonRange.end });
    const onLine = p.line;
    if (onLine === st.line) chain.push(rangeOfLines(doc, st.line, st.line, start.character));
    else chain.push(rangeOfLines(doc, onLine, onLine, lineText(doc, onLine).search(/\S/)));
    chain.push(st.range);
    for (let s: Statement | null = st; s; s = s.parent === null ? null : doc.statements[s.parent]) {
      chain.push(rangeOfLines(doc, s.line, ends[s.index], s.keywordRange.start.character));
    }
    headingIndex = st.heading;
  } else if (headingIndex === null) {
    // A comment, blank or error line: the section it sits in.
    for (const h of doc.headings) if (h.range.start.line <= p.line && p.line <= h.endLine) headingIndex = h.index;
  }
  for (let h = headingIndex; h !== null; h = doc.headings[h].parent) {
    const head = doc.headings[h];
    chain.push(rangeOfLines(doc, head.range.start.line, Math.max(sectionEnd(doc, head), head.range.start.line)));
  }
  const last = doc.lineStarts.length - 1;
  chain.push(rangeOfLines(doc, 0, last));

  // Each range must contain the position and the one before it; drop repeats and anything
  // that doesn't nest (the header when the cursor is in the text after it, say).
  const kept: Range[] = [];
  for (const r of chain) {
    const prev = kept[kept.length - 1];
    if (!contains(r, p) || (prev && (same(prev, r) || !within(prev, r)))) continue;
    kept.push(r);
  }
  let result: SelectionRange | undefined;
  for (let i = kept.length - 1; i >= 0; i--) result = { range: kept[i], parent: result };
  return result!;
}
