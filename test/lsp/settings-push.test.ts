// A client without `workspace/configuration` pushes settings with didChangeConfiguration.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../helpers/lspClient';

let client: LspClient;
before(() => { client = new LspClient({ pullConfiguration: false }); });
after(() => client.stop());

describe('settings pushed by the client', () => {
  it('applies pushed rule severities to open documents', async () => {
    const d = await client.open('claim a: x');
    const first = await client.diagnostics(d.uri, { version: 1 });
    assert.deepEqual(first.diagnostics.map((x) => `${x.code} ${x.severity}`), ['unsupported-claim 2']);
    const n = client.publishCount(d.uri);
    await client.setConfiguration({ '*': { rules: { 'unsupported-claim': 'off' } } });
    const second = await client.diagnostics(d.uri, { after: n });
    assert.deepEqual(second.diagnostics, []);
    assert.equal(client.configurationRequests.length, 0);
  });
});
