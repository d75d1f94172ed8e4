// Statuses, explanations and the status rules, written as .debate text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, explain, statusOf, type ClaimStatus } from '../../server/src/language';
import { extract, showRange } from '../helpers/markers';

/** The status of every claim, by ID. */
function checkStatuses(text: string, expected: Record<string, ClaimStatus>): void {
  const doc = analyze(text);
  const actual: Record<string, ClaimStatus> = {};
  for (const st of doc.statements) if (st.kind === 'claim' && st.id) actual[st.id] = statusOf(doc, st.index);
  assert.deepEqual(actual, expected);
}

function checkExplain(text: string, id: string, expected: string): void {
  const doc = analyze(text);
  const i = doc.ids.get(id);
  assert.ok(i !== undefined, `fixture defines ${id}`);
  assert.equal(explain(doc, i), expected);
}

/** Every «range» is where one of `rules` reports, in order; `messages` (if given) are matched by substring. */
function checkRule(src: string, rules: string[], expected: string[], messages: string[] = []): void {
  const { text, ranges } = extract(src);
  assert.equal(ranges.length, expected.length, 'fixture: one «range» per expected diagnostic');
  const diags = analyze(text).diagnostics.filter((d) => rules.includes(d.rule));
  assert.deepEqual(diags.map((d) => `${d.rule} ${showRange(d.range)}`), expected.map((r, i) => `${r} ${showRange(ranges[i])}`));
  messages.forEach((m, i) => assert.ok(diags[i].message.includes(m), `“${diags[i].message}” should contain “${m}”`));
}

describe('claim statuses', () => {
  it('reads all four statuses', () => checkStatuses([
    'claim a: A.',
    '  because ra: Reason.',
    'claim b: B.',
    'claim c: C.',
    '  counter kc: No.',
    'claim d: D.',
    '  because rd: Reason.',
    '  counter x -> d, y: X.',
    'counter y -> x: Y.',
  ].join('\n'), { a: 'stands', b: 'stands-unsupported', c: 'defeated', d: 'contested' }));
  it('a counter that is answered no longer defeats the claim', () => checkStatuses([
    'claim d: D.',
    '  because r: R.',
    '  counter x: X.',
    '    counter y: Y.',
  ].join('\n'), { d: 'stands' }));
  it('an answer to the answer defeats the claim again', () => checkStatuses([
    'claim d: D.',
    '  because r: R.',
    '  counter x: X.',
    '    counter y: Y.',
    'counter -> y: Not Y.',
  ].join('\n'), { d: 'defeated' }));
  it('an undecided cycle of counters', () => checkStatuses([
    'claim d: D.',
    '  because r: R.',
    '  counter x -> d, y: X, and y is wrong.',
    'counter y -> x: Y, and x is wrong.',
  ].join('\n'), { d: 'contested' }));
  it('a reason undercut by a counter: every reason is defeated', () => checkStatuses([
    'claim d: D.',
    '  because r: R.',
    '    counter k: K.',
  ].join('\n'), { d: 'defeated' }));
  it('statements with errors keep the relations they still have', () => checkStatuses([
    'claim d: D.',
    '  counter k -> d, nowhere: K.',
    '  counter k: duplicate ID, still a counter of d.',
  ].join('\n'), { d: 'defeated' }));
  it('cruxes change nothing', () => checkStatuses([
    'claim d: D.',
    '  because r: R.',
    'crux -> d, r: Does it?',
  ].join('\n'), { d: 'stands' }));
});

describe('explanations', () => {
  it('names the standing counter', () => checkExplain([
    'claim safe: Safe.',
    '  because tested: Tested.',
    '  counter trojans: Trojans get through.',
  ].join('\n'), 'safe', 'defeated: counter `trojans` stands — nothing answers it'));
  it('names what defeats the counter', () => checkExplain([
    'claim strong: Strong techniques are brittle.',
    '  counter brittle: Not so.',
    '    counter evidence-3: The evidence says otherwise.',
  ].join('\n'), 'strong', 'stands, unsupported: counter `brittle` is defeated by `evidence-3`, which stands — nothing answers it'));
  it('names the standing reason', () => checkExplain('claim a: A.\n  because r: R.', 'a', 'stands: because `r` stands; nothing counters it'));
  it('says when every reason is defeated', () => checkExplain([
    'claim a: A.',
    '  because r: R.',
    '    counter k: K.',
  ].join('\n'), 'a', 'defeated: every reason is defeated — because `r` is defeated by `k`, which stands'));
  it('names the cycle behind a contested claim', () => checkExplain([
    'claim a: A.',
    '  because r: R.',
    '  counter x -> a, y: X.',
    'counter y -> x: Y.',
  ].join('\n'), 'a', 'contested: counter `x` is contested — `y` and `x` counter each other'));
  it('names a ring of counters, starting from the statement itself', () => checkExplain([
    'claim a: A.',
    '  counter x -> a, y: X.',
    'counter y -> z: Y.',
    'counter z -> x: Z.',
  ].join('\n'), 'x', 'contested: `x` → `y` → `z` → `x` counter each other in a ring'));
  it('names reasons that only rest on each other', () => checkExplain([
    'claim a: A.',
    '  because r1 -> a, r2: R1.',
    'because r2 -> r1: R2.',
  ].join('\n'), 'a', "contested: because `r1` is contested and no other reason stands — `r2` and `r1` are each other's reasons, with nothing under them"));
  it('names a loop of counters and reasons', () => checkExplain([
    'claim a: A.',
    '  because r1 -> a, k: R1.',
    'counter k -> r1: K.',
  ].join('\n'), 'a', 'contested: because `r1` is contested and no other reason stands — `k` → `r1` → `k` go round in a loop of counters and reasons'));
  it('names statements without an ID by their text', () => checkExplain([
    'claim a: A.',
    '  counter The sky is green.',
  ].join('\n'), 'a', 'defeated: counter “The sky is green.” stands — nothing answers it'));
});

describe('defeated-claim', () => {
  it('reports a defeated claim, naming the counter', () => checkRule(
    '«claim» a: A.\n  because r: R.\n  counter k: K.', ['defeated-claim'], ['defeated-claim'], ['counter `k` stands']));
  it('is an info', () => {
    const d = analyze('claim a: A.\n  counter k: K.').diagnostics.find((x) => x.rule === 'defeated-claim');
    assert.equal(d?.severity, 'info');
    assert.equal(d?.related?.[0].message, 'counter `k` stands against it');
  });
  it('says when every reason is defeated', () => checkRule(
    '«claim» a: A.\n  because r: R.\n    counter k: K.', ['defeated-claim'], ['defeated-claim'], ['every reason is defeated']));
  it('does not report claims that stand or are contested', () => checkRule(
    'claim a: A.\n  counter k: K.\n    counter j: J.\nclaim b: B.\n  counter x -> b, y: X.\ncounter y -> x: Y.', ['defeated-claim'], []));
  it('does not report defeated counters', () => checkRule('claim a: A.\n  counter k: K.\n    counter j: J.', ['defeated-claim'], []));
});

describe('crux-on-undisputed', () => {
  it('reports a crux whose targets nobody counters', () => checkRule(
    'claim a: A.\n  because r: R.\n«crux» -> a, r: Is it?', ['crux-on-undisputed'], ['crux-on-undisputed'], ['none of `a`, `r` is countered']));
  it('accepts a crux with one countered target', () => checkRule(
    'claim a: A.\n  because r: R.\n    counter k: K.\ncrux -> a, r: Is it?', ['crux-on-undisputed'], []));
  it('counts counters written anywhere', () => checkRule(
    'claim a: A.\ncrux -> a: Is it?\n# Later\ncounter -> a: No.', ['crux-on-undisputed'], []));
  it('a nested crux decides its parent', () => checkRule(
    'claim a: A.\n  «crux» Is it?', ['crux-on-undisputed'], ['crux-on-undisputed'], ['`a` is not countered']));
  it('leaves a crux with no target to unlinked-crux', () => checkRule('«crux» Is it?', ['crux-on-undisputed', 'unlinked-crux'], ['unlinked-crux']));
});

describe('expectation-failed', () => {
  it('accepts matching expectations', () => checkRule([
    '// debate-expect a: stands',
    '// debate-expect b: defeated',
    '// debate-expect c: contested',
    '// debate-expect d: unsupported',
    'claim a: A.', '  because r: R.',
    'claim b: B.', '  counter k: K.',
    'claim c: C.', '  counter x -> c, y: X.', 'counter y -> x: Y.',
    'claim d: D.',
  ].join('\n'), ['expectation-failed'], []));
  it('reports a mismatch with the actual status and the reason', () => checkRule([
    '// debate-expect b: «stands»',
    'claim b: B.', '  counter k: K.',
  ].join('\n'), ['expectation-failed'], ['expectation-failed'], ['expected claim `b` to stand, but it is defeated: counter `k` stands — nothing answers it']));
  it('tells stands from unsupported', () => checkRule([
    '// debate-expect b: «stands»',
    'claim b: B.',
  ].join('\n'), ['expectation-failed'], ['expectation-failed'], ['but it stands, unsupported']));
  it('is an error', () => {
    const d = analyze('// debate-expect b: defeated\nclaim b: B.').diagnostics.find((x) => x.rule === 'expectation-failed');
    assert.equal(d?.severity, 'error');
  });
  it('reports an unknown status word', () => checkRule(
    '// debate-expect b: «wins»\nclaim b: B.', ['expectation-failed'], ['expectation-failed'], ['unknown status `wins`']));
  it('lets `stands` cover a counter with no reason of its own', () => checkRule(
    '// debate-expect k: stands\nclaim b: B.\n  counter k: K.', ['expectation-failed'], []));
  it('an unknown ID is an unknown-reference', () => checkRule(
    '// debate-expect «bb»: stands\nclaim b: B.', ['expectation-failed', 'unknown-reference'], ['unknown-reference'], ['did you mean `b`?']));
  it('can be suppressed like any rule', () => checkRule(
    '// debate-disable expectation-failed\n// debate-expect b: stands\nclaim b: B.\n  counter k: K.', ['expectation-failed'], []));
});
