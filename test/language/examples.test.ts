// The shipped examples lint without errors, and their warnings are pinned so that a change
// to the language or the examples shows up here.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/language';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** Expected warnings per example: `rule line` (1-based). */
const WARNINGS: Record<string, string[]> = {
  'alignment-exchange.debate': [],
  'four-day-week.debate': ['unsupported-claim 78'],
  'monorepo-decision.debate': [],
};

describe('examples', () => {
  const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.debate')).sort();
  it('every example is pinned here', () => assert.deepEqual(files, Object.keys(WARNINGS).sort()));
  for (const file of files) {
    it(`${file} has no errors and the pinned warnings`, () => {
      const doc = analyze(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
      const show = (sev: string): string[] => doc.diagnostics.filter((d) => d.severity === sev).map((d) => `${d.rule} ${d.range.start.line + 1}`);
      assert.deepEqual(show('error'), []);
      assert.deepEqual(show('warning'), WARNINGS[file] ?? []);
      assert.ok(doc.statements.length > 10 && doc.relations.length > 10, 'an example is a real debate');
    });
  }
});
