// The VS Code side of Debate Notes: starts the language server (dist/server.js) and registers
// the commands. All language knowledge lives in the server; nothing here reads .debate text.
import * as path from 'path';
import { commands, window, type ExtensionContext, type OutputChannel } from 'vscode';
import {
  LanguageClient, RevealOutputChannelOn, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';

/** Commands contributed in package.json; test/manifest.test.ts checks both sides agree. */
export const COMMANDS = {
  restartServer: 'debate.restartServer',
  showOutput: 'debate.showOutput',
} as const;

const STOP_TIMEOUT_MS = 2000;

let client: LanguageClient | undefined;
let output: OutputChannel | undefined;

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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'debate' },
      { scheme: 'untitled', language: 'debate' },
    ],
    // Settings are pulled per resource by the server; this also sends didChangeConfiguration.
    synchronize: { configurationSection: 'debate' },
    outputChannel: channel,
    traceOutputChannel: channel,
    // Errors are announced by startServer(); don't also pop the channel open.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  // The id 'debate' makes the client read the `debate.trace.server` setting.
  return new LanguageClient('debate', 'Debate Notes', serverOptions, clientOptions);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Starts a fresh client. Never throws: a failure is logged and shown to the user. */
async function startServer(context: ExtensionContext, channel: OutputChannel): Promise<void> {
  try {
    client = createClient(context, channel);
    await client.start();
  } catch (error) {
    channel.appendLine(`The language server could not start: ${describe(error)}`);
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
    // A client whose start failed cannot be stopped or started again, only dropped.
    if (old.isRunning()) await old.stop(STOP_TIMEOUT_MS);
  } catch (error) {
    output?.appendLine(`Stopping the language server failed: ${describe(error)}`);
  }
  try {
    await old.dispose(STOP_TIMEOUT_MS);
  } catch {
    // Already stopped, or never started: nothing left to release.
  }
}

export async function activate(context: ExtensionContext): Promise<void> {
  const channel = window.createOutputChannel('Debate Notes');
  output = channel;
  context.subscriptions.push(channel);
  // Registered before the server starts, so that restart also works after a failed start.
  context.subscriptions.push(
    commands.registerCommand(COMMANDS.restartServer, async () => {
      channel.appendLine('Restarting the language server.');
      await stopServer();
      await startServer(context, channel);
    }),
    commands.registerCommand(COMMANDS.showOutput, () => channel.show(true)),
  );
  await startServer(context, channel);
}

export async function deactivate(): Promise<void> {
  await stopServer();
}
