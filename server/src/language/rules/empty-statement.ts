import type { Rule } from './rule';

export const emptyStatement: Rule = {
  id: 'empty-statement',
  defaultSeverity: 'error',
  description: 'A statement with no text.',
  check({ doc, report }) {
    for (const st of doc.statements) {
      if (st.text.length > 0) continue;
      report({
        range: st.keywordRange,
        message: `this \`${st.kind}\` has no text: say what it ${st.kind === 'crux' ? 'asks' : 'states'} after the ${st.colonRange ? '`:`' : 'keyword'}`,
      });
    }
  },
};
