// Completion: keywords at line starts, IDs after `->`, `,` and `@`, snippets.
import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';

export function provideCompletion(_doc: AnalyzedDocument, _params: CompletionParams): CompletionItem[] {
  return [];
}
