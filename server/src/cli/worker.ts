// Lints files on worker threads. The worker runs this same module: from out/ it is this file,
// from the esbuild bundle it is dist/cli.js (main.ts only starts the CLI on the main thread).
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze, type Diagnostic, type SeveritySetting } from '../language';
import { readText, UsageError } from './files';

const WORKER_TAG = 'debate-lint-worker';

export interface LintTask { file: string; rules: Record<string, SeveritySetting> }
export type TaskOutcome = { diagnostics: Diagnostic[] } | { error: string };

/** Read and analyse one file; a read problem is an outcome, not an exception. */
export async function runTask(task: LintTask): Promise<TaskOutcome> {
  try {
    const text = await readText(task.file);
    return { diagnostics: analyze(text, { rules: task.rules }).diagnostics };
  } catch (e) {
    if (e instanceof UsageError) return { error: e.message };
    throw e;
  }
}

/** How many workers to use for `count` files when the user did not say. */
export function autoJobs(count: number): number {
  // Below this a worker's start-up costs more than it saves.
  if (count < 48) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(count / 24)));
}

/** Run tasks on `jobs` workers; outcomes come back in task order. */
export function runParallel(tasks: LintTask[], jobs: number, onDone?: (done: number) => void): Promise<TaskOutcome[]> {
  if (tasks.length === 0) return Promise.resolve([]);
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  const chunk = Math.max(1, Math.min(16, Math.ceil(tasks.length / (jobs * 8))));
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    let live = 0;
    let failed = false;
    const workers: Worker[] = [];
    const feed = (w: Worker): void => {
      if (next >= tasks.length) {
        void w.terminate();
        return;
      }
      const start = next;
      next = Math.min(tasks.length, next + chunk);
      w.postMessage({ start, tasks: tasks.slice(start, next) });
    };
    for (let i = 0; i < Math.min(jobs, Math.ceil(tasks.length / chunk)); i++) {
      const w = new Worker(__filename, { workerData: WORKER_TAG });
      workers.push(w);
      live++;
      w.on('message', (m: { start: number; outcomes: TaskOutcome[] }) => {
        m.outcomes.forEach((o, j) => { outcomes[m.start + j] = o; });
        done += m.outcomes.length;
        onDone?.(done);
        feed(w);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        workers.forEach((x) => void x.terminate());
        reject(e);
      });
      w.on('exit', () => {
        if (--live === 0 && !failed) resolve(outcomes);
      });
      feed(w);
    }
  });
}

if (!isMainThread && workerData === WORKER_TAG && parentPort) {
  const port = parentPort;
  port.on('message', async (m: { start: number; tasks: LintTask[] }) => {
    const outcomes: TaskOutcome[] = [];
    for (const t of m.tasks) outcomes.push(await runTask(t));
    port.postMessage({ start: m.start, outcomes });
  });
}
