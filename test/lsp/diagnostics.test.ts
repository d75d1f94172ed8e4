// Protocol tests for published diagnostics and the settings that shape them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { showRange } from '../helpers/markers';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const show = (d: Diagnostic) => `${d.code} ${SEVERITY[d.severity ?? 0]} ${showRange(d.range)}`;

let client: LspClient;
before(() => {
  client = new LspClient({
    configuration: {
      '*': { rules: {} },
      'file:///quiet.debate': { rules: { 'unsupported-claim': 'off', 'unlinked-crux': 'hint', 'no-such-rule': 'off', 'empty-statement': 'loud' } },
    },
  });
});
after(() => client.stop());

/** Opens `src`; each «range» must carry the diagnostic listed for it (rule + severity), in order. */
async function check(src: string, expected: string[], uri?: string): Promise<Diagnostic[]> {
  const d = await client.open(src, uri);
  const p = await client.diagnostics(d.uri, { version: d.version });
  assert.equal(d.ranges.length, expected.length, 'fixture: one «range» per expected diagnostic');
  assert.deepEqual(p.diagnostics.map(show), expected.map((e, i) => `${e} ${showRange(d.ranges[i])}`));
  return p.diagnostics;
}

describe('diagnostics', () => {
  it('carries rule id, source, severity and a link to the rule', async () => {
    const [d] = await check('«claim» a: x', ['unsupported-claim warning']);
    assert.equal(d.source, 'debate');
    assert.match(d.codeDescription!.href, /docs\/rules\.md#unsupported-claim$/);
  });
  it('points a duplicate at the first definition', async () => {
    const [d] = await check('claim a: x\n  because y\nclaim «a»: z\n  because w', ['duplicate-id error']);
    assert.deepEqual(d.relatedInformation?.map((r) => `${r.location.uri === d.relatedInformation![0].location.uri} ${showRange(r.location.range)} ${r.message}`),
      ['true 0:6-0:7 first definition of `a`']);
    assert.deepEqual(d.data, { name: 'a' });
  });
  it('lists the members of a support cycle', async () => {
    const ds = await check('claim r: x\n  because «c» -> r, t: y\n  because «t» -> c: z', ['circular-support warning', 'circular-support warning']);
    assert.deepEqual(ds[0].relatedInformation?.map((r) => showRange(r.location.range)).sort(), ['1:10-1:11', '2:10-2:11']);
  });
  it('passes data through for quick fixes', async () => {
    const [d] = await check('claim taxes: x\n  because y\ncounter -> «taxs»: z', ['unknown-reference error']);
    assert.deepEqual(d.data, { name: 'taxs', suggestion: 'taxes' });
  });
  it('keeps reporting past syntax errors', async () => { await check(
    'claim a: x\n  because y\n«clam» b: z\n«#Heading»\ncounter -> «nobody»: w\n  «because»:',
    ['syntax-error error', 'syntax-error error', 'unknown-reference error', 'empty-statement error']); });
  it('follows edits, ending with the last version', async () => {
    const d = await client.open('claim a: x\n  because y');
    await client.diagnostics(d.uri, { version: 1 });
    let last = 1;
    for (let i = 0; i < 5; i++) last = (await client.change(d.uri, `claim a: x\n  because y\n${'counter -> zz: w\n'.repeat(i + 1)}`)).version;
    const p = await client.diagnostics(d.uri, { version: last });
    assert.equal(p.version, last);
    assert.equal(p.diagnostics.length, 5);
  });
  it('applies an incremental edit', async () => {
    const d = await client.open('claim a: x\n  because y');
    await client.diagnostics(d.uri, { version: 1 });
    const v = await client.edit(d.uri, { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } }, 'see @zz');
    const p = await client.diagnostics(d.uri, { version: v });
    assert.deepEqual(p.diagnostics.map(show), ['unknown-reference error 1:15-1:17']);
  });
  it('clears diagnostics when the document closes', async () => {
    const d = await client.open('claim a: x');
    await client.diagnostics(d.uri, { version: 1 });
    const n = client.publishCount(d.uri);
    await client.close(d.uri);
    const p = await client.diagnostics(d.uri, { after: n });
    assert.deepEqual(p.diagnostics, []);
  });
});

describe('settings', () => {
  it('asks for the `debate` section of each document', async () => {
    const d = await client.open('claim a: x\n  because y', 'file:///asked.debate');
    await client.diagnostics(d.uri, { version: 1 });
    assert.ok(client.configurationRequests.some((r) => r.scopeUri === d.uri && r.section === 'debate'));
  });
  it('turns rules off and changes severities per document; ignores unknown names and values', async () => { await check(
    'claim a: x\n«crux» Q?\n  «because»:', ['unlinked-crux hint', 'empty-statement error'], 'file:///quiet.debate'); });
  it('re-validates open documents when the configuration changes', async () => {
    const d = await client.open('«claim» a: x', 'file:///changing.debate');
    const first = await client.diagnostics(d.uri, { version: 1 });
    assert.deepEqual(first.diagnostics.map(show), [`unsupported-claim warning ${showRange(d.ranges[0])}`]);
    const n = client.publishCount(d.uri);
    await client.setConfiguration({ ...client.configuration, 'file:///changing.debate': { rules: { 'unsupported-claim': 'error' } } });
    const second = await client.diagnostics(d.uri, { after: n });
    assert.deepEqual(second.diagnostics.map(show), [`unsupported-claim error ${showRange(d.ranges[0])}`]);
  });
});
