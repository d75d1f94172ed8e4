// Shared by the two VS Code runners, scripts/e2e-run.mjs (code-server) and
// scripts/e2e-electron.mjs (desktop VS Code): help text, counts and the closing line,
// the suite's marker lines, the scratch profile and the checks before a run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The suite prints them (test/e2e/index.js): before Mocha starts, and after it ends with the counts.
export const { START_MARKER, RESULT_MARKER } = createRequire(import.meta.url)('../test/e2e/index.js');

/** `--help`: prints the script's header comment (up to its first import) and exits. */
export function helpAndExit(scriptUrl) {
  const src = fs.readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  console.log(src.slice(1, src.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

export const log = (msg) => process.stderr.write(`e2e: ${msg}\n`);
export const counts = { passed: 0, failed: 0, skipped: 0, reported: false };
export const closingLine = () => `e2e: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;

/**
 * Reads a marker line of the suite into `counts`; true when the line is a marker (not to be
 * shown). The marker starts the line, or with `anywhere` it may follow other text.
 */
export function takeMarker(line, anywhere = false) {
  const find = (marker) => (anywhere ? line.indexOf(marker) : line.startsWith(marker) ? 0 : -1);
  if (find(START_MARKER) >= 0) return true;
  const at = find(RESULT_MARKER);
  if (at < 0) return false;
  try {
    const r = JSON.parse(line.slice(at + RESULT_MARKER.length));
    Object.assign(counts, { passed: r.passed, failed: r.failed, skipped: r.skipped, reported: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The run's exit code from the editor's and the suite's counts: a suite that never reported,
 * or an editor that failed without a failing test, counts as one failure.
 */
export function settleExitCode(code, editor) {
  if (!counts.reported) {
    log(`${editor} exited (${code}) without the suite reporting its results (no "${RESULT_MARKER.trim()}" line); counting that as a failure`);
    counts.failed += 1;
    return code === 0 ? 2 : code;
  }
  if (code === 0 && counts.failed > 0) return 1;
  if (code !== 0 && counts.failed === 0) {
    log(`the suite reported no failing test but ${editor} exited with ${code}; counting that as a failure`);
    counts.failed += 1;
  }
  return code;
}

/** What is wrong with the run's inputs before anything starts, or undefined. */
export function problemWithInputs({ testsIndex, workspace, vsix, extDir }) {
  for (const [what, p] of [['test index', testsIndex], ['workspace folder', workspace], ...(vsix ? [['--vsix file', vsix]] : [])]) {
    if (!fs.existsSync(p)) return `${what} not found: ${p}`;
  }
  if (vsix) return undefined;
  const manifest = path.join(extDir, 'package.json');
  if (!fs.existsSync(manifest)) return `no package.json in extension folder ${extDir}`;
  const main = JSON.parse(fs.readFileSync(manifest, 'utf8')).main;
  if (main && !fs.existsSync(path.resolve(extDir, main)) && !fs.existsSync(path.resolve(extDir, `${main}.js`))) {
    return `the extension's main file ${path.resolve(extDir, main)} does not exist; build it first (npm run build)`;
  }
  return undefined;
}

/** The profile's User/settings.json: no AI features, tips, telemetry, updates or trust prompt. */
export function writeUserSettings(userData) {
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );
}

/**
 * Extension tests run only in extension-development mode: to test an installed .vsix, an
 * empty stand-in that contributes nothing is the development extension. Returns its folder.
 */
export function writeTestHost(scratch) {
  const dir = path.join(scratch, 'test-host-extension');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'e2e-test-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '*' } }));
  return dir;
}
