// `debate lint` over many files: 2,000 generated files of 500 statements each, linted serially
// (--jobs 1) and on worker threads (the CLI's automatic choice); both must give the same report.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintFiles } from '../server/src/cli/lint';
import { json } from '../server/src/cli/formatters/json';
import { autoJobs } from '../server/src/cli/worker';
import { generateDebate } from './generate';
import { fmt, type Section, type Table } from './lib';

const FILES = 2_000;
const STATEMENTS = 500;

/** Write the corpus once; later runs reuse it (bench/.data is not committed). */
function corpus(): string {
  const dir = path.join(__dirname, '..', '..', 'bench', '.data', `lint-many-${FILES}x${STATEMENTS}`);
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

async function timed(dir: string, jobs: number): Promise<Run> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const results = await lintFiles([dir], { jobs, cwd: dir, config: { noConfig: true } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, report: json(results, { cwd: dir, root: dir, color: false }), files: results.length };
}

export const lintMany: Section = {
  name: 'lint-many',
  title: `CLI lint: ${FILES.toLocaleString('en-US')} files × ${STATEMENTS} statements, serial vs worker threads`,
  async run(): Promise<Table> {
    const dir = corpus();
    const jobs = autoJobs(FILES);
    // One warm-up pass so both modes read from the page cache.
    await timed(dir, 1);
    const serial = await timed(dir, 1);
    const parallel = await timed(dir, jobs);
    // CPU seconds count every thread: the cost of parallelism, whatever else the machine runs.
    const row = (label: string, r: Run): (string | number)[] =>
      [label, r.files, fmt(r.ms / 1000, 2), fmt(r.cpuMs / 1000, 2), fmt(r.files / (r.ms / 1000), 0)];
    return {
      columns: ['mode', 'files', 'wall s', 'CPU s', 'files/s'],
      rows: [row('serial (--jobs 1)', serial), row(`parallel (--jobs ${jobs})`, parallel)],
      notes: [
        `speed-up ${fmt(serial.ms / parallel.ms, 2)}× on ${os.availableParallelism()} cores (load average ${fmt(os.loadavg()[0], 1)}); reports identical: ${serial.report === parallel.report ? 'yes' : 'NO'}`,
      ],
    };
  },
};
