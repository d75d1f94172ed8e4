// docs/rules.md has one section per rule (diagnostics link to it by rule id), with the
// rule's default severity, a bad example that the rule reports and a fixed one that is clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, RULES } from '../../server/src/language';

const DOC = readFileSync(path.resolve(__dirname, '../../../docs/rules.md'), 'utf8');

function section(id: string): string | undefined {
  const start = DOC.indexOf(`\n## ${id}\n`);
  if (start < 0) return undefined;
  const next = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, next < 0 ? undefined : next);
}

function examples(sec: string): { bad?: string; fixed?: string } {
  const block = (label: string) => new RegExp(`\\n${label}:\\n\\n\`\`\`text\\n([\\s\\S]*?)\`\`\`\\n`).exec(sec)?.[1];
  return { bad: block('Bad'), fixed: block('Fixed') };
}

describe('docs/rules.md', () => {
  for (const rule of RULES) {
    it(`documents ${rule.id}`, () => {
      const sec = section(rule.id);
      assert.ok(sec, `no "## ${rule.id}" section`);
      assert.ok(sec.includes(`Default: **${rule.defaultSeverity}**.`), 'default severity');
      assert.ok(DOC.includes(`[\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} |`), 'row in the summary table');
      const { bad, fixed } = examples(sec);
      assert.ok(bad !== undefined && fixed !== undefined, 'a Bad and a Fixed example');
      const badRules = analyze(bad).diagnostics.map((d) => d.rule);
      assert.ok(badRules.includes(rule.id), `the bad example should be reported by ${rule.id}, got ${badRules.join(', ') || 'nothing'}`);
      assert.deepEqual(analyze(fixed).diagnostics.map((d) => `${d.rule}: ${d.message}`), [], 'the fixed example is clean');
    });
  }
});
