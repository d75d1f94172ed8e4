import { anchorOf, nameOf, type Rule } from './rule';

export const circularSupport: Rule = {
  id: 'circular-support',
  defaultSeverity: 'warning',
  description: '`because` relations form a cycle.',
  check({ doc, report }) {
    for (const cycle of supportCycles(doc.statements.length, doc.relations)) {
      const names = cycle.map((s) => nameOf(doc.statements[s]));
      const related = cycle.map((s) => ({ range: anchorOf(doc.statements[s]), message: `${nameOf(doc.statements[s])} is part of the cycle` }));
      for (const s of cycle) {
        report({
          range: anchorOf(doc.statements[s]),
          message: `circular support: ${names.join(' → ')} → back again; a reason cannot rest on what it supports, so break the cycle`,
          related,
          data: { cycle },
        });
      }
    }
  },
};

/** Strongly connected components (size > 1) of the support graph, each in source order (iterative Tarjan). */
export function supportCycles(n: number, relations: readonly { from: number; to: number; type: string }[]): number[][] {
  const adjStart = new Int32Array(n + 1);
  for (const r of relations) if (r.type === 'support') adjStart[r.from + 1]++;
  if (relations.length === 0) return [];
  for (let i = 0; i < n; i++) adjStart[i + 1] += adjStart[i];
  const adj = new Int32Array(adjStart[n]);
  const fill = adjStart.slice(0, n);
  for (const r of relations) if (r.type === 'support') adj[fill[r.from]++] = r.to;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  const callStack: number[] = [];
  const edgePos = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0 || adjStart[root] === adjStart[root + 1]) continue;
    callStack.push(root);
    index[root] = low[root] = counter++;
    stack.push(root); onStack[root] = 1; edgePos[root] = adjStart[root];
    while (callStack.length) {
      const v = callStack[callStack.length - 1];
      if (edgePos[v] < adjStart[v + 1]) {
        const w = adj[edgePos[v]++];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w); onStack[w] = 1; edgePos[w] = adjStart[w];
          callStack.push(w);
        } else if (onStack[w]) {
          if (index[w] < low[v]) low[v] = index[w];
        }
      } else {
        callStack.pop();
        if (callStack.length) {
          const u = callStack[callStack.length - 1];
          if (low[v] < low[u]) low[u] = low[v];
        }
        if (low[v] === index[v]) {
          const comp: number[] = [];
          let w: number;
          do { w = stack.pop()!; onStack[w] = 0; comp.push(w); } while (w !== v);
          if (comp.length > 1) out.push(comp.sort((a, b) => a - b));
        }
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
