// ESLint-like: a header per file with findings, aligned `line:col  severity  message  rule` rows,
// and a summary line.
import { createColors } from 'picocolors';
import { summarize } from '../lint';
import { countsText, plural, type Formatter } from './report';

export const ALIGN_MESSAGES_UP_TO = 80;

export const stylish: Formatter = (results, ctx) => {
  const c = createColors(ctx.color);
  const sevColor = { error: c.red, warning: c.yellow, info: c.blue, hint: c.dim } as const;
  const out: string[] = [];
  let withFindings = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    withFindings++;
    const rows = r.diagnostics.map((d) => [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, d.message, d.rule] as const);
    const w = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
    // Align rule names after messages that fit a line; longer messages would push them off screen.
    w.push(Math.max(0, ...rows.map((row) => row[2].length).filter((n) => n <= ALIGN_MESSAGES_UP_TO)));
    out.push(c.underline(r.path));
    for (const [loc, sev, msg, rule] of rows) {
      out.push(`  ${c.dim(loc.padStart(w[0]))}  ${sevColor[sev](sev.padEnd(w[1]))}  ${msg.padEnd(w[2])}  ${c.dim(rule)}`);
    }
    out.push('');
  }
  const s = summarize(results);
  if (s.errors + s.warnings + s.infos + s.hints === 0) {
    out.push(c.green(`✔ no problems in ${plural(results.length, 'file')}`));
  } else {
    const line = `✖ ${countsText(s)} in ${plural(withFindings, 'file')}`;
    out.push(c.bold(s.errors ? c.red(line) : s.warnings ? c.yellow(line) : line));
  }
  return out.join('\n') + '\n';
};
