// Random .debate documents for property tests: every line shape the parser knows (statements
// with and without headers, broken headers, misspelt keywords, continuations, stray lines,
// comments, directives, headings good and bad), odd spacing, tabs, Unicode spaces, LF/CRLF/CR, BOM.
import fc from 'fast-check';

const id = fc.constantFrom('a', 'b', 'tax-1', 'v2.1', 'étude', 'x_y');
const ws = fc.constantFrom('', ' ', '  ', '\t', ' \t', '\u00a0', ' \u3000');
const indent = fc.constantFrom('', ' ', '  ', '    ', '\t', '\t\t', '      ', '  \t', ' \u00a0');
const word = fc.constantFrom('Taxes', 'rise', 'e.g.', 'Note:', 'https://x.org', '3 -> 4', 'because', '#tag', ',', '@a', '@tax-1', 'bob@b', '->', ':');
const text = fc.array(word, { maxLength: 4 }).map((w) => w.join(' '));
const keyword = fc.constantFrom('claim', 'because', 'counter', 'crux', 'Claim', 'BECAUSE', 'clam', 'becuase');
const header = fc.oneof(
  fc.constant(''),
  fc.tuple(ws, ws).map(([s1, s2]) => `${s1}:${s2}`),
  fc.tuple(id, ws, ws).map(([i, s1, s2]) => ` ${i}${s1}:${s2}`),
  fc.tuple(fc.option(id), ws, fc.array(id, { minLength: 1, maxLength: 3 }), ws, ws)
    .map(([i, s1, ts, s2, s3]) => ` ${i ?? ''}${s1}->${s2}${ts.join(`${s1},${s2}`)}${s3}:${s2}`),
  fc.tuple(id, ws).map(([i, s]) => ` ${i} ->${s}`),
  fc.constant(' -> , :'),
);
const line = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(indent, keyword, header, text, ws).map(([i, k, h, t, w]) => `${i}${k}${h}${h ? '' : ' '}${t}${w}`) },
  { weight: 2, arbitrary: fc.tuple(indent, text, ws).map(([i, t, w]) => `${i}${t}${w}`) },
  { weight: 1, arbitrary: ws },
  { weight: 1, arbitrary: fc.tuple(indent, text).map(([i, t]) => `${i}// ${t}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), ws, text).map(([n, s, t]) => `${'#'.repeat(n)}${s}${t}`) },
  { weight: 1, arbitrary: fc.tuple(indent, fc.constantFrom('// debate-disable-next-line unsupported-claim', '// debate-disable')).map(([i, d]) => i + d) },
);
export const arbDocument = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.boolean())
  .map(([ls, eol, bom, finalNl]) => (bom ? '\ufeff' : '') + ls.join(eol) + (finalNl ? eol : ''));

