import { Command, Option } from 'commander';
import { formatJson, formatText, lintFiles, summarize } from '../lint';
import type { CliContext } from '../context';

export function registerLint(program: Command, cli: CliContext): void {
  program
    .command('lint')
    .description('Check .debate files and print their diagnostics.')
    .argument('[paths...]', 'files, directories (searched for *.debate) or globs', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 no errors, 1 errors found, 2 usage or I/O problem.')
    .action(async (paths: string[], opts: { format: string }) => {
      const results = await lintFiles(paths);
      cli.write(opts.format === 'json' ? formatJson(results) : formatText(results));
      cli.exitCode = summarize(results).errors > 0 ? 1 : 0;
    });
}
