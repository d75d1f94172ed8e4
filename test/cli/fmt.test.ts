// `debate fmt`: rewrites with the core formatter, --check lists and exits 1, line endings and BOM kept.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { formatDocument } from '../../server/src/language';
import { runCli, workspace } from './helpers';

const MESSY = 'claim   taxes:Taxes should rise.   \n      because the deficit is large\n';
const TIDY = formatDocument(MESSY);

describe('debate fmt', () => {
  it('fixture: the core formatter changes the messy file and keeps the tidy one', () => {
    assert.notEqual(TIDY, MESSY);
    assert.equal(formatDocument(TIDY), TIDY);
  });

  it('--check lists the files that would change, writes nothing, exits 1', () => {
    const dir = workspace({ 'a.debate': MESSY, 'b.debate': TIDY, 'sub/c.debate': MESSY });
    const r = runCli(['fmt', '--check'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, 'a.debate\nsub/c.debate\n2 files of 3 would be reformatted; run `debate fmt` to fix\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.debate'), 'utf8'), MESSY);
  });

  it('--check on formatted files exits 0', () => {
    const r = runCli(['fmt', '--check', 'b.debate'], { cwd: workspace({ 'b.debate': TIDY }) });
    assert.deepEqual([r.code, r.stdout], [0, 'all 1 file formatted\n']);
  });

  it('rewrites files to exactly what the formatter gives, then --check passes', () => {
    const dir = workspace({ 'a.debate': MESSY, 'b.debate': TIDY });
    const r = runCli(['fmt'], { cwd: dir });
    assert.deepEqual([r.code, r.stdout], [0, 'a.debate\nformatted 1 file, 1 already formatted\n']);
    assert.equal(fs.readFileSync(path.join(dir, 'a.debate'), 'utf8'), TIDY);
    assert.equal(runCli(['fmt', '--check'], { cwd: dir }).code, 0);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\uFEFF' + MESSY.replace(/\n/g, '\r\n');
    const dir = workspace({ 'w.debate': crlf });
    assert.equal(runCli(['fmt', 'w.debate'], { cwd: dir }).code, 0);
    const bytes = fs.readFileSync(path.join(dir, 'w.debate'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.equal(text, TIDY.replace(/\n/g, '\r\n'));
  });

  it('skips files the config ignores', () => {
    const dir = workspace({ 'debate.config.json': '{ "ignore": ["drafts"] }', 'drafts/a.debate': MESSY, 'b.debate': MESSY });
    const r = runCli(['fmt', '--check'], { cwd: dir });
    assert.equal(r.stdout, 'b.debate\n1 file of 1 would be reformatted; run `debate fmt` to fix\n');
  });

  it('exit 2 for a bad config, a missing path or an unreadable file', () => {
    const dir = workspace({ 'debate.config.json': '{ "ignore": 3 }', 'a.debate': MESSY });
    const bad = runCli(['fmt', '--check'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /debate\.config\.json:1:13: ignore: must be an array/);
    assert.equal(runCli(['fmt', '--no-config', 'nope.debate'], { cwd: dir }).code, 2);
    fs.writeFileSync(path.join(dir, 'bin.debate'), Buffer.from([0xff]));
    assert.equal(runCli(['fmt', '--no-config', 'bin.debate'], { cwd: dir }).code, 2);
  });
});
