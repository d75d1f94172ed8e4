// Shared helpers for benchmark sections: timing and table output.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

export interface BenchOptions {
  /** Sizes in statements (from `--sizes 1000,10000`). */
  sizes: number[];
  /** Timed runs per measurement (after warm-up). */
  runs: number;
}

/** A benchmark section: one module per area (core, lsp, status…), listed in run.ts. */
export interface Section {
  name: string;
  title: string;
  run(opts: BenchOptions): Promise<Table> | Table;
}

export interface Table {
  columns: string[];
  rows: (string | number)[][];
  /** Lines printed under the table (targets, notes). */
  notes?: string[];
}

// A full collection before each timed run, so one run does not pay for the previous run's garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export interface Timing {
  median: number;
  min: number;
  /** Median CPU time (user + system) of the process per run: less sensitive to a busy machine than wall time. */
  cpu: number;
}

/**
 * Wall time in ms of `fn` over `runs` runs, after warm-up (at least 3 runs and 300 ms, so the JIT has settled).
 * With `forceGc` (the default) each run starts from a collected heap, so a small run may finish before
 * any collection; without it, runs pay their share of collection as a long-running process does.
 */
export function timeMs(fn: () => unknown, runs: number, forceGc = true): Timing {
  const warmStart = Date.now();
  for (let i = 0; i < 3 || (Date.now() - warmStart < 300 && i < 50); i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (forceGc) gc();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpu: median(cpu) };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A note under a table: `target: <goal> — met|MISSED (<detail>)`. */
export function targetNote(goal: string, met: boolean, detail: string): string {
  return `target: ${goal} — ${met ? 'met' : 'MISSED'} (${detail})`;
}

export function renderTable(t: Table): string {
  const cells = [t.columns, ...t.rows.map((r) => r.map(String))];
  const widths = t.columns.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  // First column left-aligned (a label), numbers right-aligned.
  const line = (r: string[]): string => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  const out = [line(t.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  for (const n of t.notes ?? []) out.push(n);
  return out.join('\n');
}
