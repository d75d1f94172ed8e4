// Semantic tokens: keywords, defined IDs, references (resolved or not), mentions.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [], tokenModifiers: [] };

export function provideSemanticTokens(_doc: AnalyzedDocument): SemanticTokens {
  return { data: [] };
}
