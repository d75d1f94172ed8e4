import type { Rule } from './rule';

export const syntaxError: Rule = {
  id: 'syntax-error',
  defaultSeverity: 'error',
  description: 'A line the grammar cannot read.',
  check({ doc, report }) {
    for (const e of doc.syntaxErrors) report({ range: e.range, message: e.message, data: e.data });
  },
};
