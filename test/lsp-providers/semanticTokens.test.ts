// Semantic tokens, decoded back from the LSP's relative encoding into
// `line:col text type[.modifier…]`, so a test reads like what the editor colours.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { provideSemanticTokens, semanticTokensLegend } from '../../server/src/lsp/semanticTokens';
import { load } from './util';

function decode(text: string, data: number[]): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let line = 0;
  let col = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, len, type, mods] = data.slice(i, i + 5);
    line += dl;
    col = dl === 0 ? col + dc : dc;
    const names = semanticTokensLegend.tokenModifiers.filter((_, b) => mods & (1 << b));
    out.push(`${line}:${col} ${lines[line].slice(col, col + len)} ${[semanticTokensLegend.tokenTypes[type], ...names].join('.')}`);
  }
  return out;
}

function check(src: string, tokens: string[]): void {
  const { doc, text } = load(src);
  assert.deepEqual(decode(text, provideSemanticTokens(doc).data), tokens);
}

const L = (...ls: string[]) => ls.join('\n');

describe('semantic tokens', () => {
  it('keywords, declarations, arrow, resolved and unresolved targets', () =>
    check(L('claim taxes: x', '  Because g -> taxes, nope: y'), [
      '0:0 claim keyword', '0:6 taxes variable.declaration',
      '1:2 Because keyword', '1:10 g variable.declaration', '1:12 -> operator', '1:15 taxes variable', '1:22 nope variable.unresolved',
    ]));
  it('mentions include the @, unresolved ones are marked', () =>
    check(L('claim a: see @a and @b', '    or @a again'), [
      '0:0 claim keyword', '0:6 a variable.declaration', '0:13 @a variable.mention', '0:20 @b variable.unresolved.mention',
      '1:7 @a variable.mention',
    ]));
  it('heading titles; nothing for comments, text or empty headings', () =>
    check(L('# Our case', '// claim x: y', '#', 'claim: text only'), ['0:2 Our case namespace', '3:0 claim keyword']));
  it('a half-typed header still colours what was read', () =>
    check('counter x -> ', ['0:0 counter keyword', '0:8 x variable.declaration', '0:10 -> operator']));
  it('the legend uses standard types', () =>
    assert.deepEqual(semanticTokensLegend.tokenTypes, ['keyword', 'operator', 'variable', 'namespace']));
  it('custom modifiers are declared in the extension manifest', () => {
    const standard = ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'];
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
    const declared = (manifest.contributes.semanticTokenModifiers ?? []).map((m: { id: string }) => m.id);
    assert.deepEqual(semanticTokensLegend.tokenModifiers.filter((m) => !standard.includes(m)), declared);
  });
});
