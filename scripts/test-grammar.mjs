// Runs the TextMate grammar tests (test/grammar/) with vscode-tmgrammar-test:
// *.debate fixtures against syntaxes/debate.tmLanguage.json, and *.md fixtures against
// VS Code's Markdown grammar (from tm-grammars) plus the ```debate injection declared in package.json.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const markdown = require.resolve('tm-grammars/grammars/markdown.json');

const runs = [
  ['-g', 'syntaxes/debate.tmLanguage.json', 'test/grammar/*.debate'],
  ['-g', 'syntaxes/debate.tmLanguage.json', '-g', markdown, 'test/grammar/*.md'],
];
let failed = false;
for (const args of runs) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  // The Markdown grammar embeds dozens of languages that these tests don't load.
  process.stderr.write(r.stderr.split('\n').filter((l) => !l.startsWith('grammar not found for')).join('\n'));
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
