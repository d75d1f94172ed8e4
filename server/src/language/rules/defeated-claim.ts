import { OUT, explain, labelsOf, standingCounters } from '../status';
import { anchorOf, nameOf, type Rule } from './rule';

export const defeatedClaim: Rule = {
  id: 'defeated-claim',
  defaultSeverity: 'info',
  description: 'A `claim` that is defeated: a counter against it stands, or every reason for it is defeated.',
  check({ doc, report }) {
    const labels = labelsOf(doc);
    for (const st of doc.statements) {
      if (st.kind !== 'claim' || labels[st.index] !== OUT) continue;
      const standing = standingCounters(doc, st.index);
      report({
        range: st.keywordRange,
        message: `${nameOf(st)} is ${explain(doc, st.index)}`,
        related: standing.map((c) => ({ range: anchorOf(doc.statements[c]), message: `${nameOf(doc.statements[c])} stands against it` })),
      });
    }
  },
};
