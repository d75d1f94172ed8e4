// Grounded labelling on plain frameworks with known answers. A framework is written as
// `a>b` (a counters b) and `a+b` (a is a reason for b), separated by spaces; statement names
// are single letters or words. Self-attack is only possible here: the language forbids it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IN, LABEL_NAMES, buildGraph, deriveLabel, explainDerivation, hingesOf, label, labelGraph, type FrameworkRelation } from '../../server/src/language';

export interface Framework { names: string[]; relations: FrameworkRelation[] }

export function framework(spec: string, extra: string[] = []): Framework {
  const names: string[] = [...extra];
  const idx = (s: string): number => {
    let i = names.indexOf(s);
    if (i < 0) { i = names.length; names.push(s); }
    return i;
  };
  const relations: FrameworkRelation[] = [];
  for (const tok of spec.split(/\s+/).filter(Boolean)) {
    const m = /^([\w-]+)([>+])([\w-]+)$/.exec(tok);
    if (!m) throw new Error(`bad relation ${tok}`);
    relations.push({ from: idx(m[1]), to: idx(m[3]), type: m[2] === '>' ? 'attack' : 'support' });
  }
  return { names, relations };
}

/** Labels as `name:in` words, in name order, for one readable assertion. */
function check(spec: string, expected: Record<string, 'in' | 'out' | 'undecided'>, extra: string[] = []): void {
  const fw = framework(spec, extra);
  const labels = label(fw.names.length, fw.relations);
  const actual = Object.keys(expected).map((k) => `${k}:${LABEL_NAMES[labels[fw.names.indexOf(k)]]}`);
  assert.deepEqual(actual, Object.entries(expected).map(([k, v]) => `${k}:${v}`));
  assert.equal(Object.keys(expected).length, fw.names.length, 'fixture: every statement has an expected label');
}

describe('label: counters', () => {
  it('a lone statement is in', () => check('', { c: 'in' }, ['c']));
  it('a counter defeats its target', () => check('a>c', { a: 'in', c: 'out' }));
  for (let len = 1; len <= 7; len++) {
    it(`a chain of ${len} counter(s) alternates from the unanswered end`, () => {
      // k1 > c, k2 > k1, …: the last counter stands; labels alternate back to c.
      const names = ['c', ...Array.from({ length: len }, (_, i) => `k${i + 1}`)];
      const spec = names.slice(1).map((n, i) => `${n}>${names[i]}`).join(' ');
      const expected: Record<string, 'in' | 'out'> = {};
      names.forEach((n, i) => { expected[n] = (len - i) % 2 === 0 ? 'in' : 'out'; });
      check(spec, expected);
    });
  }
  it('two counters attacking each other are undecided, and so is what they attack', () =>
    check('a>b b>a a>c', { a: 'undecided', b: 'undecided', c: 'undecided' }));
  it('an odd cycle of three is undecided', () =>
    check('a>b b>c c>a c>x', { a: 'undecided', b: 'undecided', c: 'undecided', x: 'undecided' }));
  it('an even cycle of four is undecided', () =>
    check('a>b b>c c>d d>a', { a: 'undecided', b: 'undecided', c: 'undecided', d: 'undecided' }));
  it('an attack from outside breaks an even cycle', () =>
    check('a>b b>a z>a a>c', { a: 'out', b: 'in', z: 'in', c: 'in' }));
  it('an attack from outside breaks an odd cycle', () =>
    check('a>b b>c c>a z>a', { a: 'out', b: 'in', c: 'out', z: 'in' }));
  it('a self-attacking statement is undecided, and so is its target', () =>
    check('a>a a>c', { a: 'undecided', c: 'undecided' }));
  it('a self-attacking statement whose only reason is defeated is out', () =>
    check('a>a r+a k>r', { a: 'out', r: 'out', k: 'in' }));
  it('one standing counter is enough, even next to an undecided one', () =>
    check('a>b b>a a>c z>c', { a: 'undecided', b: 'undecided', c: 'out', z: 'in' }));
  it('a counter written twice counts once', () => check('a>c a>c k>a', { a: 'out', c: 'in', k: 'in' }));
});

describe('label: reasons', () => {
  it('a support chain stands', () => check('r1+c r2+r1 r3+r2', { r1: 'in', c: 'in', r2: 'in', r3: 'in' }));
  it('a reason undercut by a counter takes its claim down when it was the only reason', () =>
    check('r+c k>r', { r: 'out', c: 'out', k: 'in' }));
  it('several reasons, one survives: the claim stands', () =>
    check('r1+c r2+c r3+c k1>r1 k2>r2', { r1: 'out', c: 'in', r2: 'out', r3: 'in', k1: 'in', k2: 'in' }));
  it('a defeat at the bottom of a support chain climbs it', () =>
    check('r1+c r2+r1 k>r2', { r1: 'out', c: 'out', r2: 'out', k: 'in' }));
  it('a counter whose reasons of reasons are defeated is itself defeated, so the claim stands', () =>
    check('k>c r1+k r2+r1 x>r2', { k: 'out', c: 'in', r1: 'out', r2: 'out', x: 'in' }));
  it('a counter whose reasons of reasons stand defeats the claim', () =>
    check('k>c r1+k r2+r1', { k: 'in', c: 'out', r1: 'in', r2: 'in' }));
  it('a counter countered by a reason of a reason', () =>
    // j is a reason for r, which is a reason for c; j also counters k, which counters c.
    check('k>c r+c j+r j>k', { k: 'out', c: 'in', r: 'in', j: 'in' }));
  it('reasons supporting each other with nothing under them are undecided', () =>
    check('a+b b+a b+c', { a: 'undecided', b: 'undecided', c: 'undecided' }));
  it('an undecided reason next to a defeated one leaves the claim undecided', () =>
    check('r1+c r2+c k>r1 a>r2 b>a a>b', { r1: 'out', c: 'undecided', r2: 'undecided', k: 'in', a: 'undecided', b: 'undecided' }));
  it('an undecided counter blocks a claim that has a standing reason', () =>
    check('r+c a>c a>b b>a', { r: 'in', c: 'undecided', a: 'undecided', b: 'undecided' }));
});

describe('label: crux relations take no part', () => {
  it('a crux neither attacks nor supports', () => {
    const labels = label(2, [{ from: 1, to: 0, type: 'crux' }]);
    assert.deepEqual([...labels], [IN, IN]);
  });
  it('relations outside the framework are refused', () => {
    assert.throws(() => label(1, [{ from: 0, to: 3, type: 'attack' }]), RangeError);
  });
});

describe('derivations', () => {
  const say = (spec: string, who: string): string => {
    const fw = framework(spec);
    const g = buildGraph(fw.names.length, fw.relations);
    const lab = labelGraph(g);
    const i = fw.names.indexOf(who);
    const hasReason = fw.relations.some((r) => r.to === i && r.type === 'support');
    return explainDerivation(deriveLabel(g, lab, i), (j) => `counter \`${fw.names[j]}\``, hasReason);
  };
  it('names the standing counter', () => assert.equal(say('t>c', 'c'), 'defeated: counter `t` stands — nothing answers it'));
  it('names what defeats the counter', () =>
    assert.equal(say('b>c e>b', 'c'), 'stands, unsupported: counter `b` is defeated by `e`, which stands — nothing answers it'));
  it('names the cycle that keeps a statement undecided', () =>
    assert.equal(say('a>b b>a a>c', 'c'), 'contested: counter `a` is contested — `b` and `a` counter each other'));
  it('names a self-attack', () => assert.equal(say('a>a a>c', 'a'), 'contested: counter `a` counters itself'));
  it('labels in a derivation are earlier than the label they justify', () => {
    const fw = framework('k1>c k2>k1 k3>k2 r+k3 x>r');
    const g = buildGraph(fw.names.length, fw.relations);
    const lab = labelGraph(g);
    const walk = (d: ReturnType<typeof deriveLabel>): void => {
      for (const ch of [...d.counters, ...d.reasons, ...(d.reason ? [d.reason] : [])]) {
        assert.ok(lab.order[ch.statement] < lab.order[d.statement], `${fw.names[ch.statement]} before ${fw.names[d.statement]}`);
        walk(ch);
      }
    };
    walk(deriveLabel(g, lab, fw.names.indexOf('c'), 10));
  });
});

describe('hinges', () => {
  const hingeNames = (spec: string, claims: string[]): string[] => {
    const fw = framework(spec, claims);
    const g = buildGraph(fw.names.length, fw.relations);
    return hingesOf(g, labelGraph(g), (i) => claims.includes(fw.names[i]))
      .map((h) => `${fw.names[h.statement]}: ${h.flips.map((f) => `${fw.names[f.claim]} ${f.before}→${f.after}`).join(', ')}`);
  };
  it('ranks by the number of claims flipped', () =>
    assert.deepEqual(hingeNames('k>c1 k>c2 j>c3', ['c1', 'c2', 'c3']), [
      'k: c1 defeated→stands-unsupported, c2 defeated→stands-unsupported',
      'j: c3 defeated→stands-unsupported',
    ]));
  it('removing the counter of a counter flips the claim back', () =>
    assert.deepEqual(hingeNames('k>c e>k r+c', ['c']), ['e: c stands→defeated']));
  it('either side of a mutual attack is a hinge for what it decides', () =>
    assert.deepEqual(hingeNames('a>b b>a a>c', ['c']), ['a: c contested→stands-unsupported', 'b: c contested→defeated']));
  it('losing a reason is not a flip while the claim still stands', () =>
    assert.deepEqual(hingeNames('r+c', ['c']), []));
});

