// How messages, hovers and CLI output name things: statements, and lists of words to choose from.
import type { Range, Statement } from './types';

/** `s` cut to `max` characters, the last one an ellipsis. */
export function truncate(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** How a message names a statement: by ID, else by the start of its text. */
export function nameOf(st: Statement): string {
  if (st.id !== null) return `${st.kind} \`${st.id}\``;
  if (st.text.length === 0) return `this ${st.kind}`;
  return `${st.kind} “${truncate(st.text, 40)}”`;
}

/** Where a statement is best pointed at: its ID when it has one, else its keyword. */
export function anchorOf(st: Statement): Range {
  return st.idRange ?? st.keywordRange;
}

/** "`a`, `b`, `c`": the choices a message offers. */
export function codeList(xs: Iterable<string>): string {
  return [...xs].map((x) => '`' + x + '`').join(', ');
}
