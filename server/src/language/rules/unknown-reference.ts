import { closest } from '../ids';
import type { Rule } from './rule';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'A `->` target or `@mention` names no statement.',
  check({ doc, report }) {
    for (const ref of doc.references) {
      if (ref.resolved >= 0) continue;
      // Short names are close to everything: allow fewer edits for them.
      const suggestion = closest(ref.name, doc.ids.keys(), Math.min(2, Math.floor(ref.name.length / 2)));
      const what = ref.kind === 'mention' ? `\`@${ref.name}\`` : `target \`${ref.name}\``;
      const fix = suggestion !== null
        ? ` — did you mean \`${suggestion}\`?`
        : ': check the spelling, or add a statement with this ID';
      report({
        range: ref.range,
        message: `${what} names no statement in this file${fix}`,
        data: { name: ref.name, suggestion },
      });
    }
    // IDs named by `// debate-expect ID: status` comments.
    for (const d of doc.directives) {
      if (d.kind !== 'expect' || !d.expect || doc.ids.has(d.expect.id)) continue;
      const name = d.expect.id;
      const suggestion = closest(name, doc.ids.keys(), 2);
      report({
        range: d.expect.idRange,
        message: `\`debate-expect\` names \`${name}\`, but no statement in this file has this ID${suggestion !== null ? ` — did you mean \`${suggestion}\`?` : ''}`,
        data: { name, suggestion },
      });
    }
  },
};
