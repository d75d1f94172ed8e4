// `check` for diagnostics: every «range» in a fixture is where a diagnostic must be, listed
// rule by rule in position order; nothing else from the structural rules may be reported.
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions, type AnalyzedDocument, type Diagnostic } from '../../server/src/language';
import { extract, showRange } from './markers';

/** The rules of docs/language.md (the argument's structure). Rules about claim status live in their own tests. */
export const STRUCTURE_RULES = [
  'syntax-error', 'unknown-reference', 'duplicate-id', 'orphan-statement', 'misplaced-claim', 'self-target',
  'empty-statement', 'unsupported-claim', 'circular-support', 'unlinked-crux', 'mixed-indentation',
];

/** Diagnostics of the structural rules, plus those of any rule named in `also`. */
export function diagnosticsOf(doc: AnalyzedDocument, also: readonly string[] = []): Diagnostic[] {
  return doc.diagnostics.filter((d) => STRUCTURE_RULES.includes(d.rule) || also.includes(d.rule));
}

export function check(src: string, rules: string[], options?: AnalysisOptions): void {
  const { text, ranges } = extract(src);
  assert.equal(ranges.length, rules.length, 'fixture: one «range» per expected rule');
  const doc = analyze(text, options);
  const actual = diagnosticsOf(doc, rules).map((d) => `${d.rule} ${showRange(d.range)}`);
  const expected = rules.map((r, i) => `${r} ${showRange(ranges[i])}`);
  assert.deepEqual(actual, expected);
}

/** The one diagnostic of `rule` in `text` (fails when there is not exactly one). */
export function only(text: string, rule: string, options?: AnalysisOptions): Diagnostic {
  const found = analyze(text, options).diagnostics.filter((d) => d.rule === rule);
  assert.equal(found.length, 1, `expected one ${rule}, got ${found.map((d) => d.message).join(' | ') || 'none'}`);
  return found[0];
}
