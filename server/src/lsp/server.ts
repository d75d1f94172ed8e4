#!/usr/bin/env node
// The Debate Notes language server. `createServer` wires every feature to a
// connection; run directly (or bundled as dist/server.js) it talks LSP over
// stdio or node IPC, whichever the command line asks for (`--stdio`, `--node-ipc`).
import {
  createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, LSPErrorCodes,
  ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type CompletionList, type CompletionParams, type Connection, type InitializeParams, type InitializeResult, type Position, type SymbolInformation,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzedDocument } from '../language';
import { provideCodeActions } from './codeActions';
import { provideCodeLenses } from './codeLens';
import { inDocument } from './convert';
import { MAX_ID_ITEMS, provideCompletion } from './completion';
import { provideDefinition } from './definition';
import { DiagnosticsPublisher } from './diagnostics';
import { DocumentCache } from './documents';
import { provideFoldingRanges } from './folding';
import { provideFormatting } from './formatting';
import { provideHighlights } from './highlight';
import { provideHover } from './hover';
import { provideInlayHints } from './inlayHints';
import { CRUXES_REQUEST, provideCruxes } from './cruxes';
import { provideReferences } from './references';
import { providePrepareRename, provideRename } from './rename';
import { provideSelectionRanges } from './selectionRanges';
import { provideSemanticTokens, semanticTokensLegend } from './semanticTokens';
import { configFilesChanged, effectiveRuleOptions, SettingsStore } from './settings';
import { provideDocumentSymbols } from './symbols';
import { symbolsOf, WorkspaceIndex } from './workspaceSymbols';

export interface DebateServer {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: DocumentCache;
  settings: SettingsStore;
}

export function createServer(connection: Connection): DebateServer {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const cache = new DocumentCache(documents, (uri) => effectiveRuleOptions(uri, settings.peek(uri)));
  const log = (msg: string) => connection.console.error(msg);
  const publisher = new DiagnosticsPublisher(connection, cache, settings, log);
  const index = new WorkspaceIndex(log);
  let folders: string[] = [];
  let watchFilesDynamically = false;
  let configurationDynamically = false;
  let inlayHintRefresh = false;

  /**
   * Every request goes through here: it finds the document's analysis and never
   * lets an exception escape (a ResponseError is an answer, so it is passed on).
   */
  function handle<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, fn: (doc: AnalyzedDocument, params: P, uri: string) => R) {
    return (params: P, token?: CancellationToken): R => {
      try {
        if (token?.isCancellationRequested) return empty;
        const uri = params?.textDocument?.uri;
        if (typeof uri !== 'string') return empty;
        const doc = cache.get(uri);
        if (!doc) return empty;
        // Positions outside the document (or not integers) never reach a provider.
        const position = (params as { position?: Position }).position;
        if (position !== undefined && !inDocument(doc, position)) return empty;
        return fn(doc, params, uri);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        log(`${name} failed: ${(e as Error).stack ?? e}`);
        return empty;
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params?.capabilities ?? {};
    settings.pull = !!caps.workspace?.configuration;
    watchFilesDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    configurationDynamically = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    folders = params?.workspaceFolders?.map((f) => f.uri) ?? (params?.rootUri ? [params.rootUri] : []);
    const triggerCharacters = ['@', '>', ','];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Debate' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters, resolveProvider: false },
        codeActionProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        semanticTokensProvider: { legend: semanticTokensLegend, full: true },
        documentFormattingProvider: true,
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'debate-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (configurationDynamically) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'debate' }).catch(() => undefined);
    }
    if (watchFilesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.debate' }, { globPattern: '**/debate.config.json' }] })
        .catch(() => undefined);
    }
    if (folders.length) void index.scan(folders);
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.removed) folders = folders.filter((u) => u !== f.uri);
      const added = e.added.map((f) => f.uri);
      folders.push(...added);
      if (added.length) void index.scan(added);
    });
  });

  documents.onDidChangeContent((e) => publisher.schedule(e.document.uri));
  documents.onDidClose((e) => {
    publisher.clear(e.document.uri);
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
  });

  connection.onDidChangeConfiguration((params) => {
    try {
      settings.changed(params?.settings);
      for (const d of documents.all()) publisher.revalidate(d.uri);
      // `debate.inlayHints.enabled` may have changed: ask again once the new settings are in.
      if (inlayHintRefresh) {
        void Promise.all(documents.all().map((d) => settings.get(d.uri)))
          .then(() => connection.languages.inlayHint.refresh()).catch(() => undefined);
      }
    } catch (e) {
      log(`configuration change failed: ${(e as Error).stack ?? e}`);
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    if ((params.changes ?? []).some((c) => c.uri.endsWith('/debate.config.json'))) {
      configFilesChanged();
      for (const d of documents.all()) publisher.revalidate(d.uri);
    }
    for (const c of params.changes ?? []) {
      if (!c.uri.endsWith('.debate')) continue;
      if (c.type === FileChangeType.Deleted) index.remove(c.uri);
      else void index.update(c.uri);
    }
  });

  connection.onHover(handle('hover', null, provideHover));
  connection.onDefinition(handle('definition', null, provideDefinition));
  connection.onReferences(handle('references', [], provideReferences));
  connection.onDocumentHighlight(handle('highlight', [], provideHighlights));
  connection.onPrepareRename(handle('prepareRename', null, providePrepareRename));
  connection.onRenameRequest(handle('rename', null, provideRename));
  connection.onDocumentSymbol(handle('documentSymbol', [], provideDocumentSymbols));
  connection.onCodeLens(handle('codeLens', [], provideCodeLenses));
  connection.onCompletion(handle('completion', { isIncomplete: false, items: [] }, (doc, params: CompletionParams): CompletionList => {
    const items = provideCompletion(doc, params);
    return { isIncomplete: items.length >= MAX_ID_ITEMS, items };
  }));
  connection.onCodeAction(handle('codeAction', [], provideCodeActions));
  connection.onFoldingRanges(handle('foldingRange', [], provideFoldingRanges));
  connection.onSelectionRanges(handle('selectionRange', [], provideSelectionRanges));
  connection.languages.semanticTokens.on(handle('semanticTokens', { data: [] }, provideSemanticTokens));
  connection.onDocumentFormatting(handle('formatting', [], provideFormatting));
  connection.languages.inlayHint.on(handle('inlayHint', [], (doc, params, uri) =>
    (settings.peek(uri).inlayHints.enabled ? provideInlayHints(doc, params) : [])));
  connection.onRequest(CRUXES_REQUEST, handle('cruxes', null, provideCruxes));

  connection.onWorkspaceSymbol(async (params, token) => {
    try {
      await index.ready();
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const open = new Map<string, SymbolInformation[]>();
      for (const td of documents.all()) {
        const doc = cache.get(td.uri);
        if (doc) open.set(td.uri, symbolsOf(doc, td.uri));
      }
      return index.query(params, open, () => token.isCancellationRequested);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`workspaceSymbol failed: ${(e as Error).stack ?? e}`);
      return [];
    }
  });

  documents.listen(connection);
  return { connection, documents, cache, settings };
}

export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  createServer(connection);
  connection.listen();
}

if (require.main === module) main();
