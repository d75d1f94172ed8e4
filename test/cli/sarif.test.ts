// SARIF output, checked by real validators: ajv over the SARIF 2.1.0 schema that Microsoft's
// sarif-multitool package ships, and the multitool's own `validate` command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/language';
import { runCli, workspace } from './helpers';

const MULTITOOL_DIR = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
const SCHEMA = JSON.parse(fs.readFileSync(path.join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8'));

const FILES = {
  '.git/': '',
  'notes/my debate.debate': 'claim taxes: Taxes should rise.\nbecause -> growht: Investment falls.\nclaim loop -> loop: x\n',
  'clean.debate': 'claim ok: Fine.\n  because reasons\n',
};

function sarifOf(dir: string, cwd = dir): { log: any; text: string } {
  const r = runCli(['lint', '--format', 'sarif', '.'], { cwd });
  assert.equal(r.code, 1, r.stderr);
  return { log: JSON.parse(r.stdout), text: r.stdout };
}

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    const { log } = sarifOf(workspace(FILES));
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    // The validator is live: a broken log fails.
    assert.equal(validate({ ...(log as object), version: '2.0.0' }), false);
  });

  it('passes `sarif-multitool validate` with no errors', () => {
    const dir = workspace(FILES);
    const { text } = sarifOf(dir);
    const file = path.join(dir, 'out.sarif');
    fs.writeFileSync(file, text);
    const tool = require('@microsoft/sarif-multitool-linux') as string;
    const r = spawnSync(tool, ['validate', file, '--output', path.join(dir, 'validation.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const findings = JSON.parse(fs.readFileSync(path.join(dir, 'validation.sarif'), 'utf8')).runs[0].results as { level?: string; message: { text?: string } }[];
    assert.deepEqual(findings.filter((f) => f.level === 'error'), [], 'multitool errors');
  });

  it('lists every rule with its description and help URI, and results carry rule, level and 1-based region', () => {
    const dir = workspace(FILES);
    const { log } = sarifOf(dir, path.join(dir, 'notes'));
    const run = log.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r: any) => [r.id, r.shortDescription.text]), RULES.map((r) => [r.id, r.description]));
    for (const r of run.tool.driver.rules) assert.match(r.helpUri, new RegExp(`^https?://.+#${r.id}$`));
    // Paths are relative to the repository root, not the working directory (notes/).
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
    const unknown = run.results.find((r: any) => r.ruleId === 'unknown-reference');
    assert.deepEqual(unknown, {
      ruleId: 'unknown-reference',
      ruleIndex: RULES.findIndex((r) => r.id === 'unknown-reference'),
      level: 'error',
      message: unknown.message,
      locations: [{ physicalLocation: {
        artifactLocation: { uri: 'notes/my%20debate.debate', uriBaseId: '%SRCROOT%' },
        region: { startLine: 2, startColumn: 12, endLine: 2, endColumn: 18 },
      } }],
    });
    assert.ok(unknown.message.text.includes('growht'));
    assert.deepEqual([...new Set(run.results.map((r: any) => r.level))].sort(), ['error', 'warning']);
  });

  it('outside a repository, paths are relative to the working directory', () => {
    const { '.git/': _, ...rest } = FILES;
    const dir = workspace(rest);
    const { log } = sarifOf(dir);
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir).href + '/');
    assert.ok(log.runs[0].results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'notes/my%20debate.debate'));
  });
});
