import { countIncoming } from '../model';
import type { Rule } from './rule';

export const cruxOnUndisputed: Rule = {
  id: 'crux-on-undisputed',
  defaultSeverity: 'info',
  description: 'A `crux` none of whose targets is countered anywhere in the file.',
  check({ doc, report }) {
    // Targets of each crux, from its crux relations (resolved, not itself).
    const targets = new Map<number, number[]>();
    for (const r of doc.relations) {
      if (r.type !== 'crux') continue;
      let list = targets.get(r.from);
      if (!list) targets.set(r.from, (list = []));
      if (!list.includes(r.to)) list.push(r.to);
    }
    for (const [crux, list] of targets) {
      if (list.some((t) => countIncoming(doc, t, 'attack') > 0)) continue;
      const names = list.map((t) => {
        const st = doc.statements[t];
        return st.id !== null ? `\`${st.id}\`` : `this crux's ${st.kind}`;
      });
      const what = names.length === 1 ? `${names[0]} is` : `none of ${names.join(', ')} is`;
      report({
        range: doc.statements[crux].keywordRange,
        message: `nothing hinges on this crux as written: ${names.length === 1 ? what + ' not' : what} countered anywhere in the file — add the counter it decides, or point it at a statement that is disputed`,
      });
    }
  },
};
