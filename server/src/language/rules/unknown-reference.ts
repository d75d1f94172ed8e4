import { editDistance } from '../ids';
import type { Rule } from './rule';

/** Name comparisons allowed per document for suggestions; past it, unknown names get no suggestion. */
const SUGGESTION_BUDGET = 100_000;

/**
 * Finds the closest defined ID for unknown names. Same answer as `closest(name, ids.keys(), max)`
 * (fewest edits, then earliest definition), but IDs are bucketed by length, each name is looked up
 * once, and the total work is bounded: a pasted section full of unknown names in a large file
 * must not stall the analysis.
 */
class Suggester {
  private byLength: { id: string; order: number }[][] | null = null;
  private cache = new Map<string, string | null>();
  private comparisons = 0;
  constructor(private readonly ids: ReadonlyMap<string, number>) {}

  suggest(name: string, max: number): string | null {
    const key = `${max}\u0000${name}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    if (this.comparisons < SUGGESTION_BUDGET) {
      const buckets = this.buckets();
      let best: string | null = null;
      let bestD = max + 1;
      let bestOrder = Infinity;
      for (let len = Math.max(0, name.length - max); len <= name.length + max && len < buckets.length; len++) {
        for (const { id, order } of buckets[len] ?? []) {
          this.comparisons++;
          const d = editDistance(name, id, Math.min(max, bestD));
          if (d < bestD || (d === bestD && d <= max && order < bestOrder)) { best = id; bestD = d; bestOrder = order; }
        }
      }
      result = bestD <= max ? best : null;
    }
    this.cache.set(key, result);
    return result;
  }

  private buckets(): { id: string; order: number }[][] {
    if (this.byLength) return this.byLength;
    const b: { id: string; order: number }[][] = [];
    let order = 0;
    for (const id of this.ids.keys()) (b[id.length] ??= []).push({ id, order: order++ });
    return (this.byLength = b);
  }
}

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'A `->` target or `@mention` names no statement.',
  check({ doc, report }) {
    const suggester = new Suggester(doc.ids);
    for (const ref of doc.references) {
      if (ref.resolved >= 0) continue;
      // Short names are close to everything: allow fewer edits for them.
      const suggestion = suggester.suggest(ref.name, Math.min(2, Math.floor(ref.name.length / 2)));
      const what = ref.kind === 'mention' ? `\`@${ref.name}\`` : `target \`${ref.name}\``;
      const fix = suggestion !== null
        ? ` — did you mean \`${suggestion}\`?`
        : ': check the spelling, or add a statement with this ID';
      report({
        range: ref.range,
        message: `${what} names no statement in this file${fix}`,
        data: { name: ref.name, suggestion },
      });
    }
    // IDs named by `// debate-expect ID: status` comments.
    for (const d of doc.directives) {
      if (d.kind !== 'expect' || !d.expect || doc.ids.has(d.expect.id)) continue;
      const name = d.expect.id;
      const suggestion = suggester.suggest(name, 2);
      report({
        range: d.expect.idRange,
        message: `\`debate-expect\` names \`${name}\`, but no statement in this file has this ID${suggestion !== null ? ` — did you mean \`${suggestion}\`?` : ''}`,
        data: { name, suggestion },
      });
    }
  },
};
