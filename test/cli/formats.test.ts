// Output formats and options of `debate lint`, as a user sees them on stdout, stderr and the exit code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { wantColor } from '../../server/src/cli/formatters/report';
import { ALIGN_MESSAGES_UP_TO, stylish } from '../../server/src/cli/formatters/stylish';
import { analyze, type Diagnostic } from '../../server/src/language';
import { spawn, spawnSync } from 'node:child_process';
import { CLI_OUT, runCli, workspace } from './helpers';

// One warning (unsupported-claim) and one error (unknown-reference) in b; a clean file a.
const FILES = {
  'a.debate': 'claim ok: Fine.\n  because reasons\n',
  'notes/b.debate': 'claim taxes: Taxes should rise.\nbecause -> growht: Investment falls.\n',
};

// Expectations are built from the core's own diagnostics: these tests pin the layout, not the wording.
const [WARN, ERR] = analyze(FILES['notes/b.debate']).diagnostics;
assert.deepEqual([WARN.rule, ERR.rule], ['unsupported-claim', 'unknown-reference'], 'fixture gives one warning and one error');
const at = (d: Diagnostic): string => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
const end = (d: Diagnostic): string => `endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1}`;

describe('lint formats', () => {
  it('compact: one line per finding, 1-based, then a summary', () => {
    const r = runCli(['lint', '--format', 'compact'], { cwd: workspace(FILES) });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, [
      `notes/b.debate:${at(WARN)}  warning  ${WARN.message}  unsupported-claim`,
      `notes/b.debate:${at(ERR)}  error  ${ERR.message}  unknown-reference`,
      '1 error, 1 warning in 2 files',
      '',
    ].join('\n'));
  });

  it('stylish (default): file header, aligned line:col rows, summary', () => {
    const r = runCli(['lint'], { cwd: workspace(FILES) });
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'notes/b.debate');
    // Rule names line up after messages of up to ALIGN_MESSAGES_UP_TO characters.
    const w = Math.max(0, ...[WARN.message.length, ERR.message.length].filter((n) => n <= ALIGN_MESSAGES_UP_TO));
    const locW = Math.max(at(WARN).length, at(ERR).length);
    assert.equal(lines[1], `  ${at(WARN).padStart(locW)}  warning  ${WARN.message.padEnd(w)}  unsupported-claim`);
    assert.equal(lines[2], `  ${at(ERR).padStart(locW)}  error    ${ERR.message.padEnd(w)}  unknown-reference`);
    assert.deepEqual(lines.slice(3), ['', '✖ 1 error, 1 warning in 1 file', '']);
    assert.ok(!r.stdout.includes('\x1b['), 'no colour when stdout is not a terminal');
  });

  it('stylish: rule names line up after messages that fit a line', () => {
    const d = (line: number, severity: Diagnostic['severity'], message: string, rule: string): Diagnostic =>
      ({ rule, severity, message, range: { start: { line, character: 0 }, end: { line, character: 1 } } });
    const long = 'x'.repeat(ALIGN_MESSAGES_UP_TO + 1);
    const out = stylish([{ path: 'a.debate', file: null, diagnostics: [d(0, 'error', 'short', 'r1'), d(9, 'hint', 'a bit longer', 'rule-two'), d(10, 'warning', long, 'r3')] }],
      { color: false, cwd: '/', root: '/' });
    assert.equal(out, [
      'a.debate',
      '   1:1  error    short         r1',
      '  10:1  hint     a bit longer  rule-two',
      `  11:1  warning  ${long}  r3`,
      '',
      '✖ 1 error, 1 warning, 1 hint in 1 file',
      '',
    ].join('\n'));
  });

  it('stylish: a clean run says so', () => {
    const r = runCli(['lint', 'a.debate'], { cwd: workspace(FILES) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ no problems in 1 file\n');
  });

  it('stylish: FORCE_COLOR colours a pipe, never a report file', () => {
    const dir = workspace(FILES);
    const r = runCli(['lint'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    assert.match(r.stdout, /\x1b\[31merror/);
    assert.match(r.stdout, /\x1b\[33mwarning/);
    runCli(['lint', '-o', 'report.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    const file = fs.readFileSync(path.join(dir, 'report.txt'), 'utf8');
    assert.ok(file.includes('unknown-reference') && !file.includes('\x1b['));
  });

  it('colour: FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    const cases: [NodeJS.ProcessEnv, boolean, boolean][] = [
      [{}, true, true], [{}, false, false],
      [{ NO_COLOR: '1' }, true, false], [{ NO_COLOR: '' }, true, true],
      [{ FORCE_COLOR: '1' }, false, true], [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ];
    assert.deepEqual(cases.map(([env, tty]) => wantColor(env, tty)), cases.map((c) => c[2]));
  });

  it('json: version 1 shape, 0-based ranges, files sorted', () => {
    const r = runCli(['lint', '--format', 'json', 'notes', 'a.debate'], { cwd: workspace(FILES) });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['a.debate', 'notes/b.debate']);
    assert.deepEqual(report.files[1].diagnostics[1], {
      rule: 'unknown-reference', severity: 'error', message: ERR.message,
      range: { start: { line: 1, character: 11 }, end: { line: 1, character: 17 } },
    });
    assert.deepEqual(report.summary, { errors: 1, warnings: 1, infos: 0, hints: 0 });
  });

  it('github: workflow commands with paths from the repository root', () => {
    const dir = workspace({ ...FILES, '.git/': '' });
    const r = runCli(['lint', '--format', 'github'], { cwd: path.join(dir, 'notes') });
    assert.equal(r.code, 1);
    assert.deepEqual(r.stdout.split('\n').slice(0, 2), [
      `::warning file=notes/b.debate,line=${WARN.range.start.line + 1},col=${WARN.range.start.character + 1},${end(WARN)},title=unsupported-claim::${WARN.message}`,
      `::error file=notes/b.debate,line=2,col=12,endLine=2,endColumn=18,title=unknown-reference::${ERR.message}`,
    ]);
  });

  it('github: escapes as the runner requires', () => {
    assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
    assert.equal(escapeProperty('dir:a,b/100%.debate'), 'dir%3Aa%2Cb/100%25.debate');
  });
});

describe('lint options and exit codes', () => {
  const warnOnly = { 'w.debate': 'claim taxes: Taxes should rise.\n' };

  it('warnings alone exit 0; --max-warnings below their count exits 1', () => {
    const dir = workspace(warnOnly);
    assert.equal(runCli(['lint'], { cwd: dir }).code, 0);
    assert.equal(runCli(['lint', '--max-warnings', '1'], { cwd: dir }).code, 0);
    const over = runCli(['lint', '--max-warnings', '0'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'debate: 1 warning, more than --max-warnings 0\n');
  });

  it('--quiet shows and counts errors only', () => {
    const r = runCli(['lint', '--quiet', '--max-warnings', '0', '--format', 'compact'], { cwd: workspace(FILES) });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, `notes/b.debate:2:12  error  ${ERR.message}  unknown-reference\n1 error, 0 warnings in 2 files\n`);
    const w = runCli(['lint', '--quiet', '--max-warnings', '0'], { cwd: workspace(warnOnly) });
    assert.equal(w.code, 0);
  });

  it('--rule is repeatable and can turn errors off', () => {
    const r = runCli(['lint', '--rule', 'unknown-reference=off', '--rule', 'unsupported-claim=error', '--format', 'compact'], { cwd: workspace(FILES) });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, `notes/b.debate:${at(WARN)}  error  ${WARN.message}  unsupported-claim\n1 error, 0 warnings in 2 files\n`);
  });

  it('--stdin with --stdin-filename: config of that path, reported under that name', () => {
    const dir = workspace({ 'sub/debate.config.json': '{ "rules": { "unsupported-claim": "error" } }' });
    const r = runCli(['lint', '--stdin', '--stdin-filename', 'sub/new.debate', '--format', 'compact'], { cwd: dir, input: 'claim x: Y.\n' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^sub\/new\.debate:1:1 {2}error {2}.*unsupported-claim\n/);
    const plain = runCli(['lint', '--stdin', '--format', 'compact'], { cwd: dir, input: 'claim x: Y.\n  because z\n' });
    assert.deepEqual([plain.code, plain.stdout], [0, '0 errors, 0 warnings in 1 file\n']);
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const dir = workspace(FILES);
    const r = runCli(['lint', '--format', 'json', '--output-file', 'reports/lint.json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'lint.json'), 'utf8')).summary.errors, 1);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown rule in --rule', ['--rule', 'unsuported-claim=off'], /unknown rule `unsuported-claim`; did you mean `unsupported-claim`\?/],
    ['a bad severity in --rule', ['--rule', 'unsupported-claim=warn'], /bad severity `warn`/],
    ['a bad --max-warnings', ['--max-warnings', '-1'], /expected a whole number/],
    ['an unknown format', ['--format', 'xml'], /Allowed choices are stylish, compact, json, sarif, github/],
    ['--stdin with paths', ['--stdin', 'a.debate'], /either --stdin or paths/],
    ['a missing path', ['nope.debate'], /cannot find `nope\.debate`/],
    ['an unwritable --output-file', ['--output-file', 'a.debate/x.json'], /cannot write/],
  ];
  for (const [name, args, message] of usage) {
    it(`exit 2 for ${name}`, () => {
      const r = runCli(['lint', ...args], { cwd: workspace(FILES) });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
    });
  }

  it('a reader that stops early (| head) gets no crash, and the exit code stays', async () => {
    const big: Record<string, string> = {};
    for (let i = 0; i < 40; i++) big[`f${i}.debate`] = 'claim a -> nowhere: x\n'.repeat(200);
    const child = spawn(process.execPath, [CLI_OUT, 'lint', '--format', 'compact', '--jobs', '1'], { cwd: workspace(big) });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  it('--help documents every option and the exit codes', () => {
    const r = runCli(['lint', '--help'], { cwd: workspace({}) });
    assert.equal(r.code, 0);
    for (const opt of ['--format', '--max-warnings', '--quiet', '--rule', '--config', '--no-config', '--stdin', '--stdin-filename', '--output-file', '--jobs', 'debate.config.json', 'Exit codes:', 'NO_COLOR']) {
      assert.ok(r.stdout.includes(opt), `--help mentions ${opt}`);
    }
  });
});

describe('progress line', () => {
  const files = { 'a.debate': 'claim a: x\n', 'b.debate': 'claim b: x\n', 'c.debate': 'claim c: x\n' };

  it('is drawn on a terminal\'s stderr and cleared before the report', () => {
    // `script` gives the command a terminal; the delay (1 s for users) is set to 0.
    const dir = workspace(files);
    const r = spawnSync('script', ['-qfec', `"${process.execPath}" "${CLI_OUT}" lint --jobs 1 -f compact -o report.txt`, '/dev/null'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, DEBATE_PROGRESS_DELAY_MS: '0' } });
    assert.equal(r.status, 0, r.stderr);
    // Redrawn at most every 100 ms, so a slow machine may show later counts too.
    assert.match(r.stdout, /^\rlinting 1\/3 files…\x1b\[K(\rlinting [23]\/3 files…\x1b\[K)*\r\x1b\[K$/);
  });

  it('is never drawn when stderr is not a terminal', () => {
    const r = runCli(['lint', '--jobs', '1', '-f', 'compact'], { cwd: workspace(files), env: { DEBATE_PROGRESS_DELAY_MS: '0' } });
    assert.equal(r.stderr, '');
  });
});
