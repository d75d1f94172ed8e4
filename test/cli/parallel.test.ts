// Worker threads give exactly the serial output, from the tsc build and from the esbuild bundle.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runParallel, runTask, type LintTask } from '../../server/src/cli/worker';
import { generateDebate } from '../../bench/generate';
import { runCli, workspace } from './helpers';

function corpus(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    let text = generateDebate(20 + (i % 7) * 10, i + 1).text;
    if (i % 5 === 0) text += 'claim broken -> nowhere: x\n'; // an error in some files
    files[`d${i % 4}/f${i}.debate`] = text;
  }
  return files;
}

describe('parallel lint', () => {
  it('the worker pool returns what a serial run does, in task order', async () => {
    const dir = workspace(corpus(30));
    const tasks: LintTask[] = fs.readdirSync(dir, { recursive: true })
      .map(String).filter((f) => f.endsWith('.debate')).sort()
      .map((f, i): LintTask => ({ file: path.join(dir, f), rules: i % 2 ? { 'unsupported-claim': 'error' } : {} }));
    tasks.push({ file: path.join(dir, 'missing.debate'), rules: {} });
    const serial = [];
    for (const t of tasks) serial.push(await runTask(t));
    const parallel = await runParallel(tasks, 2);
    assert.deepEqual(parallel, serial);
    assert.match(JSON.stringify(parallel.at(-1)), /cannot read/);
  });

  it('CLI output is identical with --jobs 1, --jobs 2 and the bundle', () => {
    const dir = workspace(corpus(60));
    for (const format of ['json', 'compact']) {
      const serial = runCli(['lint', '--format', format, '--jobs', '1'], { cwd: dir });
      assert.equal(serial.code, 1, serial.stderr);
      assert.ok(serial.stdout.includes('unknown-reference'));
      const parallel = runCli(['lint', '--format', format, '--jobs', '2'], { cwd: dir });
      assert.deepEqual([parallel.code, parallel.stdout, parallel.stderr], [1, serial.stdout, '']);
      // The bundle's workers re-enter dist/cli.js; compare it with its own serial run.
      const bundledSerial = runCli(['lint', '--format', format, '--jobs', '1'], { cwd: dir, bundle: true });
      const bundled = runCli(['lint', '--format', format], { cwd: dir, bundle: true });
      assert.deepEqual([bundled.code, bundled.stdout, bundled.stderr], [1, bundledSerial.stdout, '']);
    }
  });

  it('a file that cannot be read is exit 2 in parallel too', () => {
    const dir = workspace({ ...corpus(50), 'bad.debate': '' });
    fs.writeFileSync(path.join(dir, 'bad.debate'), Buffer.from([0x63, 0xff, 0xfe]));
    const r = runCli(['lint', '--jobs', '2'], { cwd: dir, bundle: true });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.debate` is not valid UTF-8/);
  });
});
