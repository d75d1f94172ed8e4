// The editor and CI agree: for the same files and the same debate.config.json, the language server
// publishes exactly the diagnostics `debate lint --format json` reports (VS Code's `debate.rules`
// layered on top equals `--rule` on the command line).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { generateDebate } from '../../bench/generate';
import type { Range } from '../../server/src/language';
import { LspClient } from '../helpers/lspClient';
import { showRange } from '../helpers/markers';
import { runCli, workspace } from './helpers';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

function files(): Record<string, string> {
  const out: Record<string, string> = {
    'debate.config.json': JSON.stringify({ rules: { 'unsupported-claim': 'error', 'unknown-reference': 'info', 'orphan-statement': 'off' }, ignore: ['drafts/**'] }),
    'strict/debate.config.json': JSON.stringify({ rules: { 'unsupported-claim': 'hint' } }),
    'small.debate': 'claim taxes: Taxes should rise.\nbecause -> growht: Investment falls.\n  counter stray\n',
    'strict/s.debate': 'claim a: x\nclaim a: y\n',
    'drafts/d.debate': 'claim broken -> nowhere: x\n',
  };
  for (const f of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.debate'))) out[`examples/${f}`] = fs.readFileSync(path.join(EXAMPLES, f), 'utf8');
  for (let i = 0; i < 3; i++) out[`gen/g${i}.debate`] = generateDebate(60, 7 + i).text + 'claim loose -> missing: x\n';
  return out;
}

type Row = string;
const show = (rule: string, severity: number, message: string, r: Range): Row => `${showRange(r)} ${rule} ${severity} ${message}`;

function cliRows(dir: string, args: string[] = []): Map<string, Row[]> {
  const r = runCli(['lint', '--format', 'json', ...args], { cwd: dir });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; severity: string; message: string; range: any }[] }[] };
  return new Map(report.files.map((f) => [f.path, f.diagnostics.map((d) => show(d.rule, SEVERITY[d.severity], d.message, d.range))]));
}

async function editorRows(client: LspClient, dir: string, rels: string[], after = 0): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  for (const rel of rels) {
    const uri = pathToFileURL(path.join(dir, rel)).href;
    if (client.publishCount(uri) === 0) await client.open(fs.readFileSync(path.join(dir, rel), 'utf8'), uri);
    const p = await client.diagnostics(uri, { after: after ? client.publishCount(uri) - 1 : 0 });
    out.set(rel, p.diagnostics.map((d) => show(String(d.code), d.severity ?? 0, d.message, d.range)));
  }
  return out;
}

describe('editor and CLI agree', () => {
  let dir: string;
  let client: LspClient;
  let rels: string[];
  before(() => {
    dir = workspace(files());
    rels = Object.keys(files()).filter((f) => f.endsWith('.debate')).sort();
    client = new LspClient({ workspaceFolders: [pathToFileURL(dir).href] });
  });
  after(() => client.stop());

  it('same diagnostics for every file under the same config files', async () => {
    const cli = cliRows(dir);
    const editor = await editorRows(client, dir, rels);
    // The CLI skips ignored files; the editor shows nothing for them.
    assert.deepEqual(editor.get('drafts/d.debate'), []);
    assert.ok(!cli.has('drafts/d.debate'));
    editor.delete('drafts/d.debate');
    assert.deepEqual(editor, cli);
    // The fixture exercises the config: overridden severities and a nearer config file.
    assert.ok(cli.get('small.debate')!.some((r) => / unsupported-claim 1 /.test(r)));
    assert.ok(cli.get('small.debate')!.some((r) => / unknown-reference 3 /.test(r)));
    assert.ok(cli.get('strict/s.debate')!.some((r) => / unsupported-claim 4 /.test(r)));
  });

  it('VS Code `debate.rules` over the config file equals `--rule` over it', async () => {
    const counts = rels.map((r) => client.publishCount(pathToFileURL(path.join(dir, r)).href));
    await client.setConfiguration({ '*': { rules: { 'unsupported-claim': 'warning', 'duplicate-id': 'off' } } });
    const editor = new Map<string, Row[]>();
    for (const [i, rel] of rels.entries()) {
      const uri = pathToFileURL(path.join(dir, rel)).href;
      const p = await client.diagnostics(uri, { after: counts[i] });
      editor.set(rel, p.diagnostics.map((d) => show(String(d.code), d.severity ?? 0, d.message, d.range)));
    }
    // An ignored file stays silent whatever the editor settings say, as the CLI skips it.
    assert.deepEqual(editor.get('drafts/d.debate'), []);
    editor.delete('drafts/d.debate');
    const cli = cliRows(dir, ['--rule', 'unsupported-claim=warning', '--rule', 'duplicate-id=off']);
    assert.deepEqual(editor, cli);
    assert.ok(cli.get('strict/s.debate')!.some((r) => / unsupported-claim 2 /.test(r)));
    assert.ok(!cli.get('strict/s.debate')!.some((r) => / duplicate-id /.test(r)));
    await client.setConfiguration({ '*': {} });
  });

  it('a changed config file takes effect in the editor', async () => {
    const uri = pathToFileURL(path.join(dir, 'strict/s.debate')).href;
    await client.diagnostics(uri); // settled
    fs.writeFileSync(path.join(dir, 'strict/debate.config.json'), JSON.stringify({ rules: { 'unsupported-claim': 'off', 'duplicate-id': 'off' } }));
    const n = client.publishCount(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(path.join(dir, 'strict/debate.config.json')).href, type: FileChangeType.Changed }],
    });
    const p = await client.diagnostics(uri, { after: n });
    assert.deepEqual(p.diagnostics, []);
    assert.deepEqual(cliRows(dir).get('strict/s.debate'), []);
  });
});
