import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseRuleOption } from '../../config';
import type { SeveritySetting } from '../../language';
import type { CliContext } from '../context';
import { decodeUtf8, UsageError } from '../files';
import { FORMATTERS, repositoryRoot, wantColor } from '../formatters';
import { plural } from '../formatters/report';
import { errorsOnly, lintFiles, lintText, summarize, type FileResult } from '../lint';

interface LintCliOptions {
  format: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule: Record<string, SeveritySetting>;
  config?: string | false;
  stdin?: boolean;
  stdinFilename?: string;
  outputFile?: string;
  jobs?: number;
}

const HELP = `
Configuration:
  The nearest debate.config.json above each file applies, e.g.
    { "rules": { "unsupported-claim": "error", "circular-support": "off" }, "ignore": ["drafts/**"] }
  Severities: error, warning, info, hint, off. \`ignore\` globs are relative to the config file.
  --rule overrides the config file; --config uses one file for all; --no-config uses none.

Formats:
  stylish  grouped by file, coloured on a terminal (NO_COLOR / FORCE_COLOR respected) (default)
  compact  file:line:col  severity  message  rule   (one line per finding, 1-based)
  json     { version: 1, files: [{ path, diagnostics }], summary } with 0-based LSP ranges
  sarif    SARIF 2.1.0 for GitHub code scanning; paths relative to the repository root
  github   GitHub Actions annotations (::error file=…,line=…::message)

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  usage error, bad config file, or a file that cannot be read or written`;

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return Number(value);
}

function positiveInt(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 1.');
  return Number(value);
}

/** A format name; `text` is the first CLI's name for `compact`. */
function parseFormat(value: string): string {
  if (value === 'text') return 'compact';
  if (!(value in FORMATTERS)) throw new InvalidArgumentError(`Allowed choices are ${Object.keys(FORMATTERS).join(', ')}.`);
  return value;
}

function collectRule(spec: string, acc: Record<string, SeveritySetting>): Record<string, SeveritySetting> {
  try {
    const [id, sev] = parseRuleOption(spec);
    return { ...acc, [id]: sev };
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

export function registerLint(program: Command, cli: CliContext): void {
  program
    .command('lint')
    .description('Check .debate files and print their diagnostics.')
    .argument('[paths...]', 'files, directories (searched for *.debate) or globs; default: the working directory', [])
    .addOption(new Option('-f, --format <format>', `output format: ${Object.keys(FORMATTERS).join(', ')}`).argParser(parseFormat).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInt)
    .option('-q, --quiet', 'report errors only (warnings are not shown nor counted)')
    .option('--rule <rule=severity>', 'set a rule\'s severity (error|warning|info|hint|off); repeatable', collectRule, {})
    .option('-c, --config <path>', 'use this config file for every file instead of the nearest debate.config.json')
    .option('--no-config', 'ignore debate.config.json files')
    .option('--stdin', 'lint text read from standard input')
    .option('--stdin-filename <name>', 'path to report and to look up the config for --stdin')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('-j, --jobs <n>', 'worker threads (1 = serial); default: chosen by the number of files', positiveInt)
    .addHelpText('after', HELP)
    .action(async (paths: string[], opts: LintCliOptions) => {
      const cwd = process.cwd();
      if (opts.stdin && paths.length) throw new UsageError('give either --stdin or paths, not both');
      if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError('--stdin-filename needs --stdin');
      const options = {
        cwd,
        rules: opts.rule,
        jobs: opts.jobs,
        config: { configPath: opts.config || undefined, noConfig: opts.config === false },
        onIgnored: (p: string) => process.stderr.write(`debate: ${p} is ignored by the config file's \`ignore\`\n`),
      };
      const progress = progressLine();
      let results: FileResult[];
      try {
        results = opts.stdin
          ? lintText(await readStdin(), opts.stdinFilename, options)
          : await lintFiles(paths, { ...options, onProgress: progress.update });
      } finally {
        progress.clear();
      }
      if (opts.quiet) results = errorsOnly(results);

      const formatter = FORMATTERS[opts.format];
      const toFile = opts.outputFile !== undefined;
      const report = formatter(results, {
        cwd,
        root: repositoryRoot(cwd),
        // A report file never gets colour codes, whatever FORCE_COLOR says.
        color: !toFile && wantColor(process.env, process.stdout.isTTY === true),
      });
      if (toFile) writeReport(path.resolve(cwd, opts.outputFile!), report);
      else cli.write(report);

      const s = summarize(results);
      const tooManyWarnings = opts.maxWarnings !== undefined && s.warnings > opts.maxWarnings;
      if (tooManyWarnings) process.stderr.write(`debate: ${plural(s.warnings, 'warning')}, more than --max-warnings ${opts.maxWarnings}\n`);
      cli.exitCode = s.errors > 0 || tooManyWarnings ? 1 : 0;
    });
}

function writeReport(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write \`${file}\`: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = decodeUtf8(Buffer.concat(chunks));
  if (text === null) throw new UsageError('standard input is not valid UTF-8');
  return text;
}

/** "linting 120/2000 files" on a terminal's stderr, only once a run has taken over a second. */
function progressLine(): { update: (done: number, total: number) => void; clear: () => void } {
  const started = Date.now();
  // Tests set the delay to 0 to see the line without a slow run.
  const delay = Number(process.env.DEBATE_PROGRESS_DELAY_MS ?? 1000);
  let drawn = 0;
  const tty = process.stderr.isTTY === true;
  return {
    update(done, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - started < delay || now - drawn < 100) return;
      drawn = now;
      process.stderr.write(`\rlinting ${done}/${total} files…\x1b[K`);
    },
    clear() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
