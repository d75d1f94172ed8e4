#!/usr/bin/env node
// `npm run test:e2e` (after `npm run build`): every end-to-end check that runs on this machine.
//   1. code-server  the suite (test/e2e) in code-server + headless Chromium, development folder
//   2. packaged     `npm run package`, then the same suite against the installed .vsix
//   3. neovim       Neovim's LSP client against debate-language-server (test/nvim)
//   4. emacs        Emacs's eglot against debate-language-server (test/emacs)
// A failing part does not stop the others. The last line sums them all:
// `total: N passed, N failed`; the exit code is 0 only when every part passed.
//
//   node scripts/e2e-all.mjs [--only code-server,packaged,neovim,emacs]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({ options: { only: { type: 'string' } } });
const VSIX = path.join(repo, 'debate-notes.vsix'); // where `npm run package` writes it

/**
 * Runs a command with its output passed through; resolves to its exit code, the last
 * `N passed, N failed[, N skipped]` line it printed, and its wall time.
 */
function run(cmd, args) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
    let counts = null;
    let pending = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      pending += d;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const m = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line);
        if (m) counts = { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0) };
      }
    });
    child.on('error', (err) => resolve({ code: 2, counts, seconds: 0, error: err }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 2), counts, seconds: (Date.now() - t0) / 1000 }));
  });
}

const parts = [
  { name: 'code-server', steps: [['node', ['scripts/e2e-run.mjs']]] },
  {
    name: 'packaged',
    steps: [
      ['npm', ['run', '--silent', 'package']],
      ['node', ['scripts/e2e-run.mjs', '--vsix', VSIX]],
    ],
  },
  { name: 'neovim', steps: [['node', ['scripts/nvim-test.mjs']]] },
  { name: 'emacs', steps: [['node', ['scripts/emacs-test.mjs']]] },
];
const wanted = opt.only ? opt.only.split(',').map((s) => s.trim()) : parts.map((p) => p.name);
for (const w of wanted) if (!parts.some((p) => p.name === w)) throw new Error(`unknown part "${w}" (known: ${parts.map((p) => p.name).join(', ')})`);

const t0 = Date.now();
const results = [];
for (const part of parts.filter((p) => wanted.includes(p.name))) {
  console.log(`\n=== test:e2e: ${part.name} ===`);
  let result = { passed: 0, failed: 0, skipped: 0, seconds: 0, note: '' };
  for (const [cmd, args] of part.steps) {
    const r = await run(cmd, args);
    result.seconds += r.seconds;
    if (r.counts) {
      result.passed += r.counts.passed;
      result.failed += r.counts.failed;
      result.skipped += r.counts.skipped;
    }
    if (r.code !== 0) {
      // A step that failed without counting a failed test (the packaging, a crash) counts as one.
      if (!r.counts || r.counts.failed === 0) result.failed += 1;
      result.note = `${cmd} ${args.join(' ')} exited with ${r.code}`;
      break;
    }
  }
  if (part.name === 'packaged' && fs.existsSync(VSIX)) {
    const size = `${path.basename(VSIX)}: ${(fs.statSync(VSIX).size / 1024).toFixed(0)} KiB`;
    result.note = result.note ? `${size}; ${result.note}` : size;
  }
  results.push({ name: part.name, ...result });
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\n=== test:e2e: summary ===');
for (const r of results) {
  console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(3)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)}s${r.note ? `  (${r.note})` : ''}`);
}
console.log(`  wall time ${((Date.now() - t0) / 1000).toFixed(1)}s (after the build)`);
console.log(`total: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
