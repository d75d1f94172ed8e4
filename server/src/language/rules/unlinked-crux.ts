import type { Rule } from './rule';

export const unlinkedCrux: Rule = {
  id: 'unlinked-crux',
  defaultSeverity: 'warning',
  description: 'A `crux` with no target.',
  check({ doc, report }) {
    for (const st of doc.statements) {
      if (st.kind !== 'crux' || st.hasArrow || st.parent !== null) continue;
      report({
        range: st.keywordRange,
        message: 'this `crux` decides nothing yet: indent it under the statement it decides, or write `crux -> ID:`',
      });
    }
  },
};
