import type { Rule } from './rule';

export const cruxOnUndisputed: Rule = {
  id: 'crux-on-undisputed',
  defaultSeverity: 'info',
  description: 'A `crux` none of whose targets is countered anywhere in the file.',
  check({ doc, report }) {
    const n = doc.statements.length;
    const countered = new Uint8Array(n);
    for (const r of doc.relations) if (r.type === 'attack') countered[r.to] = 1;
    // Per crux: 1 = has a target, 2 = has a countered target.
    const state = new Uint8Array(n);
    for (const r of doc.relations) if (r.type === 'crux') state[r.from] |= 1 | (countered[r.to] << 1);
    // Names of the targets of each crux to report, in one more pass.
    const names = new Map<number, string[]>();
    for (const r of doc.relations) {
      if (r.type !== 'crux' || state[r.from] !== 1) continue;
      let list = names.get(r.from);
      if (!list) names.set(r.from, (list = []));
      const st = doc.statements[r.to];
      const name = st.id !== null ? `\`${st.id}\`` : `the ${st.kind} it sits under`;
      if (!list.includes(name)) list.push(name);
    }
    for (const [c, list] of names) {
      const what = list.length === 1 ? `${list[0]} is not` : `none of ${list.join(', ')} is`;
      report({
        range: doc.statements[c].keywordRange,
        message: `nothing hinges on this crux as written: ${what} countered anywhere in the file — add the counter it decides, or point it at a statement that is disputed`,
      });
    }
  },
};
