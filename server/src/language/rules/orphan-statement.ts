import type { Rule } from './rule';

export const orphanStatement: Rule = {
  id: 'orphan-statement',
  defaultSeverity: 'error',
  description: 'A `because` or `counter` with no target.',
  check({ doc, report }) {
    for (const st of doc.statements) {
      if ((st.kind !== 'because' && st.kind !== 'counter') || st.hasArrow || st.parent !== null) continue;
      const verb = st.kind === 'because' ? 'supports' : 'answers';
      report({
        range: st.keywordRange,
        message: `this \`${st.kind}\` ${verb} nothing: indent it under the statement it ${verb}, or name the target with \`${st.keyword} -> ID:\``,
      });
    }
  },
};
