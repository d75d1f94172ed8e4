// `debate lint` over many files, as a user runs it: the bundled CLI (dist/cli.js) as a new process
// on 2,000 generated files of 500 statements each, serially (--jobs 1) and on worker threads (the
// CLI's own choice). Both runs must write the same report.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { autoJobs } from '../../server/src/cli/worker';
import { generateDebate } from '../generate';
import { fmt, type Section, type Table } from '../lib';

const FILES = 2_000;
const STATEMENTS = 500;
const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PRELOAD = path.join(__dirname, '..', 'cpu-preload.js');

/** Write the corpus once; later runs reuse it (bench/.data is not committed). */
function corpus(): string {
  const dir = path.join(ROOT, 'bench', '.data', `lint-many-${FILES}x${STATEMENTS}`);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const sub = path.join(dir, `group-${Math.floor(i / 100)}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `debate-${i}.debate`), generateDebate(STATEMENTS, 1000 + i).text);
  }
  fs.writeFileSync(done, '');
  return dir;
}

interface Run { ms: number; cpuMs: number; report: string; files: number }

function lint(dir: string, jobs: string[]): Run {
  const out = path.join(os.tmpdir(), `debate-bench-${process.pid}.json`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', PRELOAD, CLI, 'lint', '--no-config', '--format', 'json', '--output-file', out, ...jobs, '.'], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`debate lint exited ${r.status}: ${r.stderr}`);
  const report = fs.readFileSync(out, 'utf8');
  fs.rmSync(out);
  return { ms, cpuMs: Number(/cpu-ms (\S+)/.exec(r.stderr)?.[1] ?? NaN), report, files: JSON.parse(report).files.length };
}

/** The faster of two runs: the second pass has the files in the page cache too. */
function best(dir: string, jobs: string[]): Run {
  const a = lint(dir, jobs);
  const b = lint(dir, jobs);
  return a.ms <= b.ms ? a : b;
}

export const lintMany: Section = {
  name: 'lint-many',
  title: `CLI lint: ${FILES.toLocaleString('en-US')} files × ${STATEMENTS} statements, serial vs worker threads (node dist/cli.js)`,
  run(): Table {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\``);
    const dir = corpus();
    const serial = best(dir, ['--jobs', '1']);
    const parallel = best(dir, []);
    // CPU seconds count every thread: the cost of parallelism, whatever else the machine runs.
    const row = (label: string, r: Run): (string | number)[] =>
      [label, r.files, fmt(r.ms / 1000, 2), fmt(r.cpuMs / 1000, 2), fmt(r.files / (r.ms / 1000), 0)];
    return {
      columns: ['mode', 'files', 'wall s', 'CPU s', 'files/s'],
      rows: [row('serial (--jobs 1)', serial), row(`parallel (auto: ${autoJobs(FILES)} workers)`, parallel)],
      notes: [
        `speed-up ${fmt(serial.ms / parallel.ms, 2)}× on ${os.availableParallelism()} cores (load average ${fmt(os.loadavg()[0], 1)}); reports identical: ${serial.report === parallel.report ? 'yes' : 'NO'}`,
        'Each run is a new process (start-up included); best of two runs per mode.',
      ],
    };
  },
};
