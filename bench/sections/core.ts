// The analysis core: analyze = parse + link + rules, over generated debates.
import * as os from 'node:os';
import { analyze, parse } from '../../server/src/language';
import { generateDebate } from '../generate';
import { fmt, targetNote, timeMs, type BenchOptions, type Section, type Table } from '../lib';

const TARGET_STATEMENTS = 10_000;
const TARGET_MS = 50;

/** Inputs that once made the core superlinear, at 10k statements: they must stay close to the plain row. */
const VARIANTS: { label: string; make(text: string): string }[] = [
  // `@` searched through the whole file from every line.
  { label: 'no mentions', make: (t) => t.replace(/@/g, '') },
  // A suggestion computed against every ID for every unknown reference.
  { label: 'claims renamed', make: (t) => t.replace(/^claim cl-/gm, 'claim xx-') },
];

export const core: Section = {
  name: 'core',
  title: 'Language core: analyze (parse + link + rules)',
  run(opts: BenchOptions): Table {
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    const measure = (label: string, statements: number, text: string): number => {
      const bytes = Buffer.byteLength(text, 'utf8');
      let diagnostics = 0;
      // Small inputs take more runs: one scheduler hiccup would otherwise be the median.
      const runs = statements >= 100_000 ? Math.max(3, Math.ceil(opts.runs / 2)) : statements <= 1_000 ? opts.runs * 5 : opts.runs;
      // Steady state (no forced collection): every size pays its share of GC, so growth is comparable.
      const t = timeMs(() => { diagnostics = analyze(text).diagnostics.length; }, runs, false);
      const p = timeMs(() => parse(text), runs, false);
      rows.push([
        label,
        fmt(bytes / 1024, 0) + ' KiB',
        fmt(t.median, 2),
        fmt(t.min, 2),
        fmt(t.cpu, 1),
        fmt(p.median, 2),
        fmt(bytes / 1e6 / (t.median / 1000), 1),
        fmt(t.median / (statements / 1000), 3),
        diagnostics,
      ]);
      return t.median;
    };
    for (const size of opts.sizes) {
      const { text } = generateDebate(size, 42);
      const ms = measure(size.toLocaleString('en-US'), size, text);
      if (size === TARGET_STATEMENTS) {
        notes.push(targetNote(`${TARGET_STATEMENTS.toLocaleString('en-US')} statements in < ${TARGET_MS} ms`, ms < TARGET_MS, `median ${fmt(ms, 2)} ms`));
        for (const v of VARIANTS) measure(`${size.toLocaleString('en-US')} · ${v.label}`, size, v.make(text));
      }
    }
    notes.push('MB/s and ms / 1k stmts from the median; a flat ms / 1k column means linear growth.');
    notes.push(`cpu ms: process CPU time per run (median); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs while measuring.`);
    return {
      columns: ['statements', 'size', 'median ms', 'min ms', 'cpu ms', 'parse ms', 'MB/s', 'ms / 1k stmts', 'diagnostics'],
      rows, notes,
    };
  },
};
