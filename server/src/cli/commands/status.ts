import { Command, Option } from 'commander';
import { analyze, explain, LABEL_NAMES, STATUS_MARK, STATUS_TEXT, statusOf, truncate, type AnalyzedDocument, type ClaimStatus } from '../../language';
import type { CliContext } from '../context';
import { collectFiles, displayPath, readText } from '../files';
import { plural } from '../formatters/report';

export interface ClaimLine {
  id: string | null;
  text: string;
  line: number;
  label: string;
  status: ClaimStatus;
  why: string;
}

/** Each claim of a document with its status and the short derivation of it. */
export function claimLines(doc: AnalyzedDocument): ClaimLine[] {
  return doc.statements.filter((s) => s.kind === 'claim').map((s) => ({
    id: s.id, text: s.text, line: s.line,
    label: LABEL_NAMES[doc.labels[s.index]],
    status: statusOf(doc, s.index),
    why: explain(doc, s.index),
  }));
}

/** How a claim is named in CLI output: its ID, or the start of its text in quotes. */
export function claimName(c: { id: string | null; text: string }): string {
  if (c.id !== null) return c.id;
  return `“${truncate(c.text, 40)}”`;
}

export function registerStatus(program: Command, cli: CliContext): void {
  program
    .command('status')
    .description('Print each claim with its status: stands, stands unsupported, defeated or contested.')
    .argument('[paths...]', 'files, directories (searched for *.debate) or globs', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], opts: { format: string }) => {
      const files = await collectFiles(paths);
      const results: { path: string; claims: ClaimLine[] }[] = [];
      for (const f of files) results.push({ path: displayPath(f), claims: claimLines(analyze(await readText(f))) });
      const summary: Record<ClaimStatus, number> = { stands: 0, 'stands-unsupported': 0, defeated: 0, contested: 0 };
      for (const r of results) for (const c of r.claims) summary[c.status]++;
      if (opts.format === 'json') {
        cli.write(JSON.stringify({
          version: 1,
          files: results.map((r) => ({
            path: r.path,
            claims: r.claims.map((c) => ({ id: c.id, text: c.text, line: c.line + 1, label: c.label, status: c.status, explanation: c.why })),
          })),
          summary,
        }, null, 2) + '\n');
        return;
      }
      const out: string[] = [];
      for (const r of results) {
        for (const c of r.claims) {
          out.push(`${r.path}:${c.line + 1}  ${STATUS_MARK[c.status]} ${claimName(c)}  ${c.why}`);
        }
      }
      const total = Object.values(summary).reduce((a, b) => a + b, 0);
      const parts = (Object.keys(summary) as ClaimStatus[]).filter((k) => summary[k] > 0).map((k) => `${summary[k]} ${STATUS_TEXT[k]}`);
      out.push(`${plural(total, 'claim')}${parts.length ? ': ' + parts.join('; ') : ''} in ${plural(results.length, 'file')}`);
      cli.write(out.join('\n') + '\n');
    });
}
