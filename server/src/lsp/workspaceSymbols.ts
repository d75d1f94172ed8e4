// Workspace symbols: named statements and headings of the open documents and of
// the `.debate` files found in the workspace folders. Files on disk are scanned
// once at start-up (capped in count and size) and refreshed on file events;
// open documents always win over their copy on disk.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import { analyze, anchorOf, truncate, type AnalyzedDocument } from '../language';
import { fuzzyMatch, HEADING_SYMBOL_KIND, SYMBOL_KIND } from './convert';

export const MAX_FILES = 5000;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_RESULTS = 1000;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

// An open document's symbols are asked for on every query: compute them once per analysis.
const memo = new WeakMap<AnalyzedDocument, SymbolInformation[]>();

/** Symbols of one document, query-independent; computed once per analysis (a document has one URI). */
export function symbolsOf(doc: AnalyzedDocument, uri: string): SymbolInformation[] {
  let symbols = memo.get(doc);
  if (!symbols) memo.set(doc, (symbols = collectSymbols(doc, uri)));
  return symbols;
}

function collectSymbols(doc: AnalyzedDocument, uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const h of doc.headings) {
    if (!h.title.trim()) continue;
    out.push({ name: h.title.trim(), kind: HEADING_SYMBOL_KIND, location: { uri, range: h.titleRange } });
  }
  for (const st of doc.statements) {
    if (st.id === null) continue;
    const container = st.heading !== null ? doc.headings[st.heading].title.trim() : undefined;
    const s: SymbolInformation = { name: st.id, kind: SYMBOL_KIND[st.kind], location: { uri, range: anchorOf(st) } };
    if (container) s.containerName = container;
    else if (st.text) s.containerName = truncate(st.text, 60);
    out.push(s);
  }
  return out;
}

/** One spelling per file URI, so an open document and its file on disk compare equal. */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try { return pathToFileURL(fileURLToPath(uri)).toString(); } catch { return uri; }
}

export class WorkspaceIndex {
  /** Files from disk: uri → symbols. */
  private files = new Map<string, SymbolInformation[]>();
  private scanning: Promise<void> = Promise.resolve();
  /** File updates still being read, so a query sees every change notified before it. */
  private pending = new Set<Promise<void>>();

  constructor(private readonly log: (msg: string) => void) {}

  /** Scan the workspace folders in the background. */
  scan(folderUris: string[]): Promise<void> {
    this.scanning = this.scanFolders(folderUris).catch((e) => this.log(`workspace scan failed: ${e}`));
    return this.scanning;
  }

  async ready(): Promise<void> {
    await this.scanning;
    await Promise.all([...this.pending]);
  }

  /** A `.debate` file changed or appeared on disk. */
  update(fileUri: string): Promise<void> {
    const p = this.read(fileUri).finally(() => this.pending.delete(p));
    this.pending.add(p);
    return p;
  }

  private async read(fileUri: string): Promise<void> {
    const uri = normalizeUri(fileUri);
    try {
      const file = fileURLToPath(uri);
      const st = await fs.stat(file);
      if (st.size > MAX_FILE_BYTES) { this.files.delete(uri); return; }
      const text = await fs.readFile(file, 'utf8');
      this.files.set(uri, collectSymbols(analyze(text), uri));
    } catch {
      this.files.delete(uri);
    }
  }

  remove(uri: string): void {
    this.files.delete(normalizeUri(uri));
  }

  get size(): number {
    return this.files.size;
  }

  /** Matching symbols; `open` gives the symbols of open documents, which replace their disk copy. */
  query(params: WorkspaceSymbolParams, open: Map<string, SymbolInformation[]>, isCancelled: () => boolean): SymbolInformation[] {
    const out: SymbolInformation[] = [];
    const q = params.query ?? '';
    const lists: SymbolInformation[][] = [...open.values()];
    const openKeys = new Set([...open.keys()].map(normalizeUri));
    for (const [uri, syms] of this.files) if (!openKeys.has(uri)) lists.push(syms);
    for (const list of lists) {
      if (isCancelled()) break;
      for (const s of list) {
        if (fuzzyMatch(q, s.name)) {
          out.push(s);
          if (out.length >= MAX_RESULTS) return out;
        }
      }
    }
    return out;
  }

  private async scanFolders(folderUris: string[]): Promise<void> {
    const found: string[] = [];
    for (const f of folderUris) {
      if (!f.startsWith('file:')) continue;
      await this.walk(fileURLToPath(f), found);
      if (found.length >= MAX_FILES) break;
    }
    for (const file of found) await this.read(pathToFileURL(file).toString());
  }

  private async walk(dir: string, found: string[]): Promise<void> {
    let entries;
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (found.length >= MAX_FILES) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await this.walk(p, found);
      } else if (e.isFile() && e.name.endsWith('.debate')) {
        found.push(p);
      }
    }
  }
}
