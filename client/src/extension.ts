// The VS Code side of Debate Notes: starts the language server (dist/server.js) and registers
// the commands. All language knowledge lives in the server; nothing here reads .debate text.
import * as path from 'path';
import { commands, QuickPickItemKind, Uri, window, type ExtensionContext, type OutputChannel, type QuickPickItem } from 'vscode';
import {
  CloseAction, LanguageClient, RevealOutputChannelOn, State, TransportKind,
  type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
// Types only (erased at build): the shape of the server's `debate/cruxes` answer.
import type { CruxesResult, CruxesStatement } from '../../server/src/lsp/cruxes';

/** Commands contributed in package.json; test/manifest.test.ts checks both sides agree. */
export const COMMANDS = {
  restartServer: 'debate.restartServer',
  showOutput: 'debate.showOutput',
  showCruxes: 'debate.showCruxes',
} as const;

const STOP_TIMEOUT_MS = 2000;
const SHOW_REFERENCES = 'editor.action.showReferences';

let client: LanguageClient | undefined;
let output: OutputChannel | undefined;

/** Works around two ways vscode-languageclient 9 leaks a rejected promise when the server dies while starting. */
class DebateLanguageClient extends LanguageClient {
  override start(): Promise<void> {
    const started = super.start();
    // If the connection closes during start, the library drops its pending start promise and
    // start() resolves; the dropped promise is then rejected with nobody listening. Observe it
    // here; startServer() checks isRunning() to see the failure.
    (this as unknown as { _onStart?: Promise<void> })._onStart?.catch(() => undefined);
    return started;
  }

  // The library calls stop() by itself when initialization fails, without handling its
  // rejection ("Client is not running and can't be stopped"): log it instead.
  override stop(timeout?: number): Promise<void> {
    return super.stop(timeout).catch((error: unknown) => {
      log(`Stopping the language server: ${describe(error)}`);
    });
  }
}

function createClient(context: ExtensionContext, channel: OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  // A server that dies before it ever ran (a broken install) is not restarted in a loop: the
  // failed start is reported once. Once it has run, crashes get the library's restart policy.
  let ran = false;
  let fallback: ErrorHandler | undefined;
  const errorHandler: ErrorHandler = {
    error: (error, message, count) => fallback!.error(error, message, count),
    closed: () => (ran ? fallback!.closed() : { action: CloseAction.DoNotRestart, handled: true }),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'debate' },
      { scheme: 'untitled', language: 'debate' },
    ],
    // Settings are pulled per resource by the server; this also sends didChangeConfiguration.
    synchronize: { configurationSection: 'debate' },
    outputChannel: channel,
    traceOutputChannel: channel,
    // A failed start is announced once, by startServer(); don't also pop the channel open.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationFailedHandler: () => false,
    errorHandler,
    middleware: {
      // Code lens commands arrive with plain JSON arguments; VS Code's showReferences needs its own types.
      async provideCodeLenses(document, token, next) {
        const lenses = await next(document, token);
        for (const lens of lenses ?? []) {
          const cmd = lens.command;
          if (cmd?.command !== SHOW_REFERENCES || !cmd.arguments || cmd.arguments.length !== 3) continue;
          const [uri, position, locations] = cmd.arguments as [string, unknown, unknown[]];
          const p2c = created.protocol2CodeConverter;
          cmd.arguments = [
            Uri.parse(uri),
            p2c.asPosition(position as Parameters<typeof p2c.asPosition>[0]),
            locations.map((l) => p2c.asLocation(l as Parameters<typeof p2c.asLocation>[0])),
          ];
        }
        return lenses;
      },
    },
  };
  // The id 'debate' makes the client read the `debate.trace.server` setting.
  const created = new DebateLanguageClient('debate', 'Debate Notes', serverOptions, clientOptions);
  fallback = created.createDefaultErrorHandler(4);
  created.onDidChangeState((e) => { if (e.newState === State.Running) ran = true; });
  return created;
}

/** Appends to the output channel; at shutdown the channel may already be closed. */
function log(line: string): void {
  try {
    output?.appendLine(line);
  } catch {
    // Nothing left to show it in.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Starts a fresh client. Never throws: a failure is logged and shown to the user. */
async function startServer(context: ExtensionContext, channel: OutputChannel): Promise<void> {
  try {
    client = createClient(context, channel);
    await client.start();
    if (!client.isRunning()) throw new Error('the server process exited while starting; see the output');
  } catch (error) {
    log(`The language server could not start: ${describe(error)}`);
    // Not awaited: activation must not wait for the user to dismiss the message.
    void window.showErrorMessage(
      `Debate Notes: the language server could not start (${describe(error)}). Highlighting still works.`,
      'Show Output',
    ).then((choice) => { if (choice === 'Show Output') channel.show(true); });
  }
}

/** Stops and disposes the current client, whatever state it is in. Never throws. */
async function stopServer(): Promise<void> {
  const old = client;
  client = undefined;
  if (!old) return;
  try {
    // A client whose start failed cannot be started again, only dropped: a new one replaces it.
    await old.dispose(STOP_TIMEOUT_MS);
  } catch (error) {
    log(`Stopping the language server failed: ${describe(error)}`);
  }
}

/** The declared cruxes and the hinges of the active file, in a quick pick that jumps to the one picked. */
async function showCruxes(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'debate') {
    void window.showInformationMessage('Debate Notes: open a .debate file to see its cruxes and hinges.');
    return;
  }
  const running = client;
  if (!running?.isRunning()) {
    void window.showErrorMessage('Debate Notes: the language server is not running.');
    return;
  }
  let result: CruxesResult;
  try {
    result = await running.sendRequest<CruxesResult>('debate/cruxes', { textDocument: { uri: editor.document.uri.toString() } });
  } catch (error) {
    log(`Cruxes and hinges failed: ${describe(error)}`);
    void window.showErrorMessage(`Debate Notes: could not compute cruxes and hinges (${describe(error)}).`);
    return;
  }
  type Item = QuickPickItem & { target?: CruxesStatement };
  const items: Item[] = [{ label: 'Declared cruxes', kind: QuickPickItemKind.Separator }];
  if (result.cruxes.length === 0) items.push({ label: 'No cruxes in this file' });
  for (const c of result.cruxes) {
    items.push({
      label: c.text || c.name,
      detail: c.targets.length ? c.targets.map((t) => `${t.label}: ${t.name}`).join('   ') : 'decides nothing yet',
      target: c,
    });
  }
  items.push({ label: 'Hinges: removing one of these flips the most claims', kind: QuickPickItemKind.Separator });
  if (result.hinges.length === 0) items.push({ label: 'Removing any one statement leaves every claim as it is' });
  for (const h of result.hinges) {
    items.push({
      label: h.name,
      description: `flips ${h.flips.length} claim${h.flips.length === 1 ? '' : 's'}`,
      detail: h.flips.map((f) => `${f.name}: ${f.change}`).join('   '),
      target: h,
    });
  }
  const picked = await window.showQuickPick(items, { title: 'Debate Notes: Cruxes and Hinges', matchOnDescription: true, matchOnDetail: true });
  if (!picked?.target) return;
  const location = running.protocol2CodeConverter.asLocation(picked.target.location);
  if (location) await window.showTextDocument(location.uri, { selection: location.range });
}

export async function activate(context: ExtensionContext): Promise<void> {
  const channel = window.createOutputChannel('Debate Notes');
  output = channel;
  context.subscriptions.push(channel);
  // Registered before the server starts, so that restart also works after a failed start.
  context.subscriptions.push(
    commands.registerCommand(COMMANDS.restartServer, async () => {
      log('Restarting the language server.');
      await stopServer();
      await startServer(context, channel);
    }),
    commands.registerCommand(COMMANDS.showOutput, () => channel.show(true)),
    commands.registerCommand(COMMANDS.showCruxes, () => showCruxes()),
  );
  await startServer(context, channel);
}

export async function deactivate(): Promise<void> {
  await stopServer();
}
