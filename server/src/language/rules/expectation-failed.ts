import { STATUS_TEXT, explainWhy, statusOf, type ClaimStatus } from '../status';
import { anchorOf, nameOf, type Rule } from './rule';

/** The words a `debate-expect` may use, and the status each one means. */
const EXPECTABLE: Record<string, ClaimStatus> = {
  stands: 'stands',
  unsupported: 'stands-unsupported',
  'stands-unsupported': 'stands-unsupported',
  defeated: 'defeated',
  contested: 'contested',
};

const EXPECTED: Record<ClaimStatus, string> = {
  stands: 'stand', 'stands-unsupported': 'stand, unsupported', defeated: 'be defeated', contested: 'be contested',
};

const PHRASE: Record<ClaimStatus, string> = {
  stands: 'it stands', 'stands-unsupported': 'it stands, unsupported', defeated: 'it is defeated', contested: 'it is contested',
};

export const expectationFailed: Rule = {
  id: 'expectation-failed',
  defaultSeverity: 'error',
  description: 'A `// debate-expect ID: status` comment does not match the status the claim has.',
  check({ doc, report }) {
    for (const d of doc.directives) {
      if (d.kind !== 'expect' || !d.expect) continue;
      const { id, status, statusRange } = d.expect;
      const i = doc.ids.get(id);
      if (i === undefined) continue; // unknown-reference reports it
      const expected = EXPECTABLE[status];
      if (expected === undefined) {
        report({
          range: statusRange,
          message: `unknown status \`${status}\`: write stands, defeated, contested or unsupported`,
        });
        continue;
      }
      const st = doc.statements[i];
      const actual = statusOf(doc, i);
      if (actual === expected) continue;
      report({
        range: statusRange,
        message: `expected ${nameOf(st)} to ${EXPECTED[expected]}, but ${PHRASE[actual]}: ${explainWhy(doc, i)}`,
        related: [{ range: anchorOf(st), message: `${nameOf(st)} is ${STATUS_TEXT[actual]}` }],
        data: { id, expected, actual },
      });
    }
  },
};
