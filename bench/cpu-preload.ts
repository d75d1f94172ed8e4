// Preloaded (`node --require`) into a benchmarked CLI run: reports the process's CPU time,
// every thread included, on stderr at exit.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const c = process.cpuUsage();
    process.stderr.write(`\ncpu-ms ${(c.user + c.system) / 1000}\n`);
  });
}
