// File discovery and strict UTF-8 reading for the CLI.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** An error the CLI reports on one line and exits 2 for. */
export class UsageError extends Error {}

// ignoreBOM keeps a BOM in the text (the core skips it; `debate fmt` must write it back).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Expand paths, directories (searched for `*.debate`) and globs into a sorted, de-duplicated file list. */
export async function collectFiles(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs.length ? inputs : ['.']) {
    if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new UsageError(`no files match \`${input}\``);
      found.forEach((f) => out.add(path.normalize(f)));
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      throw new UsageError(`cannot find \`${input}\``);
    }
    if (stat.isDirectory()) {
      const found = await glob('**/*.debate', { cwd: abs, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      found.forEach((f) => out.add(path.normalize(f)));
    } else {
      out.add(abs);
    }
  }
  return [...out].sort();
}

/** The one file a one-file command reads, and its text: a directory or a glob must name exactly one file. */
export async function readFileArg(input: string): Promise<{ file: string; text: string }> {
  const files = await collectFiles([input]);
  if (files.length !== 1) {
    throw new UsageError(files.length === 0
      ? `\`${input}\` holds no .debate file: give one file`
      : `\`${input}\` names ${files.length} files: give one file`);
  }
  return { file: files[0], text: await readText(files[0]) };
}

/** Read a file as UTF-8 text; a BOM is kept for the parser to skip. */
export async function readText(file: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read \`${file}\`: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const text = decodeUtf8(buf);
  if (text === null) throw new UsageError(`\`${file}\` is not valid UTF-8: save it as UTF-8 and try again`);
  return text;
}

/** Bytes as UTF-8 text with a BOM kept (the core skips it), or null when they are not UTF-8. */
export function decodeUtf8(buf: Uint8Array): string | null {
  try {
    return decoder.decode(buf);
  } catch {
    return null;
  }
}

/** A file's path relative to `root` with `/` separators, or null when outside it. */
export function relativeTo(root: string, file: string): string | null {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** A path as people read it in a report: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  return relativeTo(cwd, file) ?? file;
}
