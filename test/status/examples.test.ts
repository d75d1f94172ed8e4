// The examples state their outcomes with `// debate-expect`; linting them checks the semantics.
// Every claim is covered, every expectation holds, and a wrong one is caught.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/language';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.debate')).sort();

describe('example outcomes', () => {
  it('there are examples', () => assert.ok(files.length >= 3));
  for (const file of files) {
    const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
    it(`${file}: every claim has an expectation, and all of them hold`, () => {
      const doc = analyze(text);
      const expected = doc.directives.filter((d) => d.kind === 'expect').map((d) => d.expect!.id).sort();
      const claims = doc.statements.filter((s) => s.kind === 'claim').map((s) => s.id ?? '(no id)').sort();
      assert.deepEqual(expected, claims);
      assert.deepEqual(doc.diagnostics.filter((d) => d.rule === 'expectation-failed' || d.severity === 'error').map((d) => d.message), []);
    });
    it(`${file}: a changed expectation fails`, () => {
      const re = /(\/\/ debate-expect [^:]+: )(\S+)/g;
      let m: RegExpExecArray | null;
      let count = 0;
      while ((m = re.exec(text)) !== null) {
        const wrong = m[2] === 'contested' ? 'stands' : 'contested';
        const changed = text.slice(0, m.index) + m[1] + wrong + text.slice(m.index + m[0].length);
        const failed = analyze(changed).diagnostics.filter((d) => d.rule === 'expectation-failed');
        assert.equal(failed.length, 1, `${m[0]} → ${wrong}`);
        count++;
      }
      assert.ok(count > 0);
    });
  }
});
