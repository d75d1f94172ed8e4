// The canonical layout of a .debate file. Pure string → string, shared by the
// language server (Format Document) and the CLI (`debate fmt`).
//
// What it changes (whitespace only, never a word):
// - statements: indentation = depth in the parent structure × `indent` spaces; the header
//   spelled `keyword id -> a, b: text` (one space around `->`, after `,` and `:`, none before
//   `:` or `,`); one space between a keyword and header-less text. Keywords keep their case.
// - continuation lines: the statement's indentation + `continuationIndent` (default two levels,
//   so they stay visually apart from nested statements, as in the examples).
// - headings: `# Title` with one space. Comments: indented like the statement or continuation
//   line that follows them (kept as they are when none follows before a heading).
// - trailing spaces and tabs removed everywhere; blank lines kept (emptied): the line count never
//   changes, apart from a final newline added when missing. BOM and each line's ending (LF, CRLF,
//   CR) kept.
// Lines that are syntax errors keep their text (only trailing spaces and tabs go); a statement
// whose header has a syntax error is re-indented but its text is kept as written.
// Each section (a heading up to the next one; nesting never crosses a heading) is checked: its
// formatted text must parse to the same statements, structure and lines as the original. If it
// doesn't (a stray line that would turn into a continuation, say), that section keeps its
// indentation and gets only the line-local changes.
import { parse, type SyntaxTree } from './parser';
import type { Statement } from './types';

export interface FormatOptions {
  /** Spaces per nesting level (default 2). */
  indent?: number;
  /** Extra spaces for continuation lines, relative to their statement (default 2 × indent). */
  continuationIndent?: number;
}

// Spaces and tabs only: other Unicode spaces can be part of a heading's title.
const TRAILING_WS = /[ \t]+$/;
const LEADING_WS = /^[ \t]+/;

function trimEnd(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c === 32 || c === 9 ? s.replace(TRAILING_WS, '') : s;
}

function sameLines(a: string[], b: string[], from: number, to: number): boolean {
  for (let l = from; l < to; l++) if (a[l] !== b[l]) return false;
  return true;
}

export function formatDocument(input: string, options: FormatOptions = {}): string {
  const unit = options.indent ?? 2;
  const cont = options.continuationIndent ?? 2 * unit;
  const bom = input.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? input.slice(1) : input;
  const tree = parse(text);
  const n = tree.lineStarts.length;
  const lines: string[] = new Array(n);
  const eols: string[] = new Array(n);
  for (let l = 0; l < n; l++) {
    lines[l] = text.slice(tree.lineStarts[l], tree.lineEnds[l]);
    eols[l] = l + 1 < n ? text.slice(tree.lineEnds[l], tree.lineStarts[l + 1]) : '';
  }
  const wanted = layout(tree, lines, unit, cont, true);
  let lineLocal: string[] | null = null;
  let trimmed: string[] | null = null;
  const section = (src: string[], from: number, to: number): string => {
    let s = '';
    for (let l = from; l < to; l++) s += src[l] + eols[l];
    return s;
  };

  // Verify section by section; the preamble before the first heading is a section too.
  const starts = [0, ...tree.headings.map((h) => h.range.start.line).filter((l) => l > 0)];
  const out: string[] = new Array(n);
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s];
    const to = s + 1 < starts.length ? starts[s + 1] : n;
    let pick = wanted;
    if (!sameLines(lines, wanted, from, to) && !sameStructure(section(lines, from, to), section(wanted, from, to))) {
      // Keep this section's indentation; headers, headings and trailing whitespace are line-local.
      lineLocal ??= layout(tree, lines, unit, cont, false);
      // Trailing spaces and tabs are never part of what the parser reads, so that much is always safe.
      pick = sameStructure(section(lines, from, to), section(lineLocal, from, to)) ? lineLocal : (trimmed ??= lines.map(trimEnd));
    }
    for (let l = from; l < to; l++) out[l] = pick[l];
  }
  if (eols[n - 1] === '' && out[n - 1] !== '') eols[n - 1] = n > 1 ? eols[0] : '\n';
  let result = bom;
  for (let l = 0; l < n; l++) result += out[l] + eols[l];
  return result;
}

function layout(tree: SyntaxTree, lines: string[], unit: number, cont: number, reindent: boolean): string[] {
  const depth: number[] = [];
  for (const st of tree.statements) depth.push(st.parent === null ? 0 : depth[st.parent] + 1);
  const errorLines = new Set(tree.syntaxErrors.map((e) => e.range.start.line));
  const owner = new Int32Array(lines.length).fill(-1);
  for (const st of tree.statements) for (let l = st.line; l <= st.endLine; l++) owner[l] = st.index;
  const headingAt = new Map(tree.headings.map((h) => [h.range.start.line, h]));

  const out = lines.map(trimEnd);
  // Indentation each line gets (statements and continuations), for the comments above them.
  const indentOf: (number | null)[] = new Array(lines.length).fill(null);
  for (let l = 0; l < lines.length; l++) {
    const raw = out[l];
    const kind = tree.lineKinds[l];
    if (kind === 'blank') {
      out[l] = '';
    } else if (kind === 'heading') {
      const h = headingAt.get(l)!;
      out[l] = '#'.repeat(h.level) + (h.title ? ' ' + h.title : '');
    } else if (kind === 'statement') {
      const st = tree.statements[owner[l]];
      const ind = depth[st.index] * unit;
      indentOf[l] = ind;
      const body = errorLines.has(l)
        ? raw.slice(st.keywordRange.start.character)
        : statementLine(st, raw, tree.references);
      out[l] = (reindent ? ' '.repeat(ind) : raw.slice(0, st.keywordRange.start.character)) + body;
    } else if (kind === 'continuation' && reindent) {
      const st = tree.statements[owner[l]];
      const ind = depth[st.index] * unit + cont;
      indentOf[l] = ind;
      out[l] = ' '.repeat(ind) + raw.replace(LEADING_WS, '');
    }
  }
  // Comments take the indentation of the next statement or continuation line.
  let next: number | null = null;
  for (let l = lines.length - 1; l >= 0; l--) {
    const kind = tree.lineKinds[l];
    if (kind === 'statement' || kind === 'continuation') next = indentOf[l];
    else if (kind === 'heading' || kind === 'error') next = null;
    else if (kind === 'comment' && next !== null && reindent) out[l] = ' '.repeat(next) + out[l].replace(LEADING_WS, '');
  }
  return out;
}

/** The statement's first line from its keyword on, header spelled canonically. */
function statementLine(st: Statement, raw: string, refs: SyntaxTree['references']): string {
  let head = st.keyword;
  let restFrom = st.keywordRange.end.character;
  if (st.idRange || st.hasArrow) {
    if (st.colonRange === null) return raw.slice(st.keywordRange.start.character);
    if (st.id !== null) head += ' ' + st.id;
    if (st.hasArrow) head += ' -> ' + st.targets.map((t) => refs[t].name).join(', ');
    head += ':';
    restFrom = st.colonRange.end.character;
  } else if (st.colonRange) {
    head += ':';
    restFrom = st.colonRange.end.character;
  }
  const rest = raw.slice(restFrom).trim();
  return rest ? head + ' ' + rest : head;
}

/** Same lines, statements, structure, headings and directives: what formatting must keep. */
function sameStructure(a: string, b: string): boolean {
  if (a === b) return true;
  return signature(parse(a)) === signature(parse(b));
}

function signature(t: SyntaxTree): string {
  return JSON.stringify([
    t.lineKinds,
    t.statements.map((s) => [
      s.kind, s.keyword, s.id, s.text, s.parent, s.hasArrow, s.colonRange !== null, s.line, s.endLine,
      s.targets.map((r) => t.references[r].name), s.mentions.map((r) => t.references[r].name),
    ]),
    t.headings.map((h) => [h.level, h.title, h.parent, h.statements]),
    t.directives.map((d) => [d.kind, d.line, d.rules.map((r) => r.name), d.expect?.id, d.expect?.status]),
    t.syntaxErrors.map((e) => [e.range.start.line, e.message]),
  ]);
}
