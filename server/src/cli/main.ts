#!/usr/bin/env node
// `debate`: lint and export .debate files. Each command lives in commands/<name>.ts.
import { isMainThread } from 'node:worker_threads';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { version } from '../../../package.json';
import { registerCruxes } from './commands/cruxes';
import { registerDiff } from './commands/diff';
import { registerExport } from './commands/export';
import { registerFmt } from './commands/fmt';
import { registerLint } from './commands/lint';
import { registerStatus } from './commands/status';
import type { CliContext } from './context';
import { UsageError } from './files';

export async function main(argv: string[]): Promise<number> {
  const cli: CliContext = { write: (t) => { process.stdout.write(t); }, exitCode: 0 };
  const program = new Command();
  program
    .name('debate')
    .description('Lint and export structured debate notes (.debate files).')
    .version(version, '-v, --version')
    .showHelpAfterError('(run `debate --help` for usage)')
    .exitOverride();
  registerLint(program, cli);
  registerFmt(program, cli);
  registerExport(program, cli);
  registerStatus(program, cli);
  registerCruxes(program, cli);
  registerDiff(program, cli);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage mistakes exit 2 (commander has printed the message).
      return e.exitCode === 0 ? 0 : 2;
    }
    // A bad config file is a usage problem for every command that reads one.
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`debate: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`debate: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
  return cli.exitCode;
}

// Lint workers re-enter this bundle (see worker.ts); only the main thread runs the CLI.
if (require.main === module && isMainThread) {
  // `debate lint | head` closes the pipe early: drop the rest of the output quietly instead of
  // crashing on EPIPE, and still exit with the command's own code.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
