// debate.config.json: validation errors name file, line, column and key; discovery picks the
// nearest file; --config, --no-config, --rule and `ignore` behave as documented.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, ConfigResolver, parseConfig } from '../../server/src/config';
import { extract } from '../helpers/markers';
import { runCli, workspace } from './helpers';

/** «…» marks where the error must point; `key` and `message` are what the user must read. */
function checkError(src: string, key: string, message: RegExp): void {
  const { text, ranges } = extract(src);
  assert.equal(ranges.length, 1, 'fixture: one «range» where the error points');
  assert.throws(() => parseConfig(text, 'debate.config.json'), (e: unknown) => {
    assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${e}`);
    const at = `${ranges[0].start.line + 1}:${ranges[0].start.character + 1}`;
    assert.equal(`${e.line}:${e.column}`, at);
    assert.equal(e.key, key);
    assert.match(e.reason, message);
    assert.ok(e.message.startsWith(`debate.config.json:${at}: `), e.message);
    return true;
  });
}

describe('config validation', () => {
  it('names an unknown rule and suggests the closest', () =>
    checkError('{\n  "rules": {\n    «"unsuported-claim"»: "off"\n  }\n}', 'rules.unsuported-claim', /unknown rule `unsuported-claim`; did you mean `unsupported-claim`\?/));
  it('lists the rules when nothing is close', () =>
    checkError('{ "rules": { «"zzzzzzzzzz"»: "off" } }', 'rules.zzzzzzzzzz', /rules are `syntax-error`, /));
  it('rejects a bad severity', () =>
    checkError('{ "rules": { "unsupported-claim": «"warn"» } }', 'rules.unsupported-claim', /bad severity "warn"; use one of `error`, `warning`, `info`, `hint`, `off`/));
  it('rejects a non-string severity', () =>
    checkError('{ "rules": { "circular-support": «2» } }', 'rules.circular-support', /bad severity 2/));
  it('reports malformed JSON where it breaks', () =>
    checkError('{\n  "rules": { "unsupported-claim": "off", «}»\n}', '', /malformed JSON: expected a property name/));
  it('rejects comments', () => checkError('{ «// no»\n}', '', /comments are not allowed/));
  it('rejects an unterminated file', () => checkError('{ "rules": {}«»', '', /malformed JSON: expected `}`/));
  it('rejects an unknown top-level key', () => checkError('{ «"rule"»: {} }', 'rule', /unknown key; a config has `rules`, `ignore` and `\$schema`/));
  it('rejects a duplicate key', () => checkError('{ "rules": {}, «"rules"»: {} }', 'rules', /duplicate key/));
  it('rejects ignore that is not an array', () => checkError('{ "ignore": «"drafts/**"» }', 'ignore', /must be an array/));
  it('rejects an empty ignore glob', () => checkError('{ "ignore": ["a", «""»] }', 'ignore[1]', /non-empty glob/));
  it('rejects a config that is not an object', () => checkError('«[]»', '', /must be a JSON object/));
  it('reads a config with a BOM, counting columns as editors do (without it)', () => {
    assert.throws(() => parseConfig('\uFEFF{ "rule": {} }', 'f'), (e: ConfigError) => `${e.line}:${e.column}` === '1:3');
    assert.deepEqual(parseConfig('\uFEFF{ "rules": { "unsupported-claim": "off" } }', 'f').rules, { 'unsupported-claim': 'off' });
  });
  it('accepts a full config', () => {
    assert.deepEqual(parseConfig('{ "$schema": "x", "rules": { "unsupported-claim": "error", "circular-support": "off" }, "ignore": ["drafts/**"] }', 'f'),
      { file: 'f', rules: { 'unsupported-claim': 'error', 'circular-support': 'off' }, ignore: ['drafts/**'] });
  });
});

const CLAIM = 'claim taxes: Taxes should rise.\n';

function lintJson(cwd: string, ...args: string[]): Record<string, string[]> {
  const r = runCli(['lint', '--format', 'json', ...args], { cwd });
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; severity: string }[] }[] };
  return Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.rule}:${d.severity}`)]));
}

describe('config discovery', () => {
  const files = {
    'debate.config.json': '{ "rules": { "unsupported-claim": "error" }, "ignore": ["drafts/**", "old"] }',
    'a.debate': CLAIM,
    'drafts/b.debate': CLAIM,
    'old/c.debate': CLAIM,
    'sub/debate.config.json': '{ "rules": { "unsupported-claim": "off" } }',
    'sub/d.debate': CLAIM,
    'sub/drafts/e.debate': CLAIM,
  };

  it('uses the nearest config; ignore globs are relative to their config file', () => {
    const dir = workspace(files);
    assert.deepEqual(lintJson(dir), {
      'a.debate': ['unsupported-claim:error'],
      'sub/d.debate': [],
      // The nearest config (sub/) has no ignore list of its own.
      'sub/drafts/e.debate': [],
    });
  });

  it('--rule overrides the config file', () => {
    const dir = workspace(files);
    assert.deepEqual(lintJson(dir, '--rule', 'unsupported-claim=info', 'a.debate', 'sub'), {
      'a.debate': ['unsupported-claim:info'], 'sub/d.debate': ['unsupported-claim:info'], 'sub/drafts/e.debate': ['unsupported-claim:info'],
    });
  });

  it('--config applies one file to everything', () => {
    const dir = workspace(files);
    assert.deepEqual(lintJson(dir, '--config', 'sub/debate.config.json', 'a.debate', 'drafts'), { 'a.debate': [], 'drafts/b.debate': [] });
  });

  it('--no-config uses the defaults and ignores nothing', () => {
    const dir = workspace(files);
    const all = lintJson(dir, '--no-config');
    assert.deepEqual(Object.keys(all), ['a.debate', 'drafts/b.debate', 'old/c.debate', 'sub/d.debate', 'sub/drafts/e.debate']);
    assert.deepEqual(all['a.debate'], ['unsupported-claim:warning']);
  });

  it('says so when a file named on the command line is ignored', () => {
    const dir = workspace(files);
    const r = runCli(['lint', 'drafts/b.debate'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /drafts\/b\.debate is ignored by the config file's `ignore`/);
  });

  it('a bad config is exit 2 with file, line, column and key', () => {
    const dir = workspace({ 'debate.config.json': '{\n  "rules": { "unsupported-claim": "warn" }\n}\n', 'a.debate': CLAIM });
    const r = runCli(['lint'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `debate: ${path.join(dir, 'debate.config.json')}:2:35: rules.unsupported-claim: bad severity "warn"; use one of \`error\`, \`warning\`, \`info\`, \`hint\`, \`off\`\n`);
  });

  it('a missing --config file is exit 2', () => {
    const dir = workspace({ 'a.debate': CLAIM });
    const r = runCli(['lint', '--config', 'nope.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.json:1:1: cannot read config: ENOENT/);
  });

  it('the resolver caches until cleared', () => {
    const dir = workspace({ 'debate.config.json': '{ "rules": { "unsupported-claim": "off" } }' });
    const resolver = new ConfigResolver();
    assert.deepEqual(resolver.configFor(path.join(dir, 'x.debate'))?.rules, { 'unsupported-claim': 'off' });
    assert.equal(new ConfigResolver({ noConfig: true }).configFor(path.join(dir, 'x.debate')), null);
  });
});
