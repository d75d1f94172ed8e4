// Status: what labelling (and the rules that read it) adds to lint time, and how long hinges take.
import {
  analyze, buildGraph, hinges, hingesOf, labelGraph, labelsOf, RULES_BY_ID, type AnalysisOptions, type AnalyzedDocument, type FrameworkRelation,
} from '../../server/src/language';
import { generateDebate, rng } from '../generate';
import { fmt, targetNote, timeMs, type BenchOptions, type Section, type Table } from '../lib';

const OVERHEAD_SIZE = 100_000;
const OVERHEAD_MAX = 0.2;
const HINGE_SIZE = 1_000;
const HINGE_MAX_MS = 1_000;

// The rules of the status feature (crux-on-undisputed doesn't read labels, but belongs to it).
const STATUS_RULES = ['defeated-claim', 'expectation-failed', 'crux-on-undisputed'];
const WITHOUT: AnalysisOptions = { rules: Object.fromEntries(STATUS_RULES.map((r) => [r, 'off'])) };

/** Best time in ms of each function, running them in turn `runs` times after three warm-up rounds. */
function interleavedMin(fns: (() => unknown)[], runs: number): number[] {
  const best = fns.map(() => Infinity);
  for (let r = -3; r < runs; r++) {
    fns.forEach((fn, k) => {
      const t0 = process.hrtime.bigint();
      fn();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r >= 0) best[k] = Math.min(best[k], ms);
    });
  }
  return best;
}

/** What the status feature does inside `analyze`: label, then run its rules. */
function statusWork(doc: AnalyzedDocument): number {
  let n = labelsOf({ ...doc }).length; // a copy, so the cached labels are not reused
  for (const id of STATUS_RULES) RULES_BY_ID.get(id)!.check({ doc, report: () => { n++; } });
  return n;
}

export const status: Section = {
  name: 'status',
  title: 'Status: lint time with and without labelling; hinges',
  run(opts: BenchOptions): Table {
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    const sizes = [...new Set([...opts.sizes, HINGE_SIZE])].sort((a, b) => a - b);
    for (const size of sizes) {
      const { text } = generateDebate(size, 42);
      const runs = size >= 100_000 ? Math.max(5, opts.runs) : opts.runs * 3;
      // End to end, interleaved, best of each: on a busy machine the difference drowns in noise,
      // so the share below times the added work itself.
      const doc = analyze(text);
      const [without, withStatus, added] = interleavedMin([() => analyze(text, WITHOUT), () => analyze(text), () => statusWork(doc)], runs);
      const share = added / without;
      const hingeMs = size <= 10_000 ? timeMs(() => hinges(doc), size > 1_000 ? 3 : runs).min : NaN;
      rows.push([
        size.toLocaleString('en-US'),
        fmt(without, 2), fmt(withStatus, 2), fmt(added, 2), `${fmt(share * 100, 1)}%`,
        Number.isNaN(hingeMs) ? '—' : fmt(hingeMs, 2),
      ]);
      if (size === OVERHEAD_SIZE) {
        notes.push(targetNote(
          `labelling and its rules add < ${OVERHEAD_MAX * 100}% to lint time at ${OVERHEAD_SIZE.toLocaleString('en-US')} statements`, share < OVERHEAD_MAX,
          `${fmt(share * 100, 1)}%; end to end ${fmt(((withStatus - without) / without) * 100, 1)}%`,
        ));
      }
      if (size === HINGE_SIZE) {
        notes.push(targetNote(`hinges on ${HINGE_SIZE.toLocaleString('en-US')} statements in < ${HINGE_MAX_MS} ms`, hingeMs < HINGE_MAX_MS, `${fmt(hingeMs, 2)} ms`));
      }
    }
    // Hinges on frameworks harder than real notes: a 1,000-long chain of counters (every statement a
    // claim), and 1,000 statements with 10,000 random relations (a third of them claims).
    const chain: FrameworkRelation[] = Array.from({ length: HINGE_SIZE - 1 }, (_, i) => ({ from: i + 1, to: i, type: 'attack' }));
    const rand = rng(7);
    const dense: FrameworkRelation[] = Array.from({ length: HINGE_SIZE * 10 }, () => ({
      from: Math.floor(rand() * HINGE_SIZE), to: Math.floor(rand() * HINGE_SIZE), type: rand() < 0.5 ? 'attack' : 'support',
    }));
    for (const [name, rels, isClaim] of [
      ['chain of counters', chain, () => true],
      ['dense random', dense, (i: number) => i % 3 === 0],
    ] as [string, FrameworkRelation[], (i: number) => boolean][]) {
      const g = buildGraph(HINGE_SIZE, rels);
      const base = labelGraph(g);
      const ms = timeMs(() => hingesOf(g, base, isClaim), 3).min;
      notes.push(`hinges, ${HINGE_SIZE.toLocaleString('en-US')} statements, ${name} (${rels.length.toLocaleString('en-US')} relations): ${fmt(ms, 1)} ms`);
    }
    if (!sizes.includes(OVERHEAD_SIZE)) notes.push(`(run with --sizes including ${OVERHEAD_SIZE} for the lint-overhead target)`);
    return {
      columns: ['statements', 'lint w/o status ms', 'lint ms', 'status work ms', 'share', 'hinges ms'],
      rows,
      notes: [...notes, 'best of interleaved runs; "status work" = labelling + defeated-claim + expectation-failed + crux-on-undisputed, timed alone'],
    };
  },
};
