// Properties of the labelling on random frameworks (self-attacks, cycles and duplicate relations included):
// it equals the least fixpoint found by naive iteration, it is a fixpoint of the rules, every label is
// justified by earlier labels, it does not depend on statement or relation order, and hinges match
// relabelling from scratch without each statement.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  IN, OUT, UNDECIDED, buildGraph, deriveLabel, hingesOf, label, labelGraph, statusFromLabel, type ClaimStatus, type FrameworkRelation,
} from '../../server/src/language';

interface Fw { n: number; relations: FrameworkRelation[]; claims: boolean[] }

const arbFramework: fc.Arbitrary<Fw> = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    relations: fc.array(
      fc.record({
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        type: fc.constantFrom<FrameworkRelation['type']>('attack', 'attack', 'support', 'support', 'crux'),
      }),
      { maxLength: 3 * n },
    ),
    claims: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  }));

/** What the rules say about statement `i` given `labels`. */
function rule(fw: Fw, labels: ArrayLike<number>, i: number): number {
  const att = fw.relations.filter((r) => r.to === i && r.type === 'attack').map((r) => labels[r.from]);
  const sup = fw.relations.filter((r) => r.to === i && r.type === 'support').map((r) => labels[r.from]);
  if (att.includes(IN) || (sup.length > 0 && sup.every((l) => l === OUT))) return OUT;
  if (att.every((l) => l === OUT) && (sup.length === 0 || sup.includes(IN))) return IN;
  return UNDECIDED;
}

/** The least fixpoint by applying the rules to every statement at once until nothing changes. */
function naive(fw: Fw): number[] {
  let labels: number[] = new Array(fw.n).fill(UNDECIDED);
  for (;;) {
    const next = labels.map((_, i) => rule(fw, labels, i));
    if (next.every((l, i) => l === labels[i])) return labels;
    labels = next;
  }
}

const RUNS = { numRuns: Number(process.env.STATUS_PROPERTY_RUNS ?? 500) };

describe('labelling properties', () => {
  it('equals the least fixpoint found by naive iteration', () => {
    fc.assert(fc.property(arbFramework, (fw) => {
      assert.deepEqual([...label(fw.n, fw.relations)], naive(fw));
    }), RUNS);
  });

  it('is a fixpoint of the rules', () => {
    fc.assert(fc.property(arbFramework, (fw) => {
      const labels = label(fw.n, fw.relations);
      for (let i = 0; i < fw.n; i++) assert.equal(rule(fw, labels, i), labels[i], `statement ${i}`);
    }), RUNS);
  });

  it('justifies every label with labels found earlier', () => {
    fc.assert(fc.property(arbFramework, (fw) => {
      const g = buildGraph(fw.n, fw.relations);
      const lab = labelGraph(g);
      for (let i = 0; i < fw.n; i++) {
        const d = deriveLabel(g, lab, i, 1);
        const kids = [...d.counters, ...d.reasons, ...(d.reason ? [d.reason] : [])];
        if (lab.labels[i] === UNDECIDED) {
          assert.equal(d.label, 'undecided');
          // Something undecided must be in the way.
          assert.ok(kids.length > 0 && kids.every((k) => k.label === 'undecided'), `undecided ${i} names its blockers`);
          continue;
        }
        for (const k of kids) assert.ok(lab.order[k.statement] < lab.order[i], `${k.statement} labelled before ${i}`);
        if (d.rule === 'counter-stands') assert.equal(d.counters[0].label, 'in');
        if (d.rule === 'reasons-defeated') assert.ok(d.reasons.length > 0 && d.reasons.every((r) => r.label === 'out'));
        if (d.rule === 'counters-defeated' || d.rule === 'unopposed') {
          assert.ok(d.counters.every((c) => c.label === 'out'));
          const hasReason = fw.relations.some((r) => r.to === i && r.type === 'support');
          assert.equal(d.reason !== undefined, hasReason);
          if (d.reason) assert.equal(d.reason.label, 'in');
        }
      }
    }), RUNS);
  });

  it('does not depend on statement or relation order', () => {
    const arb = arbFramework.chain((fw) => fc.record({
      fw: fc.constant(fw),
      perm: fc.shuffledSubarray([...Array(fw.n).keys()], { minLength: fw.n, maxLength: fw.n }),
      relOrder: fc.shuffledSubarray([...fw.relations.keys()], { minLength: fw.relations.length, maxLength: fw.relations.length }),
    }));
    fc.assert(fc.property(arb, ({ fw, perm, relOrder }) => {
      const base = label(fw.n, fw.relations);
      const moved = relOrder.map((k) => fw.relations[k]).map((r) => ({ ...r, from: perm[r.from], to: perm[r.to] }));
      const other = label(fw.n, moved);
      for (let i = 0; i < fw.n; i++) assert.equal(other[perm[i]], base[i], `statement ${i} moved to ${perm[i]}`);
    }), RUNS);
  });

  it('finds the same hinges as relabelling without each statement', () => {
    fc.assert(fc.property(arbFramework, (fw) => {
      const g = buildGraph(fw.n, fw.relations);
      const base = labelGraph(g);
      const fast = hingesOf(g, base, (i) => fw.claims[i]).map((h) => [h.statement, h.flips.map((f) => [f.claim, f.before, f.after])]);
      const slow: typeof fast = [];
      for (let r = 0; r < fw.n; r++) {
        const rest = fw.relations.filter((x) => x.from !== r && x.to !== r);
        const without = label(fw.n, rest);
        const flips: (number | ClaimStatus)[][] = [];
        for (let c = 0; c < fw.n; c++) {
          if (!fw.claims[c] || c === r || without[c] === base.labels[c]) continue;
          const had = fw.relations.some((x) => x.to === c && x.type === 'support');
          const has = rest.some((x) => x.to === c && x.type === 'support');
          flips.push([c, statusFromLabel(base.labels[c], had), statusFromLabel(without[c], has)]);
        }
        if (flips.length) slow.push([r, flips]);
      }
      slow.sort((a, b) => (b[1] as unknown[]).length - (a[1] as unknown[]).length || (a[0] as number) - (b[0] as number));
      assert.deepEqual(fast, slow);
    }), RUNS);
  });
});
