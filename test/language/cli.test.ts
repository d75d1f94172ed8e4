// The `debate` command as users run it: the built bundle, spawned in a scratch directory.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { CLI_BUNDLE, runCli, workspace, type Run } from '../cli/helpers';

const ROOT = path.resolve(__dirname, '../../..');
let dir = '';

const debate = (...args: string[]): Run => runCli(args, { cwd: dir, bundle: true, env: { NO_COLOR: '1', FORCE_COLOR: '' } });

const FILES: Record<string, string | Buffer> = {
  'clean.debate': 'claim a: x\n  because b: y\n',
  'warn.debate': 'claim a: x\n',
  'error.debate': 'claim a: x\n  because b: y\nstray line\ncounter -> nope: z\n',
  'bom-crlf.debate': '\ufeffclaim a: x\r\n  because b: y\r\n',
  'latin1.debate': Buffer.from([0x63, 0x6c, 0x61, 0x69, 0x6d, 0x20, 0xe9, 0x0a]),
};

before(() => {
  assert.ok(fs.existsSync(CLI_BUNDLE), `${CLI_BUNDLE} is missing: run \`npm run build\``);
  dir = workspace(FILES);
});

describe('debate lint', () => {
  it('prints file:line:col  severity  message  rule, then a summary, and exits 1 on errors', () => {
    const r = debate('lint', '--format', 'compact', 'error.debate', 'warn.debate');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      'error.debate:3:1  error  this line is not a statement: start it with `claim`, `because`, `counter` or `crux`, or indent it deeper than the statement above to continue its text  syntax-error',
      'error.debate:4:12  error  target `nope` names no statement in this file: check the spelling, or add a statement with this ID  unknown-reference',
      'warn.debate:1:1  warning  claim `a` has no `because`: add a reason under it, or suppress with `// debate-disable-next-line unsupported-claim`  unsupported-claim',
      '2 errors, 1 warning in 2 files',
    ]);
  });
  it('--format text is the same one-line-per-finding format', () => {
    assert.equal(debate('lint', '--format', 'text', 'error.debate').stdout, debate('lint', '--format', 'compact', 'error.debate').stdout);
  });
  it('exits 0 with warnings only', () => {
    const r = debate('lint', '-f', 'compact', 'warn.debate');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^0 errors, 1 warning in 1 file$/m);
  });
  it('exits 0 on a clean file', () => {
    const r = debate('lint', '-f', 'compact', 'clean.debate');
    assert.deepEqual([r.code, r.stdout], [0, '0 errors, 0 warnings in 1 file\n']);
  });
  it('reads a BOM and CRLF file with positions as without them', () => {
    const r = debate('lint', '-f', 'compact', 'bom-crlf.debate');
    assert.deepEqual([r.code, r.stdout], [0, '0 errors, 0 warnings in 1 file\n']);
  });
  it('exits 2 with a one-line message for a missing file', () => {
    const r = debate('lint', 'missing.debate');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^debate: cannot find `missing\.debate`\n$/);
  });
  it('exits 2 with a one-line message for a file that is not UTF-8', () => {
    const r = debate('lint', 'latin1.debate');
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    assert.match(r.stderr, /latin1\.debate.*is not valid UTF-8/);
  });
  it('exits 2 on an unknown option', () => assert.equal(debate('lint', '--no-such-option').code, 2));
  it('--format json', () => {
    const r = debate('lint', '--format', 'json', 'error.debate', 'clean.debate');
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['clean.debate', 'error.debate']);
    assert.deepEqual(json.files[1].diagnostics.map((d: Record<string, unknown>) => [d.rule, d.severity, d.range]), [
      ['syntax-error', 'error', { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }],
      ['unknown-reference', 'error', { start: { line: 3, character: 11 }, end: { line: 3, character: 15 } }],
    ]);
    assert.ok(typeof json.files[1].diagnostics[0].message === 'string');
    assert.deepEqual(json.summary, { errors: 2, warnings: 0, infos: 0, hints: 0 });
  });
  it('searches a directory for .debate files', () => {
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sub', 'x.debate'), 'claim a: x\n');
    fs.writeFileSync(path.join(dir, 'sub', 'notes.txt'), 'not a debate\n');
    const r = debate('lint', '-f', 'compact', 'sub');
    assert.deepEqual([r.code, r.stdout.trimEnd().split('\n').map((l) => l.split('  ')[0])], [0, ['sub/x.debate:1:1', '0 errors, 1 warning in 1 file']]);
  });
});

describe('debate export', () => {
  it('prints the model as JSON', () => {
    const r = debate('export', '--to', 'json', 'clean.debate');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.deepEqual(json.statements.map((s: { id: string; kind: string; text: string; parent: number | null; targets: string[] }) =>
      [s.id, s.kind, s.text, s.parent, s.targets]), [['a', 'claim', 'x', null, []], ['b', 'because', 'y', 0, []]]);
    assert.deepEqual(json.relations, [{ from: 1, to: 0, type: 'support' }]);
  });
  it('exits 2 when the argument is not exactly one file', () => {
    fs.mkdirSync(path.join(dir, 'empty'), { recursive: true });
    for (const [arg, message] of [['empty', /`empty` holds no \.debate file: give one file/], ['.', /`\.` names \d+ files: give one file/], ['*.debate', /`\*\.debate` names \d+ files/]] as const) {
      const r = debate('export', arg);
      assert.deepEqual([r.code, r.stdout], [2, ''], arg);
      assert.match(r.stderr, message);
    }
  });
  it('exits 2 for a missing file', () => {
    const r = debate('export', 'missing.debate');
    assert.deepEqual([r.code, r.stdout], [2, '']);
    assert.match(r.stderr, /cannot find `missing\.debate`/);
  });
});

describe('debate --help and --version', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual([debate('--version').code, debate('--version').stdout], [0, `${version}\n`]);
  });
  it('--help lists the commands and exits 0', () => {
    const r = debate('--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: debate /);
    assert.match(r.stdout, /^\s+lint\b/m);
    assert.match(r.stdout, /^\s+export\b/m);
  });
  it('lint --help documents the exit codes', () => {
    const r = debate('lint', '--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Exit codes:/);
  });
});
