// Data-driven rule tests: every «range» in a fixture is where a diagnostic must be,
// listed rule by rule in position order; nothing else may be reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type AnalysisOptions } from '../../server/src/language';
import { extract, showRange } from '../helpers/markers';

export function check(src: string, rules: string[], options?: AnalysisOptions): void {
  const { text, ranges } = extract(src);
  assert.equal(ranges.length, rules.length, 'fixture: one «range» per expected rule');
  const doc = analyze(text, options);
  const actual = doc.diagnostics.map((d) => `${d.rule} ${showRange(d.range)}`);
  const expected = rules.map((r, i) => `${r} ${showRange(ranges[i])}`);
  assert.deepEqual(actual, expected);
}

describe('unsupported-claim', () => {
  it('reports a claim with no because', () => check('«claim» taxes: Taxes should rise.', ['unsupported-claim']));
  it('accepts a nested because', () => check('claim taxes: Taxes should rise.\n  because the deficit is large', []));
  it('accepts a because via ->', () => check('claim taxes: x\nbecause -> taxes: y', []));
  it('can be turned off', () => check('claim taxes: x', [], { rules: { 'unsupported-claim': 'off' } }));
});
