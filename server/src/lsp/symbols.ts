// Document outline: headings (nested by level) → top-level statements → the
// statements nested under them, each with a kind-specific icon (see convert.ts).
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver';
import { anchorOf, statusOf, truncate, type AnalyzedDocument, type Statement } from '../language';
import { displayName, HEADING_SYMBOL_KIND, statusLabel, SYMBOL_KIND } from './convert';
import { rangeOfLines, subtreeEnds } from './structure';

// Outline, breadcrumbs and sticky scroll all ask for the same version: compute it once.
const memo = new WeakMap<AnalyzedDocument, DocumentSymbol[]>();

export function provideDocumentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
  let symbols = memo.get(doc);
  if (!symbols) memo.set(doc, (symbols = outline(doc)));
  return symbols;
}

function outline(doc: AnalyzedDocument): DocumentSymbol[] {
  const children: number[][] = doc.statements.map(() => []);
  for (const st of doc.statements) if (st.parent !== null) children[st.parent].push(st.index);
  const subtreeEnd = subtreeEnds(doc);
  const lineRange = (from: Position, endLine: number): Range => rangeOfLines(doc, from.line, endLine, from.character);

  const statementSymbol = (i: number): DocumentSymbol => {
    const st = doc.statements[i];
    const sym: DocumentSymbol = {
      name: displayName(st),
      detail: st.kind === 'claim' ? claimDetail(doc, st) : detailOf(st),
      kind: SYMBOL_KIND[st.kind],
      range: lineRange(st.range.start, subtreeEnd[i]),
      selectionRange: anchorOf(st),
    };
    // Leaves carry no `children`: large outlines are a few megabytes of JSON otherwise.
    if (children[i].length) sym.children = children[i].map(statementSymbol);
    return sym;
  };

  const headingSymbols: DocumentSymbol[] = doc.headings.map((h) => ({
    name: h.title.trim() || '(untitled)',
    kind: HEADING_SYMBOL_KIND,
    range: lineRange(h.range.start, Math.max(h.endLine, h.range.start.line)),
    selectionRange: h.titleRange,
    children: [],
  }));
  const roots: DocumentSymbol[] = [];
  // Keep document order: a heading's own statements come before its sub-headings
  // only when they are written before them, so merge by line.
  const entries: { line: number; parent: number | null; sym: DocumentSymbol }[] = [];
  for (const h of doc.headings) entries.push({ line: h.range.start.line, parent: h.parent, sym: headingSymbols[h.index] });
  for (const st of doc.statements) {
    if (st.parent !== null) continue;
    entries.push({ line: st.line, parent: st.heading, sym: statementSymbol(st.index) });
  }
  entries.sort((a, b) => a.line - b.line);
  for (const e of entries) (e.parent === null ? roots : headingSymbols[e.parent].children!).push(e.sym);
  for (const h of headingSymbols) if (h.children!.length === 0) delete h.children;
  return roots;
}

function detailOf(st: Statement): string {
  if (st.id !== null) return truncate(st.text, 80);
  return st.kind;
}

/** A claim's detail leads with its status: "✗ defeated · The levy…". */
function claimDetail(doc: AnalyzedDocument, st: Statement): string {
  return `${statusLabel(statusOf(doc, st.index))} · ${detailOf(st)}`;
}
