// The analysis cache: each document version is analysed once, and every request
// reads the cached result. A request that finds the cache stale (an edit arrived
// before the debounced diagnostics ran) analyses synchronously on the spot.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalysisOptions, type AnalyzedDocument } from '../language';

interface Entry { version: number; key: string; doc: AnalyzedDocument }

export class DocumentCache {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    /** Rule options for a URI, as known right now. */
    private readonly optionsFor: (uri: string) => AnalysisOptions,
  ) {}

  /** The analysis of the open document `uri` at its current version, or undefined if it isn't open. */
  get(uri: string): AnalyzedDocument | undefined {
    const td = this.documents.get(uri);
    if (!td) return undefined;
    return this.analysed(uri, td, this.optionsFor(uri));
  }

  /** Same with explicit options (the diagnostics path, after the settings arrived). */
  getWith(uri: string, options: AnalysisOptions): AnalyzedDocument | undefined {
    const td = this.documents.get(uri);
    if (!td) return undefined;
    return this.analysed(uri, td, options);
  }

  version(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private analysed(uri: string, td: TextDocument, options: AnalysisOptions): AnalyzedDocument {
    const key = JSON.stringify(options.rules ?? {});
    const e = this.entries.get(uri);
    if (e && e.version === td.version && e.key === key) return e.doc;
    // Structure does not depend on rule options: only diagnostics differ. Reanalysing is
    // cheap enough, and keeps one code path.
    const doc = analyze(td.getText(), options);
    this.entries.set(uri, { version: td.version, key, doc });
    return doc;
  }
}
