import type { Rule } from './rule';

export const mixedIndentation: Rule = {
  id: 'mixed-indentation',
  defaultSeverity: 'warning',
  description: 'Tabs and spaces mixed in one line\u2019s indentation.',
  check({ doc, report }) {
    for (const r of doc.mixedIndentation) {
      report({
        range: r,
        message: 'this indentation mixes tabs and spaces, so its depth depends on the editor (a tab counts 4 columns here): use spaces only',
      });
    }
  },
};
