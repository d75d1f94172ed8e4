import { promises as fs } from 'node:fs';
import { Command } from 'commander';
import { ConfigResolver } from '../../config';
import { formatDocument } from '../../language';
import type { CliContext } from '../context';
import { collectFiles, displayPath, readText, UsageError } from '../files';
import { plural } from '../formatters/report';

interface FmtOptions { check?: boolean; config?: string | false }

export function registerFmt(program: Command, cli: CliContext): void {
  program
    .command('fmt')
    .description('Rewrite .debate files in the canonical layout (the editor\'s Format Document).')
    .argument('[paths...]', 'files, directories (searched for *.debate) or globs; default: the working directory', [])
    .option('--check', 'write nothing; list the files that would change and exit 1 if any would')
    .option('-c, --config <path>', 'take `ignore` globs from this config file instead of the nearest debate.config.json')
    .option('--no-config', 'ignore debate.config.json files')
    .addHelpText('after', `
Only whitespace changes: indentation, spacing in headers, trailing spaces, a final newline.
Line endings (LF or CRLF) and a byte order mark are kept. Files matched by a config's
\`ignore\` globs are skipped.

Exit codes:
  0  files formatted (or, with --check, already formatted)
  1  with --check: some files would be reformatted
  2  usage error, bad config file, or a file that cannot be read or written`)
    .action(async (paths: string[], opts: FmtOptions) => {
      const resolver = new ConfigResolver({ configPath: opts.config || undefined, noConfig: opts.config === false });
      const files = (await collectFiles(paths)).filter((f) => !resolver.isIgnored(f));
      const changed: string[] = [];
      for (const file of files) {
        const text = await readText(file);
        const formatted = formatDocument(text);
        if (formatted === text) continue;
        changed.push(displayPath(file));
        if (!opts.check) {
          try {
            await fs.writeFile(file, formatted);
          } catch (e) {
            throw new UsageError(`cannot write \`${displayPath(file)}\`: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
          }
        }
      }
      const lines = [...changed];
      if (opts.check) {
        lines.push(changed.length
          ? `${plural(changed.length, 'file')} of ${files.length} would be reformatted; run \`debate fmt\` to fix`
          : `all ${plural(files.length, 'file')} formatted`);
        cli.exitCode = changed.length ? 1 : 0;
      } else {
        lines.push(`formatted ${plural(changed.length, 'file')}, ${files.length - changed.length} already formatted`);
      }
      cli.write(lines.join('\n') + '\n');
    });
}
