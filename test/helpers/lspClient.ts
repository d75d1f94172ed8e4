// A small LSP client for protocol tests: starts the built server (out/…/server.js)
// over stdio and speaks to it with vscode-languageserver-protocol. One per test file.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  CancellationTokenSource, ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { extract, type Marked } from './markers';

export const SERVER_JS = path.resolve(__dirname, '../../server/src/lsp/server.js');
const DEADLINE_MS = 5000;

export interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }

export interface StartOptions {
  /** `debate` settings returned for `workspace/configuration`, per scope URI or for all (key '*'). */
  configuration?: Record<string, unknown>;
  workspaceFolders?: string[];
  /** Leave out `workspace.configuration` to test the push model. */
  pullConfiguration?: boolean;
}

export interface OpenDoc extends Marked { uri: string; version: number }

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly initializeResult: Promise<InitializeResult>;
  /** What the client answers to `workspace/configuration` (section `debate`), by scope URI; '*' for any. */
  configuration: Record<string, unknown>;
  /** Every `workspace/configuration` item the server asked for. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  readonly stderr: string[] = [];
  private readonly proc: ChildProcess;
  private published = new Map<string, Published[]>();
  private waiters: { check: () => boolean; resolve: () => void; reject: (e: Error) => void }[] = [];
  private exited: string | null = null;
  private versions = new Map<string, number>();
  private counter = 0;

  constructor(options: StartOptions = {}) {
    this.configuration = options.configuration ?? {};
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    // A server that dies fails the waiting test at once, with what it printed.
    this.proc.on('exit', (code, signal) => {
      this.exited = `server exited (code ${code}, signal ${signal}); stderr: ${this.stderr.join('')}`;
      for (const w of this.waiters) w.reject(new Error(this.exited));
      this.waiters = [];
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      let list = this.published.get(p.uri);
      if (!list) this.published.set(p.uri, (list = []));
      list.push(p);
      this.wake();
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => {
      this.configurationRequests.push(item);
      if (item.section !== 'debate') return null;
      const c = this.configuration;
      return (item.scopeUri !== undefined && item.scopeUri in c ? c[item.scopeUri] : c['*']) ?? {};
    }));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.pullConfiguration ?? true,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    };
    const folders = options.workspaceFolders ?? [];
    this.initializeResult = this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, capabilities,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
    }).then(async (r) => {
      await this.connection.sendNotification(InitializedNotification.type, {});
      return r;
    });
  }

  /** Opens a document; markers («range», <|>) are removed and returned. */
  async open(src: string, uri = `file:///test/doc${++this.counter}.debate`): Promise<OpenDoc> {
    await this.initializeResult;
    const m = extract(src);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'debate', version: 1, text: m.text },
    });
    return { ...m, uri, version: 1 };
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, src: string): Promise<OpenDoc> {
    const m = extract(src);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ text: m.text }],
    });
    return { ...m, uri, version };
  }

  /** An incremental edit: replace `range` with `text`. */
  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ range, text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // A third argument, even undefined, would be sent as a positional parameter.
    return (token ? this.connection.sendRequest(method, params, token.token) : this.connection.sendRequest(method, params)) as Promise<R>;
  }

  /** Changes what `workspace/configuration` answers and tells the server. */
  async setConfiguration(configuration: Record<string, unknown>): Promise<void> {
    this.configuration = configuration;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { debate: configuration['*'] ?? {} } });
  }

  /** Number of diagnostics notifications received so far for `uri`. */
  publishCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /**
   * The first diagnostics published for `uri` after the first `after` notifications,
   * for `version` or later when given. Fails after a deadline rather than sleeping.
   */
  diagnostics(uri: string, opts: { version?: number; after?: number } = {}): Promise<Published> {
    const find = (): Published | undefined => {
      const list = this.published.get(uri) ?? [];
      for (let i = opts.after ?? 0; i < list.length; i++) {
        const p = list[i];
        if (opts.version === undefined || (p.version ?? 0) >= opts.version) return p;
      }
      return undefined;
    };
    return new Promise((resolve, reject) => {
      const found = find();
      if (found) return resolve(found);
      if (this.exited) return reject(new Error(this.exited));
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (version ${opts.version}) within ${DEADLINE_MS} ms; stderr: ${this.stderr.join('')}`)), DEADLINE_MS);
      this.waiters.push({
        check: () => !!find(),
        resolve: () => { clearTimeout(timer); resolve(find()!); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch { /* already gone */ }
    const exited = new Promise<void>((resolve) => {
      if (!this.alive) return resolve();
      this.proc.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.proc.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }
}
