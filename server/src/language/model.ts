// Linking: resolves references, derives relations and the incoming-relation index.
import type { SyntaxTree } from './parser';
import type { Relation, RelationType, Statement, StatementKind } from './types';

export const RELATION_OF: Record<StatementKind, RelationType | null> = {
  claim: null,
  because: 'support',
  counter: 'attack',
  crux: 'crux',
};

export interface LinkedModel extends SyntaxTree {
  /** ID → index of its first definition. */
  ids: Map<string, number>;
  /** Statements whose ID was already defined: [second, first]. */
  duplicates: [number, number][];
  relations: Relation[];
  /** Relations pointing at each statement: `incoming[inStart[s] .. inStart[s+1])` are relation indexes. */
  inStart: Int32Array;
  incoming: Int32Array;
  /** Line → statement that covers it (continuation lines included), or -1. */
  lineOwner: Int32Array;
}

export function link(tree: SyntaxTree): LinkedModel {
  const statements = tree.statements;
  const n = statements.length;
  const ids = new Map<string, number>();
  const duplicates: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const id = statements[i].id;
    if (id === null) continue;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else duplicates.push([i, first]);
  }
  for (const ref of tree.references) {
    const r = ids.get(ref.name);
    ref.resolved = r === undefined ? -1 : r;
  }
  const relations: Relation[] = [];
  for (let i = 0; i < n; i++) {
    const st = statements[i];
    const type = RELATION_OF[st.kind];
    if (type === null) continue;
    if (st.hasArrow) {
      for (const t of st.targets) {
        const ref = tree.references[t];
        if (ref.resolved >= 0 && ref.resolved !== i) relations.push({ from: i, to: ref.resolved, type, range: ref.range });
      }
    } else if (st.parent !== null) {
      relations.push({ from: i, to: st.parent, type, range: st.keywordRange });
    }
  }
  // Counting sort of relations by target.
  const inStart = new Int32Array(n + 1);
  for (const r of relations) inStart[r.to + 1]++;
  for (let i = 0; i < n; i++) inStart[i + 1] += inStart[i];
  const fill = inStart.slice(0, n);
  const incoming = new Int32Array(relations.length);
  for (let k = 0; k < relations.length; k++) incoming[fill[relations[k].to]++] = k;
  const lineOwner = new Int32Array(tree.lineStarts.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const st = statements[i];
    for (let l = st.line; l <= st.endLine; l++) lineOwner[l] = i;
  }
  return Object.assign(tree, { ids, duplicates, relations, inStart, incoming, lineOwner });
}

/** Relations into statement `s`, optionally of one type. */
export function incomingRelations(m: LinkedModel, s: number, type?: RelationType): Relation[] {
  const out: Relation[] = [];
  for (let k = m.inStart[s]; k < m.inStart[s + 1]; k++) {
    const r = m.relations[m.incoming[k]];
    if (type === undefined || r.type === type) out.push(r);
  }
  return out;
}

/** Number of relations of `type` into statement `s`. */
export function countIncoming(m: LinkedModel, s: number, type: RelationType): number {
  let c = 0;
  for (let k = m.inStart[s]; k < m.inStart[s + 1]; k++) if (m.relations[m.incoming[k]].type === type) c++;
  return c;
}
