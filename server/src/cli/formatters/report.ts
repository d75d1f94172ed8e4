// What every output format may need besides the results.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summarize, type FileResult, type LintSummary } from '../lint';

export interface ReportContext {
  /** Use ANSI colours (stylish only). */
  color: boolean;
  cwd: string;
  /** Repository root (nearest folder with `.git`), else the working directory; SARIF and GitHub paths are relative to it. */
  root: string;
}

export type Formatter = (results: FileResult[], ctx: ReportContext) => string;

/** The nearest folder at or above `dir` holding `.git`, else `dir`. */
export function repositoryRoot(dir: string): string {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return path.resolve(dir);
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning" (+ infos and hints when there are any). */
export function countsText(s: LintSummary): string {
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
  if (s.infos) parts.push(plural(s.infos, 'info'));
  if (s.hints) parts.push(plural(s.hints, 'hint'));
  return parts.join(', ');
}

/** The closing line of the line-per-finding formats: "2 errors, 1 warning in 3 files". */
export function summaryLine(results: FileResult[]): string {
  return `${countsText(summarize(results))} in ${plural(results.length, 'file')}`;
}

/** Colour decision: FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal. */
export function wantColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
