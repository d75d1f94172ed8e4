// The analysis core: analyze = parse + link + rules, over generated debates.
import { analyze } from '../../server/src/language';
import { generateDebate } from '../generate';
import { fmt, timeMs, type BenchOptions, type Section, type Table } from '../lib';

const TARGET_STATEMENTS = 10_000;
const TARGET_MS = 50;

export const core: Section = {
  name: 'core',
  title: 'Language core: analyze (parse + link + rules)',
  run(opts: BenchOptions): Table {
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    for (const size of opts.sizes) {
      const { text } = generateDebate(size, 42);
      const bytes = Buffer.byteLength(text, 'utf8');
      let diagnostics = 0;
      const runs = size >= 100_000 ? Math.max(3, Math.ceil(opts.runs / 2)) : opts.runs;
      const { median: ms, min } = timeMs(() => { diagnostics = analyze(text).diagnostics.length; }, runs);
      rows.push([
        size.toLocaleString('en-US'),
        fmt(bytes / 1024, 0) + ' KiB',
        fmt(ms, 2),
        fmt(min, 2),
        fmt(bytes / 1e6 / (ms / 1000), 1),
        fmt(ms / (size / 1000), 3),
        diagnostics,
      ]);
      if (size === TARGET_STATEMENTS) {
        notes.push(`target: ${TARGET_STATEMENTS.toLocaleString('en-US')} statements in < ${TARGET_MS} ms — ${ms < TARGET_MS ? 'met' : 'MISSED'} (${fmt(ms, 2)} ms)`);
      }
    }
    notes.push('MB/s and ms / 1k stmts from the median; a flat ms / 1k column means linear growth.');
    return { columns: ['statements', 'size', 'median ms', 'min ms', 'MB/s', 'ms / 1k stmts', 'diagnostics'], rows, notes };
  },
};
