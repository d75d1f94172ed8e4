// Runs the unit and protocol tests (compiled to out/) with node's test runner.
// Only *.test.js files: node would otherwise treat every file under a `test/` folder as a test.
import { spawnSync } from 'node:child_process';
import { glob } from 'tinyglobby';

const pattern = process.argv[2] ?? 'out/test/**/*.test.js';
const files = (await glob(pattern)).sort();
if (files.length === 0) {
  console.error(`no test files match ${pattern}: run \`npm run build\` first`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/summary-reporter.mjs', '--test-reporter-destination=stdout', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
