// Quick fixes bound to diagnostics.
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';

export function provideCodeActions(_doc: AnalyzedDocument, _params: CodeActionParams, _uri: string): CodeAction[] {
  return [];
}
