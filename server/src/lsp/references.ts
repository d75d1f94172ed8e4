// Find references. A statement's references are the places its ID is written:
// every `->` target and every `@mention` that resolves to it. A statement nested
// under another also supports/attacks it, but no name is written there, so it is
// not a reference; the code lens and hover list those relations instead.
import type { Location, Position, Range, ReferenceParams } from 'vscode-languageserver';
import { nodeAt, type AnalyzedDocument, type NodeAt } from '../language';
import { inDocument } from './convert';

export interface NameAt {
  /** The statement the name denotes, or -1 for an unknown name. */
  statement: number;
  name: string;
  /** The occurrence under the cursor. */
  range: Range;
}

/** `nodeAt`, where the `@` of a mention also counts as the mention. */
export function nodeAtCursor(doc: AnalyzedDocument, p: Position): NodeAt {
  const node = nodeAt(doc, p);
  if (node.kind !== 'text') return node;
  for (const ri of node.statement.mentions) {
    const r = doc.references[ri];
    if (r.range.start.line === p.line && r.range.start.character === p.character + 1) {
      return { kind: 'reference', statement: node.statement, reference: r, index: ri };
    }
  }
  return node;
}

/** The ID under the cursor, whether where it is defined or where it is referred to. */
export function nameAt(doc: AnalyzedDocument, p: Position): NameAt | null {
  if (!inDocument(doc, p)) return null;
  const node = nodeAtCursor(doc, p);
  if (node.kind === 'id' && node.statement.id !== null && node.statement.idRange) {
    return { statement: node.statement.index, name: node.statement.id, range: node.statement.idRange };
  }
  if (node.kind === 'reference') {
    return { statement: node.reference.resolved, name: node.reference.name, range: node.reference.range };
  }
  return null;
}

export interface Occurrence { range: Range; definition: boolean }

/** Every place the name is written: the definition (if any) and each reference to it. */
export function occurrences(doc: AnalyzedDocument, at: NameAt): Occurrence[] {
  const out: Occurrence[] = [];
  if (at.statement >= 0) {
    const st = doc.statements[at.statement];
    if (st.idRange) out.push({ range: st.idRange, definition: true });
    for (const r of doc.references) if (r.resolved === at.statement) out.push({ range: r.range, definition: false });
  } else {
    // An unknown name: its other uses are the other unresolved references with that name.
    for (const r of doc.references) if (r.resolved < 0 && r.name === at.name) out.push({ range: r.range, definition: false });
  }
  return out;
}

export function provideReferences(doc: AnalyzedDocument, params: ReferenceParams, uri: string): Location[] {
  const at = nameAt(doc, params.position);
  if (!at) return [];
  const include = params.context?.includeDeclaration ?? true;
  return occurrences(doc, at).filter((o) => include || !o.definition).map((o) => ({ uri, range: o.range }));
}
