// The analysed-document model every feature reads. Ranges are LSP-style:
// 0-based line, UTF-16 character (the unit of JS strings).

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type StatementKind = 'claim' | 'because' | 'counter' | 'crux';
export type RelationType = 'support' | 'attack' | 'crux';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Heading {
  index: number;
  level: number;          // 1..6
  title: string;
  range: Range;           // the whole line
  titleRange: Range;
  /** Index of the enclosing heading (a lower level above it), or null. */
  parent: number | null;
  /** Statements under this heading, directly (not through sub-headings). */
  statements: number[];
  /** Last line of the section (inclusive): up to the next heading of the same or a higher level. */
  endLine: number;
}

export interface Reference {
  /** 'target' for an ID after `->`, 'mention' for an `@ID` in text. */
  kind: 'target' | 'mention';
  name: string;
  /** Range of the name (without the `@` for mentions). */
  range: Range;
  /** Statement that contains the reference. */
  from: number;
  /** Statement it resolves to (first definition), or -1. */
  resolved: number;
}

export interface TextSegment {
  line: number;
  /** Character range of this piece of text on its line. */
  start: number;
  end: number;
}

export interface Statement {
  index: number;
  kind: StatementKind;
  /** The keyword as written (any case). */
  keyword: string;
  id: string | null;
  /** Trimmed text, continuation lines joined with one space. */
  text: string;
  /** Whole statement, keyword to end of its last continuation line. */
  range: Range;
  keywordRange: Range;
  idRange: Range | null;
  /** Indentation width in columns (a tab counts 4). */
  indent: number;
  /** First and last line (inclusive), continuation lines included. */
  line: number;
  endLine: number;
  parent: number | null;
  /** True when `->` was written; then `targets` are exactly the listed IDs. */
  hasArrow: boolean;
  /** Range of the `->` token, when written. */
  arrowRange: Range | null;
  /** Indexes into `AnalyzedDocument.references` of the `->` targets, in order. */
  targets: number[];
  /** Indexes into `AnalyzedDocument.references` of the `@mentions`, in order. */
  mentions: number[];
  /** Heading the statement sits under (nearest above), or null. */
  heading: number | null;
  textSegments: TextSegment[];
  /** Range of the header's closing `:` when written. */
  colonRange: Range | null;
}

export interface Relation {
  from: number;
  to: number;
  type: RelationType;
  /** Where the relation is written: the `->` target, or the keyword when the target is the parent. */
  range: Range;
}

export interface RelatedInformation { range: Range; message: string }

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedInformation[];
  /** Machine-readable extras for quick fixes (e.g. `suggestion`, `name`). */
  data?: Record<string, unknown>;
}

export type LineKind = 'blank' | 'comment' | 'heading' | 'statement' | 'continuation' | 'error';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'expect';
  line: number;
  /** Rule names (empty = all rules) for disable directives. */
  rules: { name: string; range: Range }[];
  /** For `debate-expect ID: status`. */
  expect?: { id: string; idRange: Range; status: string; statusRange: Range };
  range: Range;
}

export interface SyntaxIssue { message: string; range: Range; data?: Record<string, unknown> }

export interface AnalysisOptions {
  /** Per-rule severity overrides; `off` disables a rule. */
  rules?: Record<string, SeveritySetting>;
}
