// `debate.config.json`: discovery (nearest file walking up from a document), strict validation
// with file:line:column positions, and ignore globs. Shared by the CLI and the language server;
// the file I/O lives here so the analysis core stays pure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { closest, codeList, RULES_BY_ID, type SeveritySetting } from '../language';

export const CONFIG_FILE = 'debate.config.json';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** A config problem, located in its file; the CLI exits 2 for it. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** Dotted key path (`rules.foo`), or '' for the whole file. */
    readonly key: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${key ? key + ': ' : ''}${reason}`);
  }
}

export interface DebateConfig {
  /** Absolute path of the config file. */
  file: string;
  rules: Record<string, SeveritySetting>;
  ignore: string[];
}

/** "unknown rule `x`", with the closest rule id or else the list of them. */
function unknownRule(id: string): string {
  const hint = closest(id, RULES_BY_ID.keys());
  return `unknown rule \`${id}\`${hint ? `; did you mean \`${hint}\`?` : `; rules are ${codeList(RULES_BY_ID.keys())}`}`;
}

/** Parse and validate a config file's text. `file` is used in messages only. */
export function parseConfig(text: string, file: string): DebateConfig {
  // A BOM becomes a space so offsets stay put; columns on line 1 then skip it, as editors do.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom) text = ' ' + text.slice(1);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const fail = (offset: number, key: string, reason: string): never => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    throw new ConfigError(file, lo + 1, Math.max(1, offset - lineStarts[lo] + 1 - (lo === 0 ? bom : 0)), key, reason);
  };

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) fail(errors[0].offset, '', `malformed JSON: ${describeParseError(printParseErrorCode(errors[0].error))}`);
  if (!root || root.type !== 'object') return fail(root?.offset ?? 0, '', 'the config must be a JSON object like `{ "rules": { … }, "ignore": [ … ] }`');

  const config: DebateConfig = { file, rules: {}, ignore: [] };
  for (const [key, keyNode, value] of properties(root, '', fail)) {
    if (key === '$schema') {
      if (value.type !== 'string') fail(value.offset, key, 'must be a string');
    } else if (key === 'rules') {
      if (value.type !== 'object') fail(value.offset, key, 'must be an object mapping rule ids to severities');
      for (const [id, idNode, sev] of properties(value, 'rules.', fail)) {
        if (!RULES_BY_ID.has(id)) fail(idNode.offset, `rules.${id}`, unknownRule(id));
        if (sev.type !== 'string' || !SEVERITY_SETTINGS.includes(sev.value)) {
          fail(sev.offset, `rules.${id}`, `bad severity ${JSON.stringify(sev.value ?? text.slice(sev.offset, sev.offset + sev.length))}; use one of ${codeList(SEVERITY_SETTINGS)}`);
        }
        config.rules[id] = sev.value as SeveritySetting;
      }
    } else if (key === 'ignore') {
      if (value.type !== 'array') fail(value.offset, key, 'must be an array of glob strings');
      (value.children ?? []).forEach((item, i) => {
        if (item.type !== 'string' || item.value === '') fail(item.offset, `ignore[${i}]`, 'must be a non-empty glob string');
        config.ignore.push(item.value);
      });
    } else {
      fail(keyNode.offset, key, 'unknown key; a config has `rules`, `ignore` and `$schema`');
    }
  }
  return config;
}

function properties(obj: Node, prefix: string, fail: (offset: number, key: string, reason: string) => never): [string, Node, Node][] {
  const seen = new Set<string>();
  const out: [string, Node, Node][] = [];
  for (const prop of obj.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue; // jsonc-parser already reported it
    const key = String(k.value);
    if (seen.has(key)) fail(k.offset, prefix + key, 'duplicate key');
    seen.add(key);
    out.push([key, k, v]);
  }
  return out;
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidCommentToken: 'comments are not allowed in JSON',
    PropertyNameExpected: 'expected a property name in double quotes (trailing commas are not allowed)',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected `:`',
    CommaExpected: 'expected `,`',
    CloseBraceExpected: 'expected `}`',
    CloseBracketExpected: 'expected `]`',
    EndOfFileExpected: 'unexpected text after the end of the JSON value',
    UnexpectedEndOfString: 'unterminated string',
    InvalidSymbol: 'invalid symbol',
  };
  return words[code] ?? code;
}

/** Read and validate one config file; I/O problems are ConfigErrors too. */
export function loadConfig(file: string): DebateConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, 1, 1, '', `cannot read config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseConfig(text, file);
}

/** The nearest `debate.config.json` in `dir` or above it, or null. */
export function findConfigFile(dir: string): string | null {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return null;
  }
}

export interface ConfigOptions {
  /** Use this file for every document instead of searching (`--config`). */
  configPath?: string;
  /** Use no config file at all (`--no-config`). */
  noConfig?: boolean;
}

/** Finds and caches configs for many files; `clear()` after a config file changes. */
export class ConfigResolver {
  private readonly dirs = new Map<string, string | null>();
  // A broken file is remembered too (as its error), so it is read once, not on every request.
  private readonly loaded = new Map<string, { config: DebateConfig; matchers: ((p: string) => boolean) | null } | { error: unknown }>();

  constructor(private readonly options: ConfigOptions = {}) {}

  clear(): void {
    this.dirs.clear();
    this.loaded.clear();
  }

  /** The config that applies to `file` (absolute path), or null. Throws ConfigError. */
  configFor(file: string): DebateConfig | null {
    const cfgFile = this.fileFor(file);
    return cfgFile ? this.load(cfgFile).config : null;
  }

  /** True when the applicable config's `ignore` globs match the file or a folder above it. */
  isIgnored(file: string): boolean {
    const cfgFile = this.fileFor(file);
    if (!cfgFile) return false;
    const { config, matchers } = this.load(cfgFile);
    if (!matchers) return false;
    const rel = path.relative(path.dirname(config.file), path.resolve(file)).split(path.sep).join('/');
    // `drafts` and `drafts/**` both ignore everything under drafts/.
    const parts = rel.split('/');
    for (let i = parts.length; i > 0; i--) if (matchers(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  private fileFor(file: string): string | null {
    if (this.options.noConfig) return null;
    if (this.options.configPath) return path.resolve(this.options.configPath);
    const dir = path.dirname(path.resolve(file));
    let found = this.dirs.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir);
      this.dirs.set(dir, found);
    }
    return found;
  }

  private load(cfgFile: string): { config: DebateConfig; matchers: ((p: string) => boolean) | null } {
    let entry = this.loaded.get(cfgFile);
    if (!entry) {
      try {
        const config = loadConfig(cfgFile);
        entry = { config, matchers: config.ignore.length ? picomatch(config.ignore, { dot: true }) : null };
      } catch (error) {
        entry = { error };
      }
      this.loaded.set(cfgFile, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry;
  }
}

/** Parse `RULE=SEVERITY` (a `--rule` value); throws Error with a message for the user. */
export function parseRuleOption(spec: string): [string, SeveritySetting] {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new Error(`\`--rule ${spec}\`: expected RULE=SEVERITY, e.g. \`--rule unsupported-claim=off\``);
  const id = spec.slice(0, eq).trim();
  const sev = spec.slice(eq + 1).trim();
  if (!RULES_BY_ID.has(id)) throw new Error(`\`--rule ${spec}\`: ${unknownRule(id)}`);
  if (!SEVERITY_SETTINGS.includes(sev as SeveritySetting)) {
    throw new Error(`\`--rule ${spec}\`: bad severity \`${sev}\`; use one of ${codeList(SEVERITY_SETTINGS)}`);
  }
  return [id, sev as SeveritySetting];
}
