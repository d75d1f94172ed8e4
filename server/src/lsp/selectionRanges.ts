// Smart selection: word → header → line → statement with children → section → document.
import type { SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';

export function provideSelectionRanges(_doc: AnalyzedDocument, _params: SelectionRangeParams): SelectionRange[] {
  return [];
}
