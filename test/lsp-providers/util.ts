// Helpers for the provider tests: analyse a marked fixture, apply edits as an editor would.
import type { Position, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzedDocument } from '../../server/src/language';
import { extract, type Marked } from '../helpers/markers';

export function load(src: string): Marked & { doc: AnalyzedDocument } {
  const m = extract(src);
  return { ...m, doc: analyze(m.text) };
}

/** Offset of a position, counting lines as editors do (LF, CRLF, lone CR). */
export function offsetAt(text: string, p: Position): number {
  return TextDocument.create('file:///t', 'debate', 0, text).offsetAt(p);
}

/** The text after applying `edits`, as an editor applies them (non-overlapping, any order). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///t', 'debate', 0, text), edits);
}
