// Semantic tokens. Mapping (standard types where they fit, custom modifiers otherwise):
//   keyword `claim`/`because`/`counter`/`crux`  → keyword
//   `->`                                       → operator
//   a statement's own ID                       → variable + declaration
//   a `->` target that names a statement       → variable
//   a `->` target that names nothing           → variable + unresolved   (custom modifier)
//   an `@mention` (the `@` included)           → variable + mention      (+ unresolved when it names nothing)
//   a heading's title                          → namespace
// Themes can style `*.unresolved` (e.g. red) and `*.mention` in settings.json
// (`editor.semanticTokenColorCustomizations`); the extension may ship defaults for them.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { AnalyzedDocument, Range } from '../language';

const TYPES = ['keyword', 'operator', 'variable', 'namespace'] as const;
const MODIFIERS = ['declaration', 'unresolved', 'mention'] as const;
type TokenType = (typeof TYPES)[number];
type TokenModifier = (typeof MODIFIERS)[number];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

interface Token { line: number; char: number; length: number; type: number; mods: number }

function token(r: Range, type: TokenType, mods: TokenModifier[] = [], extraBefore = 0): Token {
  let bits = 0;
  for (const m of mods) bits |= 1 << MODIFIERS.indexOf(m);
  return {
    line: r.start.line, char: r.start.character - extraBefore,
    length: r.end.character - r.start.character + extraBefore, type: TYPES.indexOf(type), mods: bits,
  };
}

export function provideSemanticTokens(doc: AnalyzedDocument): SemanticTokens {
  const tokens: Token[] = [];
  for (const st of doc.statements) {
    tokens.push(token(st.keywordRange, 'keyword'));
    if (st.idRange) tokens.push(token(st.idRange, 'variable', ['declaration']));
    if (st.arrowRange) tokens.push(token(st.arrowRange, 'operator'));
  }
  for (const ref of doc.references) {
    const mods: TokenModifier[] = [];
    if (ref.kind === 'mention') mods.push('mention');
    if (ref.resolved < 0) mods.push('unresolved');
    tokens.push(token(ref.range, 'variable', mods, ref.kind === 'mention' ? 1 : 0));
  }
  for (const h of doc.headings) {
    if (h.titleRange.end.character > h.titleRange.start.character) tokens.push(token(h.titleRange, 'namespace'));
  }
  tokens.sort((a, b) => a.line - b.line || a.char - b.char);
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) builder.push(t.line, t.char, t.length, t.type, t.mods);
  return builder.build();
}
