// Shared helpers for CLI tests: run the built CLI in a subprocess, make throwaway workspaces.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';

/** The tsc build of the CLI (out/) and the esbuild bundle (dist/). */
export const CLI_OUT = path.join(__dirname, '..', '..', 'server', 'src', 'cli', 'main.js');
export const CLI_BUNDLE = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

export interface Run { code: number | null; stdout: string; stderr: string }

export function runCli(args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string; bundle?: boolean }): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [opts.bundle ? CLI_BUNDLE : CLI_OUT, ...args], {
    cwd: opts.cwd, env: { ...env, ...opts.env }, input: opts.input ?? '', encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

/** A temporary folder holding `files` (path → content); `.git/` marks it as a repository root. */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'debate-cli-')));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    if (rel.endsWith('/')) { fs.mkdirSync(abs, { recursive: true }); continue; }
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}
