import type { LinkedModel } from '../model';
import type { Range, RelatedInformation, Severity, Statement } from '../types';

export interface Report {
  range: Range;
  message: string;
  related?: RelatedInformation[];
  data?: Record<string, unknown>;
}

export interface RuleContext {
  readonly doc: LinkedModel;
  report(r: Report): void;
}

/** One lint rule. Add a file exporting one of these and list it in rules/index.ts. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, for `--help`, SARIF and the docs. */
  description: string;
  check(ctx: RuleContext): void;
}

/** How a message names a statement: by ID, else by the start of its text. */
export function nameOf(st: Statement): string {
  if (st.id !== null) return `${st.kind} \`${st.id}\``;
  if (st.text.length === 0) return `this ${st.kind}`;
  const t = st.text.length > 40 ? st.text.slice(0, 39) + '…' : st.text;
  return `${st.kind} “${t}”`;
}

/** Where a statement is best pointed at: its ID when it has one, else its keyword. */
export function anchorOf(st: Statement): Range {
  return st.idRange ?? st.keywordRange;
}
