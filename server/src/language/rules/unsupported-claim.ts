import { countIncoming } from '../model';
import { nameOf, type Rule } from './rule';

export const unsupportedClaim: Rule = {
  id: 'unsupported-claim',
  defaultSeverity: 'warning',
  description: 'A `claim` that no `because` supports.',
  check({ doc, report }) {
    for (const st of doc.statements) {
      if (st.kind !== 'claim' || countIncoming(doc, st.index, 'support') > 0) continue;
      report({
        range: st.keywordRange,
        message: `${nameOf(st)} has no \`because\`: add a reason under it, or suppress with \`// debate-disable-next-line unsupported-claim\``,
      });
    }
  },
};
