// Publishing diagnostics. Edits are debounced per document: the first edit after
// a quiet spell is validated at once (so a single change shows up fast), while a
// burst of typing is coalesced and validated DEBOUNCE_MS after its last edit.
// Work for a version that has been superseded is dropped before publishing.
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';
import { toLspDiagnostic } from './convert';
import type { DocumentCache } from './documents';
import { effectiveRuleOptions, type SettingsStore } from './settings';

export const DEBOUNCE_MS = 100;

export function toLspDiagnostics(doc: AnalyzedDocument, uri: string): LspDiagnostic[] {
  return doc.diagnostics.map((d) => toLspDiagnostic(d, uri));
}

export class DiagnosticsPublisher {
  private timers = new Map<string, NodeJS.Timeout>();
  private lastChange = new Map<string, number>();
  /** Bumped on each schedule; a run that finds a newer generation gives up. */
  private generation = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly cache: DocumentCache,
    private readonly settings: SettingsStore,
    private readonly log: (msg: string) => void,
  ) {}

  schedule(uri: string): void {
    const now = Date.now();
    const last = this.lastChange.get(uri);
    this.lastChange.set(uri, now);
    const gen = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, gen);
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const delay = last === undefined || now - last >= DEBOUNCE_MS ? 0 : DEBOUNCE_MS;
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri, gen);
    }, delay));
  }

  /** Re-validate now (after a configuration change), without debouncing. */
  revalidate(uri: string): void {
    const gen = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, gen);
    void this.run(uri, gen);
  }

  /** The document closed: stop pending work and clear what was shown. */
  clear(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.lastChange.delete(uri);
    this.generation.set(uri, (this.generation.get(uri) ?? 0) + 1);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  private async run(uri: string, gen: number): Promise<void> {
    try {
      const settings = await this.settings.get(uri);
      if (this.generation.get(uri) !== gen) return;
      const version = this.cache.version(uri);
      if (version === undefined) return;
      const doc = this.cache.getWith(uri, effectiveRuleOptions(uri, settings));
      if (!doc || this.generation.get(uri) !== gen) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics: toLspDiagnostics(doc, uri) });
    } catch (e) {
      this.log(`diagnostics for ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }
}
