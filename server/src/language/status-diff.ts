// Semantic diff of two versions of a debate: which claims were added, removed, or changed status.
// Claims are matched by ID, then by identical text.
import type { LinkedModel } from './model';
import { docNamer, explainWhy, standingCounters, statusOf, type ClaimStatus } from './status';
import type { Statement } from './types';

export interface ClaimRef { index: number; id: string | null; text: string; line: number; status: ClaimStatus }
export interface StatusChange { before: ClaimRef; after: ClaimRef; reason: string; regression: boolean }
export interface StatusDiff { added: ClaimRef[]; removed: ClaimRef[]; changed: StatusChange[] }

const STANDING: ReadonlySet<ClaimStatus> = new Set(['stands', 'stands-unsupported']);

/** Pair statements of `a` with statements of `b` (those passing `keep`): same ID first, then same text. */
export function matchStatements(a: LinkedModel, b: LinkedModel, keep: (s: Statement) => boolean = () => true): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const bs = b.statements.filter(keep);
  for (const s of a.statements) {
    if (!keep(s) || s.id === null) continue;
    const j = b.ids.get(s.id);
    if (j !== undefined && keep(b.statements[j]) && !used.has(j)) { pairs.set(s.index, j); used.add(j); }
  }
  const byText = new Map<string, number[]>();
  for (const t of bs) {
    if (used.has(t.index)) continue;
    const list = byText.get(t.text);
    if (list) list.push(t.index); else byText.set(t.text, [t.index]);
  }
  for (const s of a.statements) {
    if (!keep(s) || pairs.has(s.index)) continue;
    const list = byText.get(s.text);
    if (list && list.length) { const j = list.shift()!; pairs.set(s.index, j); used.add(j); }
  }
  return pairs;
}

function ref(doc: LinkedModel, i: number): ClaimRef {
  const st = doc.statements[i];
  return { index: i, id: st.id, text: st.text, line: st.line, status: statusOf(doc, i) };
}

/** Why a claim has its new status, naming counters that are new in this version. */
function reasonFor(after: LinkedModel, i: number, known: Map<number, number>): string {
  if (statusOf(after, i) === 'defeated') {
    const fresh = standingCounters(after, i).filter((c) => !known.has(c));
    if (fresh.length) return `by new ${fresh.map(docNamer(after)).join(', new ')}`;
  }
  return explainWhy(after, i);
}

export function diffStatuses(before: LinkedModel, after: LinkedModel): StatusDiff {
  const isClaim = (s: Statement): boolean => s.kind === 'claim';
  const pairs = matchStatements(before, after, isClaim);
  // Every statement of `after` that existed before, for "new counter" in reasons.
  const all = matchStatements(after, before);
  const matched = new Set(pairs.values());
  const out: StatusDiff = { added: [], removed: [], changed: [] };
  for (const s of before.statements) {
    if (!isClaim(s)) continue;
    const j = pairs.get(s.index);
    if (j === undefined) { out.removed.push(ref(before, s.index)); continue; }
    const b = ref(before, s.index), a = ref(after, j);
    if (a.status === b.status) continue;
    out.changed.push({
      before: b, after: a,
      reason: reasonFor(after, j, all),
      regression: STANDING.has(b.status) && !STANDING.has(a.status),
    });
  }
  for (const t of after.statements) if (isClaim(t) && !matched.has(t.index)) out.added.push(ref(after, t.index));
  out.changed.sort((x, y) => x.after.line - y.after.line);
  return out;
}
