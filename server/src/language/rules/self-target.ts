import type { Rule } from './rule';

export const selfTarget: Rule = {
  id: 'self-target',
  defaultSeverity: 'error',
  description: 'A statement targets itself.',
  check({ doc, report }) {
    for (const ref of doc.references) {
      if (ref.kind !== 'target' || ref.resolved !== ref.from) continue;
      const st = doc.statements[ref.from];
      report({
        range: ref.range,
        message: `\`${ref.name}\` targets itself: a ${st.kind} must point at another statement`,
        data: { name: ref.name },
      });
    }
  },
};
