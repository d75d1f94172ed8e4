// Chevrotain lexer and parser for a statement's header: `ID? ( '->' ID ( ',' ID )* )? ':'`.
// Only the header is parsed with Chevrotain; the per-line pre-pass in parser.ts finds it.
// One parser instance is reused (Chevrotain parsers are built once and fed new input).
import { createToken, EmbeddedActionsParser, IToken, Lexer, MismatchedTokenException } from 'chevrotain';
import { ID_STICKY, matchId } from './ids';

const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t]+/, group: Lexer.SKIPPED });
const Arrow = createToken({ name: 'Arrow', pattern: /->/, label: '`->`' });
const Colon = createToken({ name: 'Colon', pattern: /:/, label: '`:`' });
const Comma = createToken({ name: 'Comma', pattern: /,/, label: '`,`' });
// A `u`-flag regex cannot be first-char optimised, so it is a custom pattern over a sticky regex.
const Id = createToken({
  name: 'Id',
  label: 'an ID',
  pattern: {
    exec(text: string, offset: number) {
      ID_STICKY.lastIndex = offset;
      return ID_STICKY.exec(text);
    },
  },
  line_breaks: false,
});

const allTokens = [WhiteSpace, Arrow, Colon, Comma, Id];
const headerLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false });

export interface HeaderResult {
  id: IToken | null;
  arrow: IToken | null;
  targets: IToken[];
  colon: IToken | null;
  /** First problem only (offsets relative to the header text). */
  error: { message: string; start: number; end: number } | null;
  /** Offset (relative) where the statement's text starts when the header is not closed. */
  textStart: number;
}

class HeaderParser extends EmbeddedActionsParser {
  result!: HeaderResult;
  constructor() {
    super(allTokens, { recoveryEnabled: true });
    // The grammar is recorded by running the rule once; it needs a result to write into.
    this.result = { id: null, arrow: null, targets: [], colon: null, error: null, textStart: 0 };
    this.performSelfAnalysis();
  }
  header = this.RULE('header', () => {
    const r = this.result;
    this.OPTION(() => { r.id = this.CONSUME(Id); });
    this.OPTION2(() => {
      r.arrow = this.CONSUME(Arrow);
      r.targets.push(this.CONSUME2(Id));
      this.MANY(() => {
        this.CONSUME(Comma);
        r.targets.push(this.CONSUME3(Id));
      });
    });
    r.colon = this.CONSUME(Colon);
  });
}

const parser = new HeaderParser();

function describe(tok: IToken | undefined): string {
  if (!tok || tok.tokenType.name === 'EOF') return 'the end of the line';
  return '`' + tok.image + '`';
}

/** Parse a header written at `text[from, to)`. Never throws. */
export function parseHeader(text: string, from: number, to: number): HeaderResult {
  const src = text.slice(from, to);
  const lexed = headerLexer.tokenize(src);
  const result: HeaderResult = { id: null, arrow: null, targets: [], colon: null, error: null, textStart: src.length };
  if (lexed.errors.length > 0) {
    const e = lexed.errors[0];
    const ch = src.slice(e.offset, e.offset + e.length);
    // Tokens before the bad character still form a usable header; the rest is text.
    const tokens = lexed.tokens.filter((t) => t.startOffset < e.offset);
    runParser(tokens, result, true);
    // A grammar error before the bad character (e.g. an unclosed header) is the real problem.
    if (result.error && result.error.start < e.offset && result.textStart < e.offset) {
      result.error.end = src.length;
      return result;
    }
    result.error = {
      message: `unexpected \`${ch}\` in the header: IDs are letters, digits, \`_\`, \`.\` and \`-\`; close the header with \`:\` before the text`,
      start: e.offset,
      end: src.length,
    };
    result.textStart = e.offset;
    return result;
  }
  runParser(lexed.tokens, result, true);
  return result;
}

// With `positionTracking: 'onlyOffset'` tokens carry no `endOffset`.
function endOf(tok: IToken): number {
  return tok.startOffset + tok.image.length;
}

function runParser(tokens: IToken[], result: HeaderResult, reportErrors: boolean): void {
  parser.result = result;
  parser.input = tokens;
  try {
    parser.header();
  } catch {
    // Chevrotain does not throw with recovery on; this guards the invariant anyway.
  }
  // Drop tokens the recovery invented: they have no text in the document.
  if (result.id?.isInsertedInRecovery) result.id = null;
  if (result.colon?.isInsertedInRecovery || (result.colon && isNaN(result.colon.startOffset))) result.colon = null;
  result.targets = result.targets.filter((t) => !t.isInsertedInRecovery && !isNaN(t.startOffset));
  const errs = parser.errors;
  if (errs.length === 0 || !reportErrors) return;
  const e = errs[0];
  const tok = e.token;
  const last = tokens.length ? tokens[tokens.length - 1] : undefined;
  const atEnd = !tok || tok.tokenType.name === 'EOF' || isNaN(tok.startOffset);
  const prev = e instanceof MismatchedTokenException ? (e as unknown as { previousToken?: IToken }).previousToken : undefined;
  let message: string;
  const expectsId = /an ID/.test(e.message);
  const after = prev && !isNaN(prev.startOffset) ? prev : undefined;
  if (expectsId && after && after.tokenType === Arrow) message = '`->` must be followed by the ID of the statement it targets';
  else if (expectsId && after && after.tokenType === Comma) message = '`,` must be followed by another target ID';
  else if (result.arrow) message = `the header is not closed: put \`:\` after the last target, then the text (found ${describe(tok)})`;
  else message = `unexpected ${describe(tok)} in the header; write \`ID -> TARGET: text\``;
  let start: number, end: number;
  if (atEnd) {
    start = last ? last.startOffset : 0;
    end = last ? endOf(last) : 0;
  } else {
    start = tok.startOffset;
    end = result.colon ? endOf(tok) : (last ? endOf(last) : endOf(tok));
  }
  result.error = { message, start, end };
  if (!result.colon && !atEnd) {
    result.textStart = tok.startOffset;
    // Recovery may skip the bad token and read on; what follows it is text, not targets.
    result.targets = result.targets.filter((t) => t.startOffset < tok.startOffset);
  }
}

/** A well-formed header, as absolute offsets into the text. */
export interface ScannedHeader {
  /** [start, end) of the ID, or null. */
  id: [number, number] | null;
  /** Offset of `->`, or -1. */
  arrow: number;
  /** [start, end) of each target. */
  targets: [number, number][];
  /** Offset of the closing `:` (-1 in parser.ts for a header with an error that is not closed). */
  colon: number;
}

/** The first offset at or after `k` (before `end`) that is not a space or a tab. */
export function skipBlanks(text: string, k: number, end: number): number {
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) break;
    k++;
  }
  return k;
}

/**
 * Reads a header at `text[from, end)` when it is well formed (`ID? ( -> ID ( , ID )* )? :`), else
 * returns null and the caller asks `parseHeader` (Chevrotain, with recovery and messages). The same
 * grammar and tokens; it exists because most headers are well formed and a Chevrotain run
 * allocates a few kilobytes, which dominated the cost of large files.
 */
export function scanHeader(text: string, from: number, end: number): ScannedHeader | null {
  let k = skipBlanks(text, from, end);
  let id: [number, number] | null = null;
  let arrow = -1;
  const targets: [number, number][] = [];
  if (k < end && text.charCodeAt(k) === 58) return { id, arrow, targets, colon: k }; // empty header, as the grammar allows
  if (!(text.charCodeAt(k) === 45 && text.charCodeAt(k + 1) === 62)) {
    const e = matchId(text, k);
    if (e < 0 || e > end) return null;
    id = [k, e];
    k = skipBlanks(text, e, end);
  }
  if (k + 1 < end && text.charCodeAt(k) === 45 && text.charCodeAt(k + 1) === 62) {
    arrow = k;
    k += 2;
    for (;;) {
      k = skipBlanks(text, k, end);
      const e = matchId(text, k);
      if (e < 0 || e > end) return null;
      targets.push([k, e]);
      k = skipBlanks(text, e, end);
      if (k < end && text.charCodeAt(k) === 44) { k++; continue; }
      break;
    }
  }
  if (k >= end || text.charCodeAt(k) !== 58) return null;
  return { id, arrow, targets, colon: k };
}
