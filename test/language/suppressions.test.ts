// Suppression directives: `// debate-disable-next-line RULE, …` and `// debate-disable RULE, …`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/language';
import { check } from '../helpers/diagnostics';

describe('debate-disable-next-line', () => {
  it('silences one rule on the next statement', () => check(
    '// debate-disable-next-line unsupported-claim\nclaim a: x\n«claim» b: y', ['unsupported-claim']));
  it('leaves other rules on that statement', () => check(
    '// debate-disable-next-line unsupported-claim\nclaim a: see @«nope»', ['unknown-reference']));
  it('silences several rules, separated by commas', () => check(
    '// debate-disable-next-line unsupported-claim, unknown-reference\nclaim a: see @nope\n«claim» b: y', ['unsupported-claim']));
  it('accepts rule names separated by commas without spaces', () => check(
    '// debate-disable-next-line unsupported-claim,unknown-reference\nclaim a: see @nope', []));
  it('silences every rule when none is named', () => check(
    '// debate-disable-next-line\nclaim a -> nope: see @nope\n«counter» x', ['orphan-statement']));
  it('skips blank lines and comments before the statement', () => check(
    '// debate-disable-next-line unsupported-claim\n\n// why: their claim\n\nclaim a: x', []));
  it('covers the statement\'s continuation lines', () => check(
    '// debate-disable-next-line unknown-reference\nclaim a: x\n    see @nope\n  because b: y\n    see @«nope2»', ['unknown-reference']));
  it('stops at a line that is not a statement', () => check(
    '// debate-disable-next-line unsupported-claim\n# Heading\n«claim» a: x', ['unsupported-claim']));
  it('does not reach past an error line', () => check(
    '// debate-disable-next-line unsupported-claim\n«stray line»\n«claim» a: x', ['syntax-error', 'unsupported-claim']));
  it('works when indented', () => check(
    'claim a: x\n  // debate-disable-next-line unknown-reference\n  because b: @nope', []));
  it('silences only its statement\'s share of a cycle', () => check(
    'claim r: x\n  because c -> r, t: y\n  // debate-disable-next-line circular-support\n  because t -> c: z'.replace('because c', 'because «c»'),
    ['circular-support']));
  it('at the end of the file silences nothing', () => check('«claim» a: x\n// debate-disable-next-line', ['unsupported-claim']));
});

describe('debate-disable', () => {
  it('silences a rule from its line to the end of the file', () => check(
    '«claim» a: x\n// debate-disable unsupported-claim\nclaim b: y\n# Later\nclaim c: z', ['unsupported-claim']));
  it('silences several rules', () => check(
    '// debate-disable unsupported-claim, unlinked-crux\nclaim a: x\ncrux Is it?\n«counter» z', ['orphan-statement']));
  it('silences every rule when none is named', () => check(
    '«counter» z\n// debate-disable\ncounter y\nclaim a: @nope', ['orphan-statement']));
  it('also silences syntax errors when asked to', () => check(
    '«stray»\n// debate-disable syntax-error\nstray again', ['syntax-error']));
});

describe('directive syntax', () => {
  it('reports an unknown rule name and still applies the known ones', () => check(
    '// debate-disable-next-line unsupported-claim, «unsuported-claim»\nclaim a: x', ['syntax-error']));
  it('lists the rules in the message', () => {
    const d = analyze('// debate-disable bogus').diagnostics.find((x) => x.rule === 'syntax-error')!;
    assert.match(d.message, /unknown rule `bogus` in `debate-disable`; rules are `syntax-error`, `unknown-reference`/);
  });
  it('reports a misspelt directive name instead of ignoring it', () => {
    check('// «Debate-disable» unsupported-claim\n«claim» a: x', ['syntax-error', 'unsupported-claim']);
    assert.match(analyze('// Debate-disable x').diagnostics[0].message, /did you mean `debate-disable`\?/);
  });
  it('is only read at the start of a comment', () => check('// see debate-disable unsupported-claim\n«claim» a: x', ['unsupported-claim']));
  it('needs a space after the directive name', () =>
    check('// «debate-disable-next-lineunsupported-claim»\n«claim» a: x', ['syntax-error', 'unsupported-claim']));
  it('is not a directive in statement text', () => check('«claim» a: // debate-disable unsupported-claim', ['unsupported-claim']));
  it('records directives with their rule ranges', () => {
    const doc = analyze('  // debate-disable-next-line a-rule, b\nclaim x: y');
    assert.deepEqual(doc.directives.map((d) => [d.kind, d.line, d.rules.map((r) => `${r.name}@${r.range.start.character}-${r.range.end.character}`)]),
      [['disable-next-line', 0, ['a-rule@30-36', 'b@38-39']]]);
  });
});
