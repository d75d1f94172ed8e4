import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Command, Option } from 'commander';
import { analyze, diffStatuses, STATUS_TEXT, type ClaimRef, type StatusDiff } from '../../language';
import type { CliContext } from '../context';
import { collectFiles, displayPath, readFileArg, readText, UsageError } from '../files';
import { claimName } from './status';

const run = promisify(execFile);

interface FileDiff { path: string; diff: StatusDiff }

async function git(args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (e) {
    const err = e as { code?: string | number; stderr?: string };
    if (err.code === 'ENOENT') throw new UsageError('`--git` needs the `git` command, and it was not found');
    throw new UsageError(`git ${args[0]} failed: ${(err.stderr ?? String(e)).trim().split('\n')[0]}`);
  }
}

/** Files to compare: .debate files under `paths` in the working tree and at `rev`, by path relative to the cwd. */
async function gitPairs(rev: string, paths: string[]): Promise<FileDiff[]> {
  await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).catch(() => {
    throw new UsageError(`\`${rev}\` is not a git revision here`);
  });
  const specs = paths.length ? paths : ['.'];
  const atRev = (await git(['ls-tree', '-r', '--name-only', rev, '--', ...specs]))
    .split('\n').filter((p) => p.endsWith('.debate'));
  const now: string[] = [];
  for (const p of specs) {
    try {
      for (const f of await collectFiles([p])) now.push(displayPath(f));
    } catch (e) {
      // A path deleted since `rev` is fine as long as git knows it.
      if (!(e instanceof UsageError) || !atRev.some((r) => r === p || r.startsWith(p.replace(/\/?$/, '/')))) throw e;
    }
  }
  const inRev = new Set(atRev.map((p) => p.split(path.sep).join('/')));
  const inTree = new Set(now);
  const all = [...new Set([...inRev, ...inTree])].sort();
  const out: FileDiff[] = [];
  for (const p of all) {
    const before = inRev.has(p) ? await git(['show', `${rev}:./${p}`]) : '';
    const after = inTree.has(p) ? await readText(path.resolve(p)) : '';
    out.push({ path: p, diff: diffStatuses(analyze(before), analyze(after)) });
  }
  return out;
}

function claimText(c: ClaimRef): string {
  return c.id !== null ? `\`${c.id}\`` : claimName(c);
}

export function formatDiff(files: FileDiff[]): string {
  const out: string[] = [];
  let changed = 0, added = 0, removed = 0, regressions = 0;
  for (const { path: p, diff } of files) {
    if (!diff.added.length && !diff.removed.length && !diff.changed.length) continue;
    out.push(p);
    for (const c of diff.changed) {
      const was = c.before.id !== c.after.id ? ` (was ${claimText(c.before)})` : '';
      const why = c.reason.startsWith('by ') ? `, ${c.reason}` : ` — ${c.reason}`;
      out.push(`  ${c.regression ? '!' : '~'} ${claimText(c.after)}${was}: ${STATUS_TEXT[c.before.status]} → ${STATUS_TEXT[c.after.status]}${why}`);
    }
    for (const c of diff.added) out.push(`  + ${claimText(c)}: ${STATUS_TEXT[c.status]}`);
    for (const c of diff.removed) out.push(`  - ${claimText(c)} (was ${STATUS_TEXT[c.status]})`);
    changed += diff.changed.length; added += diff.added.length; removed += diff.removed.length;
    regressions += diff.changed.filter((c) => c.regression).length;
  }
  if (out.length === 0) out.push('No claim changed status.');
  else out.push(`${changed} changed, ${added} added, ${removed} removed; ${regressions} no longer stand${regressions === 1 ? 's' : ''}`);
  return out.join('\n') + '\n';
}

function jsonDiff(files: FileDiff[]): string {
  const claim = (c: ClaimRef): unknown => ({ id: c.id, text: c.text, line: c.line + 1, status: c.status });
  return JSON.stringify({
    version: 1,
    files: files.map(({ path: p, diff }) => ({
      path: p,
      added: diff.added.map(claim),
      removed: diff.removed.map(claim),
      changed: diff.changed.map((c) => ({ before: claim(c.before), after: claim(c.after), reason: c.reason, regression: c.regression })),
    })),
    regressions: files.reduce((n, f) => n + f.diff.changed.filter((c) => c.regression).length, 0),
  }, null, 2) + '\n';
}

export function registerDiff(program: Command, cli: CliContext): void {
  program
    .command('diff')
    .description('Compare claim statuses between two versions: `diff OLD NEW`, or `diff --git REV [paths...]` against the working tree.')
    .argument('[files...]', 'OLD and NEW files, or with --git the paths to compare (default: .)')
    .option('--git <rev>', 'compare the files at this git revision with the working tree')
    .option('--fail-on-regression', 'exit 1 when a claim that stood no longer does')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nMatching is by ID, then by identical text. Exit codes: 0 done, 1 regression (with --fail-on-regression), 2 usage or I/O problem.')
    .action(async (files: string[], opts: { git?: string; failOnRegression?: boolean; format: string }) => {
      let diffs: FileDiff[];
      if (opts.git !== undefined) {
        diffs = await gitPairs(opts.git, files);
      } else {
        if (files.length !== 2) throw new UsageError('`debate diff` takes two files, OLD and NEW, or `--git REV [paths...]`');
        const a = await readFileArg(files[0]);
        const b = await readFileArg(files[1]);
        diffs = [{ path: `${displayPath(a.file)} → ${displayPath(b.file)}`, diff: diffStatuses(analyze(a.text), analyze(b.text)) }];
      }
      cli.write(opts.format === 'json' ? jsonDiff(diffs) : formatDiff(diffs));
      const regressed = diffs.some((d) => d.diff.changed.some((c) => c.regression));
      cli.exitCode = opts.failOnRegression && regressed ? 1 : 0;
    });
}
