// The core's invariant, checked: server/src/language imports only itself and chevrotain
// (no I/O, no LSP), so the server, the CLI and exporters can all read it unchanged.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const CORE = path.resolve(__dirname, '../../../server/src/language');
const ALLOWED = new Set(['chevrotain']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers of import/export-from statements and require calls. */
export function specifiers(src: string): string[] {
  const out: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of src.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

describe('core invariant', () => {
  it('finds the imports it checks', () => {
    assert.deepEqual(specifiers("import { a } from './a';\nimport type {\n  B,\n} from 'vscode-languageserver';\nconst fs = require('node:fs');"),
      ['./a', 'vscode-languageserver', 'node:fs']);
  });
  it('server/src/language imports only itself and chevrotain', () => {
    const files = sources(CORE);
    assert.ok(files.length > 10, `expected the core's sources under ${CORE}`);
    const bad: string[] = [];
    for (const f of files) {
      for (const s of specifiers(fs.readFileSync(f, 'utf8'))) {
        const inside = s.startsWith('.') && path.resolve(path.dirname(f), s).startsWith(CORE);
        if (!inside && !ALLOWED.has(s)) bad.push(`${path.relative(CORE, f)}: ${s}`);
      }
    }
    assert.deepEqual(bad, []);
  });
  it('uses no Node globals for I/O', () => {
    const bad = sources(CORE).filter((f) => /\bprocess\.|\b__dirname\b|\bfetch\(/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(bad.map((f) => path.relative(CORE, f)), []);
  });
});
