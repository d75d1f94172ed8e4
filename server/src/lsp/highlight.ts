// Document highlight: the ID under the cursor everywhere it is written;
// the definition is a write, references and mentions are reads.
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';
import { nameAt, occurrences } from './references';

export function provideHighlights(doc: AnalyzedDocument, params: DocumentHighlightParams): DocumentHighlight[] {
  const at = nameAt(doc, params.position);
  if (!at) return [];
  return occurrences(doc, at).map((o) => ({
    range: o.range,
    kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
