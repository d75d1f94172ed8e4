import type { Rule } from './rule';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'A second statement reuses an ID.',
  check({ doc, report }) {
    for (const [second, first] of doc.duplicates) {
      const st = doc.statements[second];
      const firstSt = doc.statements[first];
      report({
        range: st.idRange!,
        message: `ID \`${st.id}\` is already used on line ${firstSt.line + 1}: references go to that one; rename this ${st.kind}`,
        related: [{ range: firstSt.idRange!, message: `first definition of \`${st.id}\`` }],
        data: { name: st.id },
      });
    }
  },
};
