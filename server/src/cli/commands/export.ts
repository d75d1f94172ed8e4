import { Command, Option } from 'commander';
import { analyze } from '../../language';
import { exportJson } from '../export';
import { readFileArg } from '../files';
import type { CliContext } from '../context';

export function registerExport(program: Command, cli: CliContext): void {
  program
    .command('export')
    .description('Print the semantic model of one file.')
    .argument('<file>', 'a .debate file')
    .addOption(new Option('--to <format>', 'export format').choices(['json']).default('json'))
    .action(async (file: string) => {
      cli.write(exportJson(analyze((await readFileArg(file)).text)));
    });
}
