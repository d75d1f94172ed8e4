// Data-driven rule tests: every «range» in a fixture is where a diagnostic must be,
// listed rule by rule in position order; nothing else may be reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, RULES } from '../../server/src/language';
import { check, only, STRUCTURE_RULES } from '../helpers/diagnostics';
import { showRange } from '../helpers/markers';

describe('syntax-error', () => {
  it('reports a line that is not a statement', () => check('«Taxes should rise.»', ['syntax-error']));
  it('reports a misspelt keyword on the word only', () => check('«clam» taxes: Taxes should rise.', ['syntax-error']));
  it('reports a heading without a space', () => check('«#Our case»', ['syntax-error']));
  it('reports a seven-level heading', () => check('«####### Details»', ['syntax-error']));
  it('reports an unclosed header after ->', () => check(
    'claim taxes: x\n  because d: y\ncounter -> taxes «Growth suffers.»', ['syntax-error']));
  it('reports -> with no ID after it', () => check('claim t: x\n  because d: y\ncounter -> «:» Growth suffers.', ['syntax-error']));
  it('reports , with no ID after it', () => check('claim t: x\n  because d: y\ncounter -> t, «:» Growth suffers.', ['syntax-error']));
  it('reports an unknown rule in a directive', () => check('// debate-disable «unsuported-claim»', ['syntax-error']));
  it('reports a line too shallow to continue', () => check('claim f: Buses should be free\n«for everyone under 25.»\n  because c: cheap', ['syntax-error']));
  it('reports a line right after a heading', () => check('# Costs\n  «The levy raises about 2 million a year.»', ['syntax-error']));
  it('accepts every statement shape', () => check([
    'claim Taxes should rise.',
    '  because: reason',
    'claim taxes: Taxes should rise.',
    '  because deficit: The deficit is large.',
    'counter growth -> taxes: Growth would suffer.',
    'crux -> taxes, growth: Is demand elastic?',
    'because -> taxes: Note: the deficit is large.',
  ].join('\n'), []));
  it('gives a did-you-mean for a misspelt keyword', () => {
    const d = only('claim b: x\n  because i: y\n  becuase debt: z', 'syntax-error');
    assert.match(d.message, /did you mean `because`\?/);
    assert.deepEqual(d.data, { suggestion: 'because', word: 'becuase' });
  });
  it('says what a header after -> is missing', () => {
    assert.match(only('counter -> : G', 'syntax-error').message, /`->` must be followed by the ID/);
    assert.match(only('counter -> t, : G', 'syntax-error').message, /`,` must be followed by another target ID/);
    assert.match(only('counter -> t G suffers', 'syntax-error').message, /the header is not closed.*found `G`/);
  });
});

describe('unknown-reference', () => {
  it('reports an unknown target with a suggestion', () => {
    const src = 'claim taxes: x\n  because deficit: y\ncounter -> «taxs»: z';
    check(src, ['unknown-reference']);
    const d = only(src.replace(/[«»]/g, ''), 'unknown-reference');
    assert.match(d.message, /target `taxs` names no statement.*did you mean `taxes`\?/);
    assert.deepEqual(d.data, { name: 'taxs', suggestion: 'taxes' });
  });
  it('reports an unknown target without a suggestion', () => {
    const d = only('claim taxes: x\n  because d: y\ncounter -> zzzzzz: z', 'unknown-reference');
    assert.doesNotMatch(d.message, /did you mean/);
    assert.equal(d.data?.suggestion, null);
  });
  it('suggests the earliest defined of equally close IDs', () => {
    const d = only('claim tax-b: x\n  because tax-a: y\n  because -> tax-c: z', 'unknown-reference');
    assert.equal(d.data?.suggestion, 'tax-b');
  });
  it('suggests the closest ID over an earlier one further away', () => {
    assert.equal(only('claim taxes-x: x\n  because taxes: y\n  because -> taxs: z', 'unknown-reference').data?.suggestion, 'taxes');
  });
  it('gives every reference to the same unknown name the same suggestion', () => {
    const doc = analyze('claim taxes: x\n  because b: y\n  because -> taxs: z\n  counter -> taxs: w\nclaim q: see @taxs\n  because c: v');
    assert.deepEqual(doc.diagnostics.filter((d) => d.rule === 'unknown-reference').map((d) => d.data?.suggestion), ['taxes', 'taxes', 'taxes']);
  });
  it('allows fewer edits for short names', () => {
    assert.equal(only('claim ab: x\n  because b: y\n  because -> xy: z', 'unknown-reference').data?.suggestion, null);
  });
  it('reports an unknown mention, marking the name without @', () =>
    check('claim a: see @«bogus» here\n  because b: y', ['unknown-reference']));
  it('is case-sensitive', () => check('claim taxes: x\n  because b: y\ncounter -> «Taxes»: z', ['unknown-reference']));
  it('accepts known targets and mentions', () => check('claim a: x\n  because b: see @a.\ncounter -> a, b: z', []));
  it('reports each unknown target of a list', () =>
    check('claim a: x\n  because b: y\ncrux -> «q», a, «r»: z', ['unknown-reference', 'unknown-reference']));
});

describe('duplicate-id', () => {
  it('reports the second ID and points at the first', () => {
    check('claim cost: x\n  because b: y\nclaim «cost»: z\n  because c: w', ['duplicate-id']);
    const d = only('claim cost: x\n  because b: y\nclaim cost: z\n  because c: w', 'duplicate-id');
    assert.equal(showRange(d.range), '2:6-2:10');
    assert.deepEqual(d.related?.map((r) => showRange(r.range)), ['0:6-0:10']);
    assert.match(d.message, /already used on line 1/);
  });
  it('sends references to the first definition', () => {
    const doc = analyze('claim cost: x\n  because b: y\nclaim cost: z\n  because c: w\ncounter -> cost: q');
    const ref = doc.references.find((r) => r.kind === 'target')!;
    assert.equal(ref.resolved, 0);
  });
  it('accepts IDs that differ in case', () => check('claim cost: x\n  because b: y\nclaim Cost: z\n  because c: w', []));
  it('reports a third use too', () => check('claim a: x\n  because «a»: y\n  because «a»: z', ['duplicate-id', 'duplicate-id']));
});

describe('orphan-statement', () => {
  it('reports a because after a heading', () => check('# R\n\n«because» The levy is cheap.', ['orphan-statement']));
  it('reports a top-level counter', () => check('«counter» The levy hits poor households.', ['orphan-statement']));
  it('accepts a nested because', () => check('claim a: x\n  because y', []));
  it('accepts -> instead of nesting', () => check('claim a: x\n  because b: y\n# R\ncounter -> a: z', []));
  it('counts -> to an unknown ID as a target (the reference is the error)', () =>
    check('counter -> «nope»: z', ['unknown-reference']));
});

describe('misplaced-claim', () => {
  it('reports a nested claim', () => check('claim levy: x\n  because b: y\n  «claim» ireland: z\n    because c: w', ['misplaced-claim']));
  it('reports a claim with ->', () => check('claim levy: x\n  because b: y\n«claim» cheap -> levy: z\n  because c: w', ['misplaced-claim']));
  it('accepts claims at the top level of each section', () => check('claim a: x\n  because b: y\n# S\n  claim c: z\n    because d: w', []));
});

describe('self-target', () => {
  it('reports a statement that targets itself', () =>
    check('claim t: x\n  because b: y\ncounter growth -> «growth»: z', ['self-target']));
  it('reports the self reference only, not the others', () =>
    check('claim t: x\n  because b: y\ncounter g -> t, «g»: z', ['self-target']));
  it('accepts a mention of itself', () => check('claim t: x @t\n  because b: y', []));
});

describe('empty-statement', () => {
  it('reports a statement with nothing after the colon', () => check('claim t: x\n  «because» deficit:', ['empty-statement']));
  it('reports a bare keyword', () => check('claim t: x\n  because b: y\n  «counter»', ['empty-statement']));
  it('accepts text on a continuation line', () => check('claim t: x\n  because deficit:\n      It is large.', []));
  it('ignores text that is only spaces', () => check('claim t: x\n  «because» d:   \t', ['empty-statement']));
});

describe('unsupported-claim', () => {
  it('reports a claim with no because', () => check('«claim» taxes: Taxes should rise.', ['unsupported-claim']));
  it('reports a claim with only counters', () => check('«claim» rates: x\n  counter inflation: y', ['unsupported-claim']));
  it('accepts a nested because', () => check('claim taxes: Taxes should rise.\n  because the deficit is large', []));
  it('accepts a because via ->', () => check('claim taxes: x\nbecause -> taxes: y', []));
  it('accepts a because via -> from another section', () => check('claim taxes: x\n# Later\nbecause -> taxes: y', []));
  it('is not satisfied by a because nested under a counter', () =>
    check('«claim» a: x\n  counter c: y\n    because d: z', ['unsupported-claim']));
  it('can be turned off', () => check('claim taxes: x', [], { rules: { 'unsupported-claim': 'off' } }));
});

describe('circular-support', () => {
  const src = 'claim reliable: x\n  because «cited» -> reliable, trusted: y\n  because «trusted» -> cited: z';
  it('reports each statement of the cycle', () => check(src, ['circular-support', 'circular-support']));
  it('lists the whole cycle in the message and related information', () => {
    const doc = analyze(src.replace(/[«»]/g, ''));
    const ds = doc.diagnostics.filter((d) => d.rule === 'circular-support');
    assert.equal(ds.length, 2);
    for (const d of ds) {
      assert.match(d.message, /because `cited` → because `trusted` → back again/);
      assert.deepEqual(d.related?.map((r) => showRange(r.range)), ['1:10-1:15', '2:10-2:17']);
    }
  });
  it('finds a longer cycle and leaves the rest alone', () => check([
    'claim c: x',
    '  because «a» -> b: y',
    '  because «b» -> d: y',
    '  because «d» -> a, c: y',
  ].join('\n'), ['circular-support', 'circular-support', 'circular-support']));
  it('ignores counters that point back up the chain', () => check('claim a: x\n  because b: y\n    counter c -> a: z', []));
  it('ignores a support chain without a loop', () => check('claim a: x\n  because b: y\n    because c: z\n      because -> a: w', []));
});

describe('unlinked-crux', () => {
  it('reports a crux with no target', () => check('# Q\n\n«crux» Is demand elastic?', ['unlinked-crux']));
  it('accepts a nested crux', () => check('claim a: x\n  because b: y\n  crux Is it?', []));
  it('accepts a crux with ->', () => check('claim a: x\n  because b: y\ncrux -> a, b: Is it?', []));
});

describe('mixed-indentation', () => {
  it('reports a tab followed by spaces', () => check('claim a: x\n«\t  »because b: y', ['mixed-indentation']));
  it('reports spaces followed by a tab', () => check('claim a: x\n«  \t»because b: y', ['mixed-indentation']));
  it('accepts tabs only next to spaces only', () => check('claim a: x\n\tbecause b: y\n  because c: z', []));
  it('reports mixed indentation on a continuation line', () => check('claim a: x\n  because b: y\n«\t  »more text', ['mixed-indentation']));
  it('ignores blank lines of mixed whitespace', () => check('claim a: x\n \t \n  because b: y', []));
});

describe('severity overrides', () => {
  it('uses default severities', () => {
    const doc = analyze('claim a: x\ncounter b: y\ncrux c: z');
    assert.deepEqual(doc.diagnostics.filter((d) => STRUCTURE_RULES.includes(d.rule)).map((d) => `${d.rule}:${d.severity}`),
      ['unsupported-claim:warning', 'orphan-statement:error', 'unlinked-crux:warning']);
  });
  it('changes a severity', () => {
    const doc = analyze('claim a: x\ncounter b: y', { rules: { 'unsupported-claim': 'error', 'orphan-statement': 'hint' } });
    assert.deepEqual(doc.diagnostics.filter((d) => STRUCTURE_RULES.includes(d.rule)).map((d) => `${d.rule}:${d.severity}`),
      ['unsupported-claim:error', 'orphan-statement:hint']);
  });
  it('turns rules off, syntax errors included', () =>
    check('claim a: x\nnot a line\n«counter» b: y', ['orphan-statement'], { rules: { 'unsupported-claim': 'off', 'syntax-error': 'off' } }));
  it('has a default severity for every structural rule', () => {
    const byId = new Map(RULES.map((r) => [r.id, r.defaultSeverity]));
    assert.deepEqual(STRUCTURE_RULES.map((r) => `${r}:${byId.get(r)}`), [
      'syntax-error:error', 'unknown-reference:error', 'duplicate-id:error', 'orphan-statement:error',
      'misplaced-claim:error', 'self-target:error', 'empty-statement:error', 'unsupported-claim:warning',
      'circular-support:warning', 'unlinked-crux:warning', 'mixed-indentation:warning',
    ]);
  });
});
