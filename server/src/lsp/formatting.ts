// Format Document: the core formatter's output, sent as one edit covering only the lines
// that change (so the cursor and undo history elsewhere are left alone).
import type { DocumentFormattingParams, Position, TextEdit } from 'vscode-languageserver';
import { formatDocument, type AnalyzedDocument } from '../language';

/** Lines with their line break (LF, CRLF or a lone CR, as the parser counts lines). */
function pieces(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

function endOf(ps: string[]): Position {
  const last = ps[ps.length - 1];
  if (last === undefined) return { line: 0, character: 0 };
  return /[\r\n]$/.test(last) ? { line: ps.length, character: 0 } : { line: ps.length - 1, character: last.length };
}

// The layout is the project's canonical one (two spaces per level), whatever the editor's
// tab settings in `params.options` say: files look the same in every editor and in CI.
export function provideFormatting(doc: AnalyzedDocument, _params: DocumentFormattingParams): TextEdit[] {
  const before = doc.text;
  const after = formatDocument(before);
  if (after === before) return [];
  const a = pieces(before);
  const b = pieces(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const start: Position = { line: p, character: 0 };
  const end: Position = q === 0 ? endOf(a) : { line: a.length - q, character: 0 };
  return [{ range: { start, end }, newText: b.slice(p, b.length - q).join('') }];
}
