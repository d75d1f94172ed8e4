// Format Document: the edit covers only the changed lines, and applying it gives the
// formatter's output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, formatDocument } from '../../server/src/language';
import { provideFormatting } from '../../server/src/lsp/formatting';
import { showRange } from '../helpers/markers';
import { applyEdits } from './util';

const PARAMS = { textDocument: { uri: 'file:///t.debate' }, options: { tabSize: 8, insertSpaces: false } };

/** `range` is where the single edit must be (or null for no edit). */
function check(text: string, range: string | null): void {
  const edits = provideFormatting(analyze(text), PARAMS);
  if (range === null) { assert.deepEqual(edits, []); return; }
  assert.equal(edits.length, 1);
  assert.equal(showRange(edits[0].range), range);
  assert.equal(applyEdits(text, edits), formatDocument(text));
}

describe('formatting provider', () => {
  it('no edit for a formatted file', () => check('claim a: x\n  because b: y\n', null));
  it('only the changed lines', () => check('claim a: x\n  because b: y\n   counter c:z\nclaim d: w\n', '2:0-3:0'));
  it('several lines apart: one edit spanning them', () => check('claim  a: x\n  because b: y\nclaim d:w\n', '0:0-3:0'));
  it('a missing final newline', () => check('claim a: x\nclaim b:  y', '1:0-1:11'));
  it('CRLF lines are replaced whole', () => check('claim a: x\r\n because b: y\r\nclaim c: z\r\n', '1:0-2:0'));
  it('a lone CR ends a line too', () => check('claim a: x\r because b: y\rclaim c: z\r', '1:0-2:0'));
  it('ignores the editor’s tab settings', () => check('claim a: x\n\tbecause b: y\n', '1:0-2:0'));
});
