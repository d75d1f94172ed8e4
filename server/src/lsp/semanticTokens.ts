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
  // Emitted in document order: headings between statements; within a statement the keyword, ID,
  // `->`, targets (all on its first line) and then mentions.
  const tokens: Token[] = [];
  const hs = doc.headings;
  let h = 0;
  const heading = () => {
    const r = hs[h++].titleRange;
    if (r.end.character > r.start.character) tokens.push(token(r, 'namespace'));
  };
  for (const st of doc.statements) {
    while (h < hs.length && hs[h].range.start.line < st.line) heading();
    tokens.push(token(st.keywordRange, 'keyword'));
    if (st.idRange) tokens.push(token(st.idRange, 'variable', ['declaration']));
    if (st.arrowRange) tokens.push(token(st.arrowRange, 'operator'));
    for (const i of st.targets) tokens.push(reference(doc, i));
    for (const i of st.mentions) tokens.push(reference(doc, i));
  }
  while (h < hs.length) heading();
  let sorted = true;
  for (let i = 1; i < tokens.length && sorted; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    sorted = a.line < b.line || (a.line === b.line && a.char < b.char);
  }
  if (!sorted) tokens.sort((a, b) => a.line - b.line || a.char - b.char);
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) builder.push(t.line, t.char, t.length, t.type, t.mods);
  return builder.build();
}

function reference(doc: AnalyzedDocument, i: number): Token {
  const ref = doc.references[i];
  const mods: TokenModifier[] = [];
  if (ref.kind === 'mention') mods.push('mention');
  if (ref.resolved < 0) mods.push('unresolved');
  return token(ref.range, 'variable', mods, ref.kind === 'mention' ? 1 : 0);
}
