import type { Rule } from './rule';

export const misplacedClaim: Rule = {
  id: 'misplaced-claim',
  defaultSeverity: 'error',
  description: 'A `claim` with `->` targets, or nested under another statement.',
  check({ doc, report }) {
    for (const st of doc.statements) {
      if (st.kind !== 'claim') continue;
      if (st.hasArrow) {
        report({
          range: st.keywordRange,
          message: 'a `claim` stands on its own and takes no `->` targets: use `because` to support or `counter` to attack a statement',
        });
      } else if (st.parent !== null) {
        report({
          range: st.keywordRange,
          message: 'a `claim` cannot be nested under another statement: outdent it, or make it a `because` or `counter`',
        });
      }
    }
  },
};
