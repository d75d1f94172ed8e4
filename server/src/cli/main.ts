#!/usr/bin/env node
// `debate`: lint and export .debate files.
import { Command, CommanderError, Option } from 'commander';
import { analyze } from '../language';
import { exportJson } from './export';
import { collectFiles, readText, UsageError } from './files';
import { formatJson, formatText, lintFiles, summarize } from './lint';
import { version } from '../../../package.json';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name('debate')
    .description('Lint and export structured debate notes (.debate files).')
    .version(version, '-v, --version')
    .showHelpAfterError('(run `debate --help` for usage)')
    .exitOverride();

  program
    .command('lint')
    .description('Check .debate files and print their diagnostics.')
    .argument('[paths...]', 'files, directories (searched for *.debate) or globs', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 no errors, 1 errors found, 2 usage or I/O problem.')
    .action(async (paths: string[], opts: { format: string }) => {
      const results = await lintFiles(paths);
      process.stdout.write(opts.format === 'json' ? formatJson(results) : formatText(results));
      exitCode = summarize(results).errors > 0 ? 1 : 0;
    });

  program
    .command('export')
    .description('Print the semantic model of one file.')
    .argument('<file>', 'a .debate file')
    .addOption(new Option('--to <format>', 'export format').choices(['json']).default('json'))
    .action(async (file: string) => {
      const [abs] = await collectFiles([file]);
      process.stdout.write(exportJson(analyze(await readText(abs))));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage mistakes exit 2 (commander has printed the message).
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`debate: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`debate: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
  return exitCode;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
