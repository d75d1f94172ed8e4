// The statement header has two readers: `scanHeader` for well-formed headers (the common case,
// no allocation-heavy parser run) and Chevrotain's `parseHeader` for everything, with recovery and
// messages. They must agree: the scanner accepts exactly the headers the parser reads without error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHeader, scanHeader } from '../../server/src/language/header';

/** Both readers on `src` (a header region that ends at its first `:`, as the line reader passes it). */
function both(src: string): { scanned: string | null; parsed: string | null } {
  const s = scanHeader(src, 0, src.length);
  const scanned = s && JSON.stringify({
    id: s.id && src.slice(...s.id), arrow: s.arrow, targets: s.targets.map((t) => src.slice(...t)), colon: s.colon,
  });
  const colon = src.indexOf(':');
  const h = parseHeader(src, 0, colon < 0 ? src.length : colon + 1);
  const parsed = h.error || !h.colon ? null : JSON.stringify({
    id: h.id?.image ?? null, arrow: h.arrow ? h.arrow.startOffset : -1, targets: h.targets.map((t) => t.image), colon: h.colon.startOffset,
  });
  return { scanned, parsed };
}

describe('header readers agree', () => {
  const cases = [
    'a:', 'a :', 'a -> b:', 'a->b:', '-> b, c:', '->b,c,d :', 'v2.1 -> x-y, z_1:', '税金 -> ضرائب:', 'e\u0301 -> a:',
    '-> :', '-> a, :', 'a -> b c:', 'a b:', '->', 'a ->', '-> a,', ':', 'a -> -> b:', 'a,b:', '-> a b', 'a-> b\t,\tc\t:',
  ];
  for (const src of cases) {
    it(JSON.stringify(src), () => {
      const { scanned, parsed } = both(src);
      assert.equal(scanned, parsed);
    });
  }
  it('on any header made of IDs, arrows, commas, colons and blanks', () => {
    const piece = fc.constantFrom('a', 'b-c', 'v2.1', '税', 'é', '->', '-', '>', ',', ':', ' ', '\t', '.', '@', 'x y');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (src) => {
      const { scanned, parsed } = both(src);
      assert.equal(scanned, parsed);
    }), { numRuns: 3000 });
  });
  it('on well-formed headers and one-piece mutations of them', () => {
    const id = fc.constantFrom('a', 'b-c', 'v2.1', '税金', 'e\u0301', '2019', 'x_1');
    const blank = fc.constantFrom('', ' ', '\t', '  ');
    const header = fc.record({
      id: fc.option(id), targets: fc.array(fc.tuple(blank, id, blank), { maxLength: 4 }), b1: blank, b2: blank,
    }).map(({ id: i, targets, b1, b2 }) =>
      (i ?? '') + b1 + (targets.length ? '->' + targets.map(([x, t, y]) => x + t + y).join(',') : '') + b2 + ':');
    const mutated = fc.tuple(header, fc.nat(), fc.constantFrom('', ',', '->', ' ', 'a', '.', ':', '-')).map(([h, at, p]) => {
      const k = at % (h.length + 1);
      return h.slice(0, k) + p + h.slice(k);
    });
    fc.assert(fc.property(fc.oneof(header, mutated), (src) => {
      const { scanned, parsed } = both(src);
      assert.equal(scanned, parsed);
    }), { numRuns: 3000 });
  });
});
