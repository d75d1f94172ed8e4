// `npm run bench` — runs every benchmark section, or some: `node out/bench/run.js --only core`.
// Options: --only NAME[,NAME]  --sizes 1000,10000  --runs N
// To add a section: write bench/sections/<name>.ts exporting a `Section` and list it in SECTIONS.
import { renderTable, type BenchOptions, type Section } from './lib';
import { core } from './sections/core';
import { editing } from './sections/editing';
import { lintMany } from './sections/lint-many';
import { lsp } from './sections/lsp';
import { status } from './sections/status';

const SECTIONS: Section[] = [
  core,
  editing,
  lintMany,
  lsp,
  status,
];

function parseArgs(argv: string[]): { only: string[] | null; opts: BenchOptions } {
  let only: string[] | null = null;
  const opts: BenchOptions = { sizes: [1_000, 10_000, 100_000], runs: 9 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? a.split(/=(.*)/s, 2) : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--only') only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--sizes') opts.sizes = value().split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (flag === '--runs') opts.runs = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(`usage: node out/bench/run.js [--only ${SECTIONS.map((s) => s.name).join('|')}] [--sizes 1000,10000] [--runs 9]`);
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes positive integers');
  if (!Number.isInteger(opts.runs) || opts.runs <= 0) throw new Error('--runs takes a positive integer');
  return { only, opts };
}

async function main(): Promise<void> {
  const { only, opts } = parseArgs(process.argv.slice(2));
  const unknown = (only ?? []).filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; sections are ${SECTIONS.map((s) => s.name).join(', ')}`);
  console.log(`node ${process.version}, ${opts.runs} runs per measurement (median)`);
  for (const s of SECTIONS) {
    if (only && !only.includes(s.name)) continue;
    console.log(`\n== ${s.title} [${s.name}]\n`);
    console.log(renderTable(await s.run(opts)));
  }
}

main().catch((e: Error) => {
  console.error(`bench: ${e.message}`);
  process.exit(2);
});
