// Document formatting, built on the core formatter.
import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';

export function provideFormatting(_doc: AnalyzedDocument, _params: DocumentFormattingParams): TextEdit[] {
  return [];
}
