// Version 1 of the JSON report: 0-based LSP ranges, files sorted by path, findings by position.
import { summarize } from '../lint';
import type { Formatter } from './report';

export const json: Formatter = (results) => JSON.stringify({
  version: 1,
  files: results.map((r) => ({
    path: r.path,
    diagnostics: r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })),
  })),
  summary: summarize(results),
}, null, 2) + '\n';
