// schemas/debate.config.schema.json (what VS Code validates and completes debate.config.json with)
// is current with the rule registry and accepts exactly the configs the CLI accepts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parseConfig } from '../../server/src/config';
import { configSchema } from '../../server/src/config/schema';
import { RULES } from '../../server/src/language';

const ROOT = path.join(__dirname, '..', '..', '..');
const FILE = path.join(ROOT, 'schemas', 'debate.config.schema.json');

describe('config schema', () => {
  it('the committed schema is the one built from the rules', () => {
    assert.equal(fs.readFileSync(FILE, 'utf8'), JSON.stringify(configSchema(), null, 2) + '\n',
      'schemas/debate.config.schema.json is stale: run `npm run build && node out/server/src/config/schema.js > schemas/debate.config.schema.json`');
    const props = (configSchema() as any).properties.rules.properties;
    assert.deepEqual(Object.keys(props), RULES.map((r) => r.id));
  });

  it('VS Code validates debate.config.json with it', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.contributes.jsonValidation.find((j: { fileMatch: string }) => j.fileMatch === 'debate.config.json');
    assert.ok(entry, 'package.json contributes.jsonValidation has debate.config.json');
    assert.equal(path.resolve(ROOT, entry.url), FILE);
  });

  it('accepts what the CLI accepts, and only that', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(fs.readFileSync(FILE, 'utf8')));
    const cases = [
      '{}',
      '{ "$schema": "./schemas/debate.config.schema.json", "rules": { "unsupported-claim": "error", "circular-support": "off" }, "ignore": ["drafts/**"] }',
      '{ "rules": { "unsuported-claim": "off" } }',
      '{ "rules": { "unsupported-claim": "warn" } }',
      '{ "rules": { "unsupported-claim": 1 } }',
      '{ "rules": [] }',
      '{ "ignore": "drafts" }',
      '{ "ignore": [""] }',
      '{ "ignore": [3] }',
      '{ "rule": {} }',
      '[]',
    ];
    const verdicts = cases.map((c) => {
      let cli = true;
      try { parseConfig(c, 'x'); } catch { cli = false; }
      return [c, cli, validate(JSON.parse(c))];
    });
    assert.deepEqual(verdicts.map(([c, , schema]) => [c, schema]), verdicts.map(([c, cli]) => [c, cli]));
    assert.deepEqual(verdicts.map((v) => v[1]), [true, true, false, false, false, false, false, false, false, false, false]);
  });
});
