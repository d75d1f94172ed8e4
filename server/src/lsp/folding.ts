// Folding: heading sections, statements with children, comment runs.
import type { FoldingRange } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';

export function provideFoldingRanges(_doc: AnalyzedDocument): FoldingRange[] {
  return [];
}
