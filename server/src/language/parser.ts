// The per-line pre-pass: classifies every line (blank, comment, heading, statement,
// continuation, error) and builds statements, headings, references and directives.
// It never throws: a line it cannot read becomes a syntax issue and the next line starts afresh.
import type { IToken } from 'chevrotain';
import { parseHeader, scanHeader, skipBlanks, type ScannedHeader } from './header';
import { closest, isWordCharBefore, matchId } from './ids';
import { codeList } from './names';
import type {
  Directive, Heading, LineKind, Range, Reference, Statement, StatementKind, SyntaxIssue, TextSegment,
} from './types';

export const KEYWORDS: readonly StatementKind[] = ['claim', 'because', 'counter', 'crux'];

export interface SyntaxTree {
  text: string;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** Offset of each line's end, without the line break (and without a CR before it). */
  lineEnds: number[];
  lineKinds: LineKind[];
  statements: Statement[];
  headings: Heading[];
  references: Reference[];
  directives: Directive[];
  syntaxErrors: SyntaxIssue[];
  /** Lines whose indentation mixes tabs and spaces, with the indentation's length in characters. */
  mixedIndentation: Range[];
}

const DIRECTIVE_RE = /debate-(disable-next-line|disable|expect)(?=\s|$)/ym;
const DIRECTIVES = ['debate-disable-next-line', 'debate-disable', 'debate-expect'];

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function parse(input: string): SyntaxTree {
  // A byte-order mark is not part of the text an editor shows.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const tree: SyntaxTree = {
    text, lineStarts: [], lineEnds: [], lineKinds: [], statements: [], headings: [], references: [],
    directives: [], syntaxErrors: [], mixedIndentation: [],
  };
  const len = text.length;
  const statements = tree.statements;
  // Statements since the last heading, innermost last: the candidates for a parent.
  const stack: Statement[] = [];
  let last: Statement | null = null; // most recent statement since the last heading
  let heading: Heading | null = null;
  const headingStack: Heading[] = [];
  let pos = 0;
  let line = 0;
  // Lines end at LF, CRLF or a lone CR, as in editors (LSP positions count lines that way).
  let nextCr = text.indexOf('\r');
  for (;;) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = len;
    if (nextCr >= 0 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const end = nextCr >= 0 && nextCr < eol ? nextCr : eol;
    // Offset of the next line: after the LF, the CRLF or the lone CR.
    const next = end === eol || (end + 1 === eol && eol < len) ? eol + 1 : end + 1;
    tree.lineStarts.push(pos);
    tree.lineEnds.push(end);

    // Indentation: spaces and tabs (a tab counts 4 columns).
    let i = pos;
    let col = 0;
    let tabs = false;
    let spaces = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) { col++; spaces = true; } else if (c === 9) { col += 4; tabs = true; } else break;
    }
    let kind: LineKind;
    const c0 = i < end ? text.charCodeAt(i) : -1;
    if (c0 < 0 || (c0 > 127 && isBlankFrom(text, i, end)) || (c0 < 32 && isBlankFrom(text, i, end))) {
      kind = 'blank';
    } else {
      if (tabs && spaces) tree.mixedIndentation.push(range(line, 0, i - pos));
      if (c0 === 47 /* / */ && text.charCodeAt(i + 1) === 47 && i + 1 < end) {
        kind = 'comment';
        readDirective(tree, text, line, pos, i + 2, end);
      } else if (c0 === 35 /* # */ && i === pos) {
        let j = i;
        while (j < end && text.charCodeAt(j) === 35) j++;
        const level = j - i;
        const next = j < end ? text.charCodeAt(j) : -1;
        if (level <= 6 && (next < 0 || next === 32 || next === 9)) {
          kind = 'heading';
          let ts = skipBlanks(text, j, end);
          let te = end;
          while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
          while (headingStack.length && headingStack[headingStack.length - 1].level >= level) headingStack.pop();
          heading = {
            index: tree.headings.length, level, title: text.slice(ts, te),
            range: range(line, 0, end - pos), titleRange: range(line, ts - pos, te - pos),
            parent: headingStack.length ? headingStack[headingStack.length - 1].index : null,
            statements: [], endLine: line,
          };
          headingStack.push(heading);
          tree.headings.push(heading);
          stack.length = 0;
          last = null;
        } else {
          kind = 'error';
          tree.syntaxErrors.push({
            message: level > 6
              ? 'headings have at most six `#`: use `######` or fewer'
              : 'a heading needs a space after the `#`s: write `# Title`',
            range: range(line, 0, end - pos),
          });
        }
      } else {
        const kw = keywordAt(text, i, end);
        if (kw !== null) {
          kind = 'statement';
          const st = readStatement(tree, text, line, pos, i, i + kw.length, end, col, kw);
          while (stack.length && stack[stack.length - 1].indent >= col) stack.pop();
          st.parent = stack.length ? stack[stack.length - 1].index : null;
          st.heading = heading ? heading.index : null;
          if (heading) heading.statements.push(st.index);
          stack.push(st);
          last = st;
          statements.push(st);
        } else if (last !== null && col > last.indent) {
          kind = 'continuation';
          continueStatement(tree, last, text, line, pos, i, end);
        } else {
          kind = 'error';
          reportStrayLine(tree, text, line, pos, i, end);
        }
      }
    }
    tree.lineKinds.push(kind);
    if (next > len) break;
    pos = next;
    line++;
  }
  // A section runs to the line before the next heading of the same or a higher level.
  const hs = tree.headings;
  for (let h = 0; h < hs.length; h++) {
    let endLine = line;
    for (let k = h + 1; k < hs.length; k++) {
      if (hs[k].level <= hs[h].level) { endLine = hs[k].range.start.line - 1; break; }
    }
    hs[h].endLine = endLine;
  }
  return tree;
}

/**
 * The keyword starting at `i` (any case) when it is followed by whitespace, `:` or the line end; else null.
 * Compared char by char: this runs on every line, and a regex match allocates.
 */
function keywordAt(text: string, i: number, end: number): StatementKind | null {
  const c = text.charCodeAt(i) | 0x20;
  let kw: StatementKind;
  if (c === 98 /* b */) kw = 'because';
  else if (c !== 99 /* c */) return null;
  else {
    const c1 = text.charCodeAt(i + 1) | 0x20;
    kw = c1 === 108 /* l */ ? 'claim' : c1 === 114 /* r */ ? 'crux' : 'counter';
  }
  const n = kw.length;
  if (i + n > end) return null;
  for (let k = 1; k < n; k++) if ((text.charCodeAt(i + k) | 0x20) !== kw.charCodeAt(k)) return null;
  if (i + n === end) return kw;
  const next = text.charCodeAt(i + n);
  if (next === 32 || next === 9 || next === 58) return kw;
  return isTrimmable(text, i + n) ? kw : null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isBlankFrom(text: string, i: number, end: number): boolean {
  for (; i < end; i++) if (!isTrimmable(text, i)) return false;
  return true;
}

/**
 * Whitespace exactly as the regex `\s` counts it, by char code: a regex test needs a one-char
 * string, which is a new allocation for every non-ASCII character.
 */
function isTrimmable(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function trimBounds(text: string, s: number, e: number): [number, number] {
  while (s < e && isTrimmable(text, s)) s++;
  while (e > s && isTrimmable(text, e - 1)) e--;
  return [s, e];
}

function readStatement(
  tree: SyntaxTree, text: string, line: number, pos: number,
  kwStart: number, kwEnd: number, end: number, indent: number, kind: StatementKind,
): Statement {
  const index = tree.statements.length;
  const st: Statement = {
    index,
    kind,
    keyword: text.slice(kwStart, kwEnd),
    id: null,
    text: '',
    range: range(line, kwStart - pos, end - pos),
    keywordRange: range(line, kwStart - pos, kwEnd - pos),
    idRange: null,
    indent,
    line,
    endLine: line,
    parent: null,
    hasArrow: false,
    arrowRange: null,
    targets: [],
    mentions: [],
    heading: null,
    textSegments: [],
    colonRange: null,
  };
  const j = skipBlanks(text, kwEnd, end);
  let textStart = j;
  const c = text.charCodeAt(j);
  let header = false;
  if (j >= end) {
    header = false;
  } else if (c === 58 /* : */) {
    st.colonRange = range(line, j - pos, j + 1 - pos);
    textStart = j + 1;
  } else if (c === 45 /* - */ && text.charCodeAt(j + 1) === 62 /* > */) {
    header = true;
  } else {
    const idEnd = matchId(text, j);
    if (idEnd > 0 && idEnd <= end) {
      const k = skipBlanks(text, idEnd, end);
      const d = text.charCodeAt(k);
      if (k < end && d === 58) {
        // `ID:` is the common header; it needs no parser (the same tokens Chevrotain would give).
        st.id = text.slice(j, idEnd);
        st.idRange = range(line, j - pos, idEnd - pos);
        st.colonRange = range(line, k - pos, k + 1 - pos);
        textStart = k + 1;
      } else if (k < end && d === 45 && text.charCodeAt(k + 1) === 62) {
        header = true;
      }
    }
  }
  const fast = header ? scanHeader(text, j, end) : null;
  if (fast !== null) {
    applyHeader(tree, st, text, line, pos, fast);
    textStart = fast.colon + 1;
  } else if (header) {
    // A header with an error: Chevrotain's recovery finds what can be kept and says what is wrong.
    // The header runs to the first `:` on this line (searched within the line, not the file).
    let regionEnd = j;
    while (regionEnd < end && text.charCodeAt(regionEnd) !== 58) regionEnd++;
    if (regionEnd < end) regionEnd++;
    const h = parseHeader(text, j, regionEnd);
    // Its tokens as absolute offsets, the scanner's shape (`colon` -1 when the header is not closed).
    const span = (t: IToken): [number, number] => [j + t.startOffset, j + t.startOffset + t.image.length];
    applyHeader(tree, st, text, line, pos, {
      id: h.id ? span(h.id) : null,
      arrow: h.arrow ? j + h.arrow.startOffset : -1,
      targets: h.targets.map(span),
      colon: h.colon ? j + h.colon.startOffset : -1,
    });
    textStart = h.colon ? j + h.colon.startOffset + 1 : j + h.textStart;
    if (h.error) {
      tree.syntaxErrors.push({ message: h.error.message, range: range(line, j - pos + h.error.start, j - pos + h.error.end) });
    }
  }
  addText(tree, st, text, line, pos, textStart, end);
  return st;
}

/** Sets a statement's ID, arrow, targets and colon from a header read by either reader. */
function applyHeader(tree: SyntaxTree, st: Statement, text: string, line: number, pos: number, h: ScannedHeader): void {
  if (h.id) {
    st.id = text.slice(h.id[0], h.id[1]);
    st.idRange = range(line, h.id[0] - pos, h.id[1] - pos);
  }
  if (h.arrow >= 0) {
    st.hasArrow = true;
    st.arrowRange = range(line, h.arrow - pos, h.arrow + 2 - pos);
  }
  for (const [ts, te] of h.targets) {
    st.targets.push(tree.references.length);
    tree.references.push({ kind: 'target', name: text.slice(ts, te), from: st.index, resolved: -1, range: range(line, ts - pos, te - pos) });
  }
  if (h.colon >= 0) st.colonRange = range(line, h.colon - pos, h.colon + 1 - pos);
}

function addText(tree: SyntaxTree, st: Statement, text: string, line: number, pos: number, s0: number, e0: number): void {
  // Trimmed inline (this runs for every line of text; a returned tuple would be garbage per line).
  let s = s0;
  let e = e0;
  while (s < e && isTrimmable(text, s)) s++;
  while (e > s && isTrimmable(text, e - 1)) e--;
  if (s >= e) return;
  const piece = text.slice(s, e);
  st.text = st.text.length ? st.text + ' ' + piece : piece;
  const segment: TextSegment = { line, start: s - pos, end: e - pos };
  // A one-element literal is allocated at its size; a push onto `[]` reserves room for 17.
  if (st.textSegments.length === 0) st.textSegments = [segment];
  else st.textSegments.push(segment);
  // Mentions: `@ID` not preceded by a word character (so e-mail addresses are not mentions).
  // Searched in this line's piece only: `text.indexOf` would scan ahead to the next `@` in the
  // file, which made a long file with few mentions quadratic.
  let k = piece.indexOf('@');
  while (k >= 0) {
    const at = s + k;
    k = piece.indexOf('@', k + 1);
    if (isWordCharBefore(text, at)) continue;
    const idEnd = matchId(text, at + 1);
    if (idEnd > 0 && idEnd <= e) {
      st.mentions.push(tree.references.length);
      tree.references.push({
        kind: 'mention', name: text.slice(at + 1, idEnd), from: st.index, resolved: -1,
        range: range(line, at + 1 - pos, idEnd - pos),
      });
    }
  }
}

function continueStatement(tree: SyntaxTree, st: Statement, text: string, line: number, pos: number, i: number, end: number): void {
  addText(tree, st, text, line, pos, i, end);
  st.endLine = line;
  st.range = { start: st.range.start, end: { line, character: end - pos } };
}

function reportStrayLine(tree: SyntaxTree, text: string, line: number, pos: number, i: number, end: number): void {
  let w = i;
  while (w < end && !isTrimmable(text, w) && text.charCodeAt(w) !== 58) w++;
  const word = text.slice(i, w);
  const suggestion = word.length >= 2 ? closest(word.toLowerCase(), KEYWORDS, 2) : null;
  const [, e] = trimBounds(text, i, end);
  if (suggestion) {
    tree.syntaxErrors.push({
      message: `\`${word}\` is not a keyword — did you mean \`${suggestion}\`?`,
      range: range(line, i - pos, w - pos),
      data: { suggestion, word },
    });
  } else {
    tree.syntaxErrors.push({
      message: 'this line is not a statement: start it with `claim`, `because`, `counter` or `crux`, or indent it deeper than the statement above to continue its text',
      range: range(line, i - pos, e - pos),
    });
  }
}

function readDirective(tree: SyntaxTree, text: string, line: number, pos: number, from: number, end: number): void {
  const j = skipBlanks(text, from, end);
  const c = text.charCodeAt(j);
  if (c !== 100 /* d */ && c !== 68 /* D */) return;
  DIRECTIVE_RE.lastIndex = j;
  const m = DIRECTIVE_RE.exec(text);
  if (m === null || m.index !== j || DIRECTIVE_RE.lastIndex > end) {
    // `// debate-…` that is no directive is a typo, not a comment: say so rather than ignore it.
    if (/^debate-/i.test(text.slice(j, j + 7))) {
      let e = j;
      while (e < end && !isSpace(text.charCodeAt(e))) e++;
      const word = text.slice(j, e);
      const suggestion = closest(word.toLowerCase(), DIRECTIVES, 3);
      tree.syntaxErrors.push({
        message: `unknown directive \`${word}\`${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}; directives are ${codeList(DIRECTIVES)}`,
        range: range(line, j - pos, e - pos),
        data: suggestion ? { suggestion, word } : undefined,
      });
    }
    return;
  }
  const kind = m[1] === 'expect' ? 'expect' : (m[1] as 'disable' | 'disable-next-line');
  const d: Directive = { kind, line, rules: [], range: range(line, j - pos, end - pos) };
  let k = DIRECTIVE_RE.lastIndex;
  if (kind === 'expect') {
    k = skipBlanks(text, k, end);
    const idEnd = matchId(text, k);
    let ok = false;
    if (idEnd > 0 && idEnd <= end) {
      let q = skipBlanks(text, idEnd, end);
      if (text.charCodeAt(q) === 58) {
        q++;
        const [ss, se] = trimBounds(text, q, end);
        if (se > ss) {
          d.expect = {
            id: text.slice(k, idEnd), idRange: range(line, k - pos, idEnd - pos),
            status: text.slice(ss, se), statusRange: range(line, ss - pos, se - pos),
          };
          ok = true;
        }
      }
    }
    if (!ok) {
      tree.syntaxErrors.push({
        message: 'write the expectation as `// debate-expect ID: stands|defeated|contested|unsupported`',
        range: d.range,
      });
      return;
    }
  } else {
    // Rule names, separated by commas and/or spaces.
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 44 || isSpace(c)) { k++; continue; }
      let e = k;
      while (e < end && text.charCodeAt(e) !== 44 && !isSpace(text.charCodeAt(e))) e++;
      d.rules.push({ name: text.slice(k, e), range: range(line, k - pos, e - pos) });
      k = e;
    }
  }
  tree.directives.push(d);
}
