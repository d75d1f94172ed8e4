// One line per finding, `file:line:col  severity  message  rule` (1-based), then a summary line.
import { summaryLine, type Formatter } from './report';

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.message}  ${d.rule}`);
    }
  }
  lines.push(summaryLine(results));
  return lines.join('\n') + '\n';
};
