// The pre-commit hooks' entry script runs the built CLI in the user's repository with the files
// pre-commit passes, and keeps its exit code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CLI_BUNDLE, runCli, workspace } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'pre-commit.sh');

describe('pre-commit hooks', () => {
  it('every hook in .pre-commit-hooks.yaml points at the entry script', () => {
    const yaml = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const ids = [...yaml.matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]);
    const entries = [...yaml.matchAll(/^ {2}entry: (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(ids, ['debate-lint', 'debate-fmt', 'debate-fmt-check']);
    assert.deepEqual(entries, ['scripts/pre-commit.sh lint', 'scripts/pre-commit.sh fmt', 'scripts/pre-commit.sh fmt --check']);
  });

  it('the entry script lints the given files like the CLI, exit code included', () => {
    const dir = workspace({ 'a.debate': 'claim x -> nowhere: y\n', 'b.debate': 'claim ok: Fine.\n  because reasons\n' });
    // The script runs dist/cli.js (and would install and bundle without it): compare with the same bundle.
    assert.ok(fs.existsSync(CLI_BUNDLE), 'run `npm run build` first');
    const hook = spawnSync('bash', [SCRIPT, 'lint', '--format', 'compact', 'a.debate', 'b.debate'], { cwd: dir, encoding: 'utf8' });
    const cli = runCli(['lint', '--format', 'compact', 'a.debate', 'b.debate'], { cwd: dir, bundle: true });
    assert.equal(cli.code, 1);
    assert.deepEqual([hook.status, hook.stdout], [cli.code, cli.stdout], hook.stderr);
    const clean = spawnSync('bash', [SCRIPT, 'fmt', '--check', 'b.debate'], { cwd: dir, encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stderr);
  });
});
