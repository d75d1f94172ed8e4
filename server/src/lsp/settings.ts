// Per-resource configuration (`debate.*`), pulled from the client with
// `workspace/configuration` and cached per document URI. Nothing here is global
// to the server: each document can sit under different workspace settings.
import type { Connection } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { RULES_BY_ID, type AnalysisOptions, type SeveritySetting } from '../language';
import { ConfigError, ConfigResolver } from '../config';

export interface DebateSettings {
  /** Per-rule severity, or 'off'. Unknown rule names and values are dropped. */
  rules: Record<string, SeveritySetting>;
  trace: { server: 'off' | 'messages' | 'verbose' };
  /** `debate.inlayHints.enabled`: each claim's status after its line. */
  inlayHints: { enabled: boolean };
}

export const DEFAULT_SETTINGS: DebateSettings = { rules: {}, trace: { server: 'off' }, inlayHints: { enabled: true } };

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Reads whatever the client sent into well-formed settings; bad entries are ignored. */
export function normalizeSettings(raw: unknown): DebateSettings {
  const out: DebateSettings = { rules: {}, trace: { server: 'off' }, inlayHints: { enabled: true } };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (RULES_BY_ID.has(k) && typeof v === 'string' && SEVERITIES.has(v)) out.rules[k] = v as SeveritySetting;
    }
  }
  const trace = (r.trace as Record<string, unknown> | undefined)?.server;
  if (trace === 'messages' || trace === 'verbose') out.trace.server = trace;
  if ((r.inlayHints as Record<string, unknown> | undefined)?.enabled === false) out.inlayHints.enabled = false;
  return out;
}

export class SettingsStore {
  /** True when the client answers `workspace/configuration`; else settings come pushed. */
  pull = false;
  private pushed: DebateSettings = DEFAULT_SETTINGS;
  private cache = new Map<string, Promise<DebateSettings>>();
  /** Last settings resolved per URI, readable synchronously by requests. */
  private known = new Map<string, DebateSettings>();

  constructor(private readonly connection: Connection) {}

  /** Settings for one document, fetched once and then cached until configuration changes. */
  get(uri: string): Promise<DebateSettings> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'debate' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS)
        .then((s) => { this.known.set(uri, s); return s; });
      this.cache.set(uri, p);
    }
    return p;
  }

  /** The settings last seen for `uri` (defaults if not fetched yet). Never waits. */
  peek(uri: string): DebateSettings {
    return this.pull ? this.known.get(uri) ?? DEFAULT_SETTINGS : this.pushed;
  }

  /** `workspace/didChangeConfiguration`: drop the cache; push-model clients send the values. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    if (!this.pull) {
      const s = (pushedSettings as Record<string, unknown> | undefined)?.debate;
      this.pushed = normalizeSettings(s);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.known.delete(uri);
  }
}

/**
 * The rule options that apply to a document: the single place where sources of
 * configuration are combined (editor settings today; a config file can be
 * layered in here). Synchronous so that requests never wait for it.
 */
export function effectiveRuleOptions(uri: string, settings: DebateSettings): AnalysisOptions {
  // debate.config.json first (as `debate lint` reads it), then `debate.rules` from the editor.
  const fromFile = configFileRules(uri);
  return { rules: fromFile === ALL_OFF ? { ...ALL_OFF } : { ...fromFile, ...settings.rules } };
}

const configFiles = new ConfigResolver();
const reportedConfigErrors = new Set<string>();
const ALL_OFF: Record<string, SeveritySetting> = Object.fromEntries([...RULES_BY_ID.keys()].map((id) => [id, 'off']));

/** The nearest debate.config.json's rules for a file: URI; an ignored file gets ALL_OFF (the CLI skips it). */
function configFileRules(uri: string): Record<string, SeveritySetting> {
  if (!uri.startsWith('file:')) return {};
  try {
    const file = fileURLToPath(uri);
    if (configFiles.isIgnored(file)) return ALL_OFF;
    return configFiles.configFor(file)?.rules ?? {};
  } catch (e) {
    // A broken config: use the defaults and say why once (the CLI exits 2 on it).
    const msg = e instanceof ConfigError ? e.message : String(e);
    if (!reportedConfigErrors.has(msg)) {
      reportedConfigErrors.add(msg);
      console.error(`debate: ignoring config: ${msg}`);
    }
    return {};
  }
}

/** A debate.config.json was created, changed or deleted: read configs afresh. */
export function configFilesChanged(): void {
  configFiles.clear();
  reportedConfigErrors.clear();
}
