import type { LinkedModel } from '../model';
import type { Range, RelatedInformation, Severity } from '../types';

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

export { anchorOf, nameOf } from '../names';
