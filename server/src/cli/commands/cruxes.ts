import { Command, Option } from 'commander';
import { analyze, cruxReport, docNamer, STATUS_MARK, STATUS_TEXT, truncate, type AnalyzedDocument } from '../../language';
import type { CliContext } from '../context';
import { readFileArg, UsageError } from '../files';
import { plural } from '../formatters/report';

/** The crux analysis as JSON-ready data: declared cruxes with their targets' status, then the hinges. */
export function cruxData(doc: AnalyzedDocument, top: number): unknown {
  const r = cruxReport(doc, top);
  const st = (i: number): { id: string | null; kind: string; text: string; line: number } => {
    const s = doc.statements[i];
    return { id: s.id, kind: s.kind, text: s.text, line: s.line + 1 };
  };
  return {
    version: 1,
    cruxes: r.cruxes.map((c) => ({ ...st(c.crux), targets: c.targets.map((t) => ({ ...st(t.statement), status: t.status })) })),
    hinges: r.hinges.map((h) => ({
      ...st(h.statement),
      flips: h.flips.map((f) => ({ ...st(f.claim), before: f.before, after: f.after })),
    })),
  };
}

export function formatCruxes(doc: AnalyzedDocument, top: number): string {
  const r = cruxReport(doc, top);
  const name = docNamer(doc);
  const out: string[] = [];
  out.push(r.cruxes.length ? `Cruxes (${r.cruxes.length})` : 'No cruxes declared.');
  for (const c of r.cruxes) {
    const s = doc.statements[c.crux];
    out.push(`  line ${s.line + 1}  ${s.id !== null ? `\`${s.id}\`: ` : ''}${truncate(s.text, 70)}`);
    if (c.targets.length === 0) out.push('      (decides nothing: no target)');
    for (const t of c.targets) out.push(`      ${STATUS_MARK[t.status]} ${name(t.statement)}  ${STATUS_TEXT[t.status]}`);
  }
  out.push('');
  if (r.hinges.length === 0) {
    out.push('Hinges: removing any one statement leaves every claim as it is.');
  } else {
    out.push('Hinges: the statements whose removal would change the most claims');
    r.hinges.forEach((h, k) => {
      const s = doc.statements[h.statement];
      out.push(`  ${k + 1}. ${name(h.statement)} (line ${s.line + 1}) flips ${plural(h.flips.length, 'claim')}:`);
      for (const f of h.flips) out.push(`       ${name(f.claim)}: ${STATUS_TEXT[f.before]} → ${STATUS_TEXT[f.after]}`);
    });
  }
  return out.join('\n') + '\n';
}

export function registerCruxes(program: Command, cli: CliContext): void {
  program
    .command('cruxes')
    .description('List the declared cruxes with the status of their targets, and the hinges: the statements whose removal would flip the most claims.')
    .argument('<file>', 'a .debate file')
    .option('-n, --top <count>', 'how many hinges to list', '10')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, opts: { top: string; format: string }) => {
      const top = Number(opts.top);
      if (!Number.isInteger(top) || top < 0) throw new UsageError('--top takes a whole number');
      const doc = analyze((await readFileArg(file)).text);
      cli.write(opts.format === 'json' ? JSON.stringify(cruxData(doc, top), null, 2) + '\n' : formatCruxes(doc, top));
    });
}
