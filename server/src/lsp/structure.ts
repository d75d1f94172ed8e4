// Small structural helpers shared by the providers (folding, selection, code actions, outline).
import type { AnalyzedDocument, Heading, Range } from '../language';

/** Text of line `l` without its line break. */
export function lineText(doc: AnalyzedDocument, l: number): string {
  return doc.text.slice(doc.lineStarts[l], doc.lineEnds[l]);
}

export function lineLength(doc: AnalyzedDocument, l: number): number {
  return doc.lineEnds[l] - doc.lineStarts[l];
}

/** Last line of each statement's subtree: its own last line or its last descendant's. */
export function subtreeEnds(doc: AnalyzedDocument): number[] {
  const end = doc.statements.map((s) => s.endLine);
  // Children always come after their parent, so one backward pass suffices.
  for (let i = doc.statements.length - 1; i >= 0; i--) {
    const p = doc.statements[i].parent;
    if (p !== null && end[i] > end[p]) end[p] = end[i];
  }
  return end;
}

/** Last non-blank line of a heading's section (the heading line itself when it is empty). */
export function sectionEnd(doc: AnalyzedDocument, h: Heading): number {
  let e = h.endLine;
  while (e > h.range.start.line && doc.lineKinds[e] === 'blank') e--;
  return e;
}

export function rangeOfLines(doc: AnalyzedDocument, from: number, to: number, fromChar = 0): Range {
  return { start: { line: from, character: fromChar }, end: { line: to, character: lineLength(doc, to) } };
}

/** Leading spaces and tabs of a line, as written. */
export function indentationOf(doc: AnalyzedDocument, l: number): string {
  return /^[ \t]*/.exec(lineText(doc, l))![0];
}
