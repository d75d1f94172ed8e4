// The lint engine behind `debate lint`: files → per-file effective rules (config file, then
// `--rule`) → diagnostics, serially or on worker threads with the same result.
import * as path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { analyze, type Diagnostic, type SeveritySetting } from '../language';
import { ConfigResolver, type ConfigOptions } from '../config';
import { collectFiles, displayPath, UsageError } from './files';
import { autoJobs, runParallel, runTask, type LintTask, type TaskOutcome } from './worker';

export interface FileResult {
  /** As shown to people: relative to the working directory when inside it. */
  path: string;
  /** Absolute path, or null for unnamed stdin. */
  file: string | null;
  diagnostics: Diagnostic[];
}

export interface LintSummary { errors: number; warnings: number; infos: number; hints: number }

export interface LintOptions {
  config?: ConfigOptions;
  /** `--rule` overrides, applied over the config file. */
  rules?: Record<string, SeveritySetting>;
  /** Worker threads; 0 or undefined picks by file count, 1 is serial. */
  jobs?: number;
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
  /** Told about files named explicitly but ignored by a config. */
  onIgnored?: (displayPath: string) => void;
}

/** The rule options a document gets: config file rules, then explicit overrides. */
export function effectiveRules(resolver: ConfigResolver, file: string, overrides: Record<string, SeveritySetting> = {}): Record<string, SeveritySetting> {
  return { ...resolver.configFor(file)?.rules, ...overrides };
}

export async function lintFiles(inputs: string[], options: LintOptions = {}): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver(options.config);
  const explicit = new Set(inputs.filter((i) => !isDynamicPattern(i)).map((i) => path.resolve(cwd, i)));
  const tasks: LintTask[] = [];
  for (const file of await collectFiles(inputs, cwd)) {
    if (resolver.isIgnored(file)) {
      if (explicit.has(file)) options.onIgnored?.(displayPath(file, cwd));
      continue;
    }
    tasks.push({ file, rules: effectiveRules(resolver, file, options.rules) });
  }
  const jobs = options.jobs || autoJobs(tasks.length);
  let outcomes: TaskOutcome[];
  if (jobs > 1 && tasks.length > 1) {
    outcomes = await runParallel(tasks, jobs, (done) => options.onProgress?.(done, tasks.length));
  } else {
    outcomes = [];
    for (const t of tasks) {
      outcomes.push(await runTask(t));
      options.onProgress?.(outcomes.length, tasks.length);
    }
  }
  const results: FileResult[] = [];
  tasks.forEach((t, i) => {
    const o = outcomes[i];
    if ('error' in o) throw new UsageError(o.error);
    results.push({ path: displayPath(t.file, cwd), file: t.file, diagnostics: o.diagnostics });
  });
  return sortResults(results);
}

/** Lint text that has no file on disk (stdin); `name` picks the config and the reported path. */
export function lintText(text: string, name: string | undefined, options: LintOptions = {}): FileResult[] {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver(options.config);
  const file = name ? path.resolve(cwd, name) : null;
  // Unnamed input takes the config of the working directory.
  const lookup = file ?? path.join(cwd, '<stdin>');
  if (file && resolver.isIgnored(file)) {
    options.onIgnored?.(displayPath(file, cwd));
    return [];
  }
  const rules = effectiveRules(resolver, lookup, options.rules);
  return [{ path: file ? displayPath(file, cwd) : '<stdin>', file, diagnostics: analyze(text, { rules }).diagnostics }];
}

function sortResults(results: FileResult[]): FileResult[] {
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Keep errors only (`--quiet`). */
export function errorsOnly(results: FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
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
