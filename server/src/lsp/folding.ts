// Folding: heading sections, statements with children or continuation lines, comment runs.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';
import { sectionEnd, subtreeEnds } from './structure';

export function provideFoldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of doc.headings) {
    const end = sectionEnd(doc, h);
    if (end > h.range.start.line) out.push({ startLine: h.range.start.line, endLine: end });
  }
  const ends = subtreeEnds(doc);
  for (const st of doc.statements) {
    if (ends[st.index] > st.line) out.push({ startLine: st.line, endLine: ends[st.index] });
  }
  const kinds = doc.lineKinds;
  for (let l = 0; l < kinds.length; l++) {
    if (kinds[l] !== 'comment') continue;
    let e = l;
    while (e + 1 < kinds.length && kinds[e + 1] === 'comment') e++;
    if (e > l) out.push({ startLine: l, endLine: e, kind: FoldingRangeKind.Comment });
    l = e;
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
