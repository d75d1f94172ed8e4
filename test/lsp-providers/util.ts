// Helpers for the provider tests: analyse a marked fixture, apply edits as an editor would.
import type { Position, TextEdit } from 'vscode-languageserver';
import { analyze, type AnalyzedDocument } from '../../server/src/language';
import { extract, type Marked } from '../helpers/markers';

export function load(src: string): Marked & { doc: AnalyzedDocument } {
  const m = extract(src);
  return { ...m, doc: analyze(m.text) };
}

export function offsetAt(text: string, p: Position): number {
  let off = 0;
  for (let l = 0; l < p.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) throw new Error(`line ${p.line} is past the end`);
    off = nl + 1;
  }
  return off + p.character;
}

/** Applies non-overlapping edits (any order), last first so offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s || b.e - a.e);
  for (const x of sorted) text = text.slice(0, x.s) + x.t + text.slice(x.e);
  return text;
}

/** Turns a multi-line template into text: strips the common indentation and the first newline. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}
