// The worked examples in docs/semantics.md state their outcomes with `// debate-expect`;
// each one must hold, so the page can't drift from what the tools do.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, explain } from '../../server/src/language';

const DOC = readFileSync(path.resolve(__dirname, '../../../docs/semantics.md'), 'utf8');
const BLOCKS = [...DOC.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);
const WORKED = BLOCKS.filter((b) => b.includes('// debate-expect ') && /^claim /m.test(b));

describe('docs/semantics.md', () => {
  it('has worked examples', () => assert.ok(WORKED.length >= 6));
  WORKED.forEach((block, k) => {
    it(`worked example ${k + 1} comes out as stated`, () => {
      const diags = analyze(block).diagnostics.filter((d) => d.rule === 'expectation-failed' || d.rule === 'unknown-reference' || d.rule === 'syntax-error');
      assert.deepEqual(diags.map((d) => d.message), []);
    });
  });
  it('quotes derivations the tools actually give', () => {
    const quoted = BLOCKS.find((b) => b.startsWith('defeated: counter `poor`'));
    assert.ok(quoted, 'the derivation block');
    const actual = new Set<string>();
    for (const b of WORKED) {
      const doc = analyze(b);
      for (const st of doc.statements) if (st.kind === 'claim') actual.add(explain(doc, st.index));
    }
    for (const line of quoted.trim().split('\n')) assert.ok(actual.has(line), `not produced by any worked example: ${line}`);
  });
});
