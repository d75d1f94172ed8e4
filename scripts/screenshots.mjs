#!/usr/bin/env node
// `npm run screenshots`: opens the examples in code-server (headless Chromium, the same
// set-up as the e2e tests, scripts/e2e-setup.sh) with the packaged extension installed
// (debate-notes.vsix; made with `npm run package` when missing or older than the build) and saves the pictures the README shows into docs/images/:
//   diagnostics-hover.png  a file with diagnostics, the hover on a warning, the Problems panel
//   outline.png            the Outline view of an example
//   completion.png         completion of IDs after typing `->`
// The examples are copied to a scratch folder first, so typing never touches them.
//
//   node scripts/screenshots.mjs [--out DIR] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, repo, runSetup } from './e2e-common.mjs';

const { values: opt } = parseArgs({
  options: { out: { type: 'string', default: path.join(repo, 'docs/images') }, keep: { type: 'boolean', default: false } },
});
const VIEWPORT = { width: 1400, height: 900 };
const STEP_TIMEOUT = 30000;
const log = (msg) => process.stderr.write(`screenshots: ${msg}\n`);

let server;
let browser;
let scratch;
async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  if (server) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  if (scratch && !opt.keep) fs.rmSync(scratch, { recursive: true, force: true });
}
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

async function main() {
  if (!fs.existsSync(path.join(repo, 'dist/extension.js'))) throw new Error('dist/extension.js is missing; run npm run build first');
  const setup = runSetup();

  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-shots-'));
  const home = path.join(scratch, 'home');
  const userData = path.join(scratch, 'user-data');
  const workspace = path.join(scratch, 'examples');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(home);
  fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'chat.disableAIFeatures': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'security.workspace.trust.enabled': false,
      'files.autoSave': 'off',
      'editor.minimap.enabled': false,
      'editor.fontSize': 14,
      'editor.hover.delay': 100,
      'window.commandCenter': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'workbench.layoutControl.enabled': false,
      'keyboard.dispatch': 'keyCode',
    }),
  );

  // The packaged extension, installed as a user would (built by `npm run package` when missing or stale).
  const vsix = path.join(repo, 'debate-notes.vsix');
  if (!fs.existsSync(vsix) || fs.statSync(vsix).mtimeMs < fs.statSync(path.join(repo, 'dist/extension.js')).mtimeMs) {
    log('packaging the extension (npm run package)');
    const p = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    if (p.status !== 0) throw new Error('npm run package failed');
  }
  const extensions = path.join(scratch, 'extensions');
  const installArgs = [setup.codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensions];

  const port = await freePort();
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'), EXTENSIONS_GALLERY: '{}' };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete env[k];
  const inst = spawnSync(setup.node, [...installArgs, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (inst.status !== 0) throw new Error(`installing ${vsix} failed:\n${inst.stdout}${inst.stderr}`);
  const serverLog = fs.openSync(path.join(scratch, 'code-server.log'), 'a');
  server = spawn(
    setup.node,
    [
      setup.codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userData, '--extensions-dir', extensions,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened', workspace,
    ],
    { env, detached: true, stdio: ['ignore', serverLog, serverLog] },
  );
  for (let deadline = Date.now() + STEP_TIMEOUT; ; ) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error('code-server did not start');
    await new Promise((res) => setTimeout(res, 200));
  }

  const { chromium } = createRequire(import.meta.url)(setup.playwrightCore);
  browser = await chromium.launchPersistentContext(path.join(scratch, 'browser'), {
    executablePath: setup.chromium,
    headless: true,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    colorScheme: 'dark',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();

  const key = (k) => page.keyboard.press(k);
  /** Runs a command by its title from the command palette. */
  async function command(title) {
    await key('F1');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
    await page.keyboard.type(title);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor();
    await key('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }
  async function open(file) {
    await key('Control+P');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
    await page.keyboard.type(file);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`).first().waitFor();
    await key('Enter');
    await page.locator(`.tab.active[aria-label*="${file}"]`).waitFor();
    await page.locator('.monaco-editor .view-lines').first().click(); // focus the editor
  }
  async function goTo(line, column) {
    await key('Control+G');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await key('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await cursorAt(line, column);
  }
  /** Waits until the status bar shows the cursor at line:column. */
  async function cursorAt(line, column) {
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor();
  }
  async function clearNotifications() {
    await command('Notifications: Clear All Notifications');
  }
  async function shot(name) {
    fs.mkdirSync(opt.out, { recursive: true });
    const file = path.join(opt.out, name);
    await page.screenshot({ path: file });
    log(`wrote ${path.relative(repo, file)}`);
  }

  // 1. Diagnostics and a hover: the unsupported claim near the end of four-day-week.debate.
  await open('four-day-week.debate');
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor({ state: 'attached' });
  await command('View: Toggle Problems');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().click();
  await clearNotifications();
  const text = fs.readFileSync(path.join(workspace, 'four-day-week.debate'), 'utf8').split('\n');
  const claimLine = text.findIndex((l) => l.startsWith('claim public-sector-first')) + 1;
  await goTo(claimLine - 12, 1); // scroll so that the claim sits in the lower part of the editor
  await goTo(claimLine, 3);
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached' });
  await command('Show or Focus Hover');
  await page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .hover-row').first().waitFor({ state: 'visible' });
  await shot('diagnostics-hover.png');
  await key('Escape');

  // 2. Completion after `->`, on a new line below that claim.
  await key('Control+J'); // hide the panel: a taller editor
  await page.locator('.markers-panel').waitFor({ state: 'hidden' });
  await goTo(claimLine + 2, 1); // the blank line after the claim's two lines
  await key('Enter');
  await key('Enter');
  await key('ArrowUp');
  await cursorAt(claimLine + 3, 1);
  await page.keyboard.type('counter -> ', { delay: 30 });
  await key('Control+Space'); // typing the space after `->` closes what `>` opened
  await page.locator('.suggest-widget.visible .monaco-list-row').nth(3).waitFor();
  await shot('completion.png');
  await key('Escape');

  // 3. The outline of monorepo-decision.debate, with the file tree folded away.
  await page.locator('.explorer-folders-view .monaco-list-row[aria-label*="monorepo-decision.debate"]').click();
  await page.locator('.tab.active[aria-label*="monorepo-decision.debate"]').waitFor();
  await command('Explorer: Focus on Outline View');
  await page.locator('.outline-pane .monaco-list-row').nth(3).waitFor();
  await page.locator('.pane-header', { hasText: 'examples' }).click(); // fold the file tree
  await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
  await command('Outline: Expand All').catch(() => {});
  // A wider side bar, so that the outline shows each statement's text next to its ID.
  const sash = await page.locator('.sidebar').boundingBox();
  if (sash) {
    await page.mouse.move(sash.x + sash.width + 1, 400);
    await page.mouse.down();
    await page.mouse.move(sash.x + sash.width + 160, 400, { steps: 5 });
    await page.mouse.up();
  }
  await page.locator('.monaco-editor .view-lines').first().click();
  await clearNotifications();
  await shot('outline.png');
}

let code = 0;
try {
  await main();
} catch (err) {
  log(`ERROR: ${err?.stack || err}`);
  if (browser) {
    const page = browser.pages()[0];
    if (page) await page.screenshot({ path: path.join(scratch, 'failure.png') }).catch(() => {});
    log(`the page at the failure: ${path.join(scratch, 'failure.png')}`);
    opt.keep = true;
  }
  code = 1;
}
await cleanup();
process.exit(code);
