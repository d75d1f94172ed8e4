// `debate status`, `debate cruxes`, `debate diff` and the label/status fields of `debate export`,
// as a user sees them on stdout and in the exit code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, workspace } from '../cli/helpers';

const DEBATE = [
  'claim safe: It is safe.',          // 1
  '  because tested: It was tested.',
  '  counter trojans: Trojans.',      // 3
  'claim cheap: It is cheap.',        // 4
  '  counter pricey: It is not.',
  '    counter quote: The quote says otherwise.',
  'claim bare: Nobody argued this.',  // 7
  'claim tied: It is a tie.',         // 8
  '  because r: R.',
  '  counter x -> tied, y: X.',
  'counter y -> x: Y.',
  'crux -> tied, x: Who is right?',   // 12
  '',
].join('\n');

describe('debate status', () => {
  it('prints each claim with its mark, status and why, then a summary', () => {
    const r = runCli(['status', 'd.debate'], { cwd: workspace({ 'd.debate': DEBATE }) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, [
      'd.debate:1  ✗ safe  defeated: counter `trojans` stands — nothing answers it',
      'd.debate:4  ○ cheap  stands, unsupported: counter `pricey` is defeated by `quote`, which stands — nothing answers it',
      'd.debate:7  ○ bare  stands, unsupported: nothing counters it, though it has no reason',
      'd.debate:8  ? tied  contested: counter `x` is contested — `y` and `x` counter each other',
      '4 claims: 2 stands, unsupported; 1 defeated; 1 contested in 1 file',
      '',
    ].join('\n'));
  });

  it('prints JSON with label and status', () => {
    const r = runCli(['status', '--format', 'json', '.'], { cwd: workspace({ 'd.debate': DEBATE }) });
    assert.equal(r.code, 0);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.files[0].claims.map((c: { id: string; line: number; label: string; status: string }) => [c.id, c.line, c.label, c.status]), [
      ['safe', 1, 'out', 'defeated'], ['cheap', 4, 'in', 'stands-unsupported'], ['bare', 7, 'in', 'stands-unsupported'], ['tied', 8, 'undecided', 'contested'],
    ]);
    assert.deepEqual(j.summary, { stands: 0, 'stands-unsupported': 2, defeated: 1, contested: 1 });
  });
});

describe('debate cruxes', () => {
  it('lists declared cruxes with their targets, then the hinges', () => {
    const r = runCli(['cruxes', 'd.debate', '--top', '2'], { cwd: workspace({ 'd.debate': DEBATE }) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, [
      'Cruxes (1)',
      '  line 12  Who is right?',
      '      ? claim `tied`  contested',
      '      ? counter `x`  contested',
      '',
      'Hinges: the statements whose removal would change the most claims',
      '  1. counter `trojans` (line 3) flips 1 claim:',
      '       claim `safe`: defeated → stands',
      '  2. counter `quote` (line 6) flips 1 claim:',
      '       claim `cheap`: stands, unsupported → defeated',
      '',
    ].join('\n'));
  });

  it('gives the same as JSON', () => {
    const r = runCli(['cruxes', 'd.debate', '-f', 'json'], { cwd: workspace({ 'd.debate': DEBATE }) });
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.cruxes[0].targets.map((t: { id: string; status: string }) => `${t.id} ${t.status}`), ['tied contested', 'x contested']);
    assert.deepEqual(j.hinges.map((h: { id: string; flips: { id: string; after: string }[] }) => `${h.id}: ${h.flips.map((f) => `${f.id}→${f.after}`).join(', ')}`), [
      'trojans: safe→stands', 'quote: cheap→defeated', 'x: tied→stands', 'y: tied→defeated',
    ]);
  });

  it('refuses a bad --top', () => {
    const r = runCli(['cruxes', 'd.debate', '--top', 'lots'], { cwd: workspace({ 'd.debate': DEBATE }) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--top takes a whole number/);
  });
});

const OLD = 'claim no-interference: Fine.\n  because pairwise: Pairs are fine.\nclaim other: Other.\n  counter x: X.\nclaim gone: Gone.\n';
const NEW = 'claim no-interference: Fine.\n  because pairwise: Pairs are fine.\n  counter trojans: Trojans.\nclaim renamed: Other.\n  counter x: X.\n    counter y: Y.\nclaim fresh: New.\n';

describe('debate diff', () => {
  const expected = [
    '  ! `no-interference`: stands → defeated, by new counter `trojans`',
    '  ~ `renamed` (was `other`): defeated → stands, unsupported — counter `x` is defeated by `y`, which stands — nothing answers it',
    '  + `fresh`: stands, unsupported',
    '  - `gone` (was stands, unsupported)',
    '2 changed, 1 added, 1 removed; 1 no longer stands',
    '',
  ];

  it('compares two files, matching by ID and then by text', () => {
    const r = runCli(['diff', 'old.debate', 'new.debate'], { cwd: workspace({ 'old.debate': OLD, 'new.debate': NEW }) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, ['old.debate → new.debate', ...expected].join('\n'));
  });

  it('exits 1 on a regression with --fail-on-regression', () => {
    const r = runCli(['diff', '--fail-on-regression', 'old.debate', 'new.debate'], { cwd: workspace({ 'old.debate': OLD, 'new.debate': NEW }) });
    assert.equal(r.code, 1);
  });

  it('exits 0 with --fail-on-regression when nothing stopped standing', () => {
    const r = runCli(['diff', '--fail-on-regression', 'new.debate', 'new.debate'], { cwd: workspace({ 'new.debate': NEW }) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'No claim changed status.\n');
  });

  it('compares a git revision with the working tree, deleted and new files included', () => {
    const dir = workspace({ 'notes/a.debate': OLD, 'b.debate': OLD });
    const git = (...args: string[]): void => {
      const r = spawnSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'one');
    fs.writeFileSync(path.join(dir, 'notes/a.debate'), NEW);
    fs.rmSync(path.join(dir, 'b.debate'));
    const r = runCli(['diff', '--git', 'HEAD', '--fail-on-regression'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, [
      'b.debate',
      '  - `no-interference` (was stands)',
      '  - `other` (was defeated)',
      '  - `gone` (was stands, unsupported)',
      'notes/a.debate',
      ...expected.slice(0, 4),
      '2 changed, 1 added, 4 removed; 1 no longer stands',
      '',
    ].join('\n'));
    const sub = runCli(['diff', '--git', 'HEAD', '-f', 'json', 'a.debate'], { cwd: path.join(dir, 'notes') });
    assert.equal(sub.code, 0, sub.stderr);
    const j = JSON.parse(sub.stdout);
    assert.deepEqual(j.files.map((f: { path: string }) => f.path), ['a.debate']);
    assert.equal(j.regressions, 1);
    assert.equal(j.files[0].changed[0].reason, 'by new counter `trojans`');
  });

  it('reports usage mistakes with exit 2', () => {
    const dir = workspace({ 'a.debate': OLD });
    assert.equal(runCli(['diff', 'a.debate'], { cwd: dir }).code, 2);
    const r = runCli(['diff', '--git', 'HEAD'], { cwd: dir });
    assert.equal(r.code, 2);
  });
});

describe('debate export', () => {
  it('gives every statement a label and every claim a status', () => {
    const r = runCli(['export', 'd.debate'], { cwd: workspace({ 'd.debate': DEBATE }) });
    const j = JSON.parse(r.stdout);
    const row = (id: string): unknown => {
      const s = j.statements.find((x: { id: string }) => x.id === id);
      return [s.label, s.status];
    };
    assert.deepEqual(row('safe'), ['out', 'defeated']);
    assert.deepEqual(row('trojans'), ['in', undefined]);
    assert.deepEqual(row('tied'), ['undecided', 'contested']);
    assert.deepEqual(row('cheap'), ['in', 'stands-unsupported']);
  });
});
