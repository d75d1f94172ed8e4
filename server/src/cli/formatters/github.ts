// GitHub Actions workflow commands: one annotation per finding, paths relative to the repository.
import { relativeTo } from '../files';
import { summaryLine, type Formatter } from './report';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Message text: the runner decodes %25, %0D, %0A. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also need `:` and `,` escaped. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = (r.file && relativeTo(ctx.root, r.file)) ?? r.path;
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(d.rule)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  lines.push(summaryLine(results));
  return lines.join('\n') + '\n';
};
