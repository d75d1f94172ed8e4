import { analyze, type Diagnostic } from '../language';
import { collectFiles, displayPath, readText } from './files';

export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
}

export interface LintSummary { errors: number; warnings: number; infos: number; hints: number }

export async function lintFiles(inputs: string[]): Promise<FileResult[]> {
  const files = await collectFiles(inputs);
  const results: FileResult[] = [];
  for (const file of files) {
    const text = await readText(file);
    results.push({ path: displayPath(file), diagnostics: analyze(text).diagnostics });
  }
  return results;
}

export function summarize(results: FileResult[]): LintSummary {
  const s: LintSummary = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `file:line:col  severity  message  rule`, 1-based, then a summary line. */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.message}  ${d.rule}`);
    }
  }
  const s = summarize(results);
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
  if (s.infos) parts.push(plural(s.infos, 'info'));
  if (s.hints) parts.push(plural(s.hints, 'hint'));
  lines.push(`${parts.join(', ')} in ${plural(results.length, 'file')}`);
  return lines.join('\n') + '\n';
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify({
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      diagnostics: r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })),
    })),
    summary: summarize(results),
  }, null, 2) + '\n';
}
