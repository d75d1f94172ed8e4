// Completion. Reads the line as typed up to the cursor (half-typed lines are usually syntax
// errors, so the parsed model alone can't say where the cursor is):
// - keywords (and two snippets) where a line starts, when what is typed so far is a keyword prefix;
// - IDs after `->` and after `,` in a target list, and after `@` in text;
// - rule names in `// debate-disable…` directives, IDs and statuses in `// debate-expect ID: status`.
// IDs come best first: prefix matches, then fuzzy (subsequence) matches, then the rest; within
// each group the statements nearest to the cursor first.
import {
  CompletionItemKind, InsertTextFormat, InsertTextMode,
  type CompletionItem, type CompletionParams, type Range,
} from 'vscode-languageserver';
import { isWordCharBefore, KEYWORDS, RULES, type AnalyzedDocument, type Statement } from '../language';
import { fuzzyMatch } from './convert';
import { lineText } from './structure';

const ID_CHARS = /[\p{L}\p{Nd}\p{M}_.\-]*$/u;
const ID_CHARS_AHEAD = /^[\p{L}\p{Nd}\p{M}_.\-]*/u;
const KEYWORD_START = /^([ \t]*)([A-Za-z]*)$/;
// keyword, optional own ID, `->`, then targets so far; no `:` yet (the header is still open).
const TARGET_LIST = /^[ \t]*(?:claim|because|counter|crux)[ \t]+(?:([^\s:,>-][^\s:]*?)[ \t]*)?->([^:]*)$/i;
const EXPECT_ID = /^[ \t]*\/\/[ \t]*debate-expect[ \t]+[\p{L}\p{Nd}\p{M}_.\-]*$/u;
const EXPECT_STATUS = /^[ \t]*\/\/[ \t]*debate-expect[ \t]+[\p{L}\p{Nd}\p{M}_.\-]+[ \t]*:[ \t]*[\w-]*$/u;
/** What a `debate-expect` may state (docs/semantics.md). */
const EXPECT_WORDS = ['stands', 'defeated', 'contested', 'unsupported'];
const DIRECTIVE = /^[ \t]*\/\/[ \t]*debate-(?:disable-next-line|disable)[ \t]+((?:[\w-]+[ \t]*,?[ \t]*)*)$/;

export function provideCompletion(doc: AnalyzedDocument, params: CompletionParams): CompletionItem[] {
  const { line, character } = params.position;
  if (line < 0 || line >= doc.lineStarts.length) return [];
  const full = lineText(doc, line);
  const before = full.slice(0, character);
  const partial = ID_CHARS.exec(before)![0];
  const ahead = ID_CHARS_AHEAD.exec(full.slice(character))![0];
  const replace: Range = {
    start: { line, character: character - partial.length },
    end: { line, character: character + ahead.length },
  };

  const kw = KEYWORD_START.exec(before);
  if (kw && !(kw[1] === '' && full.startsWith('#')) && KEYWORDS.some((k) => k.startsWith(kw[2].toLowerCase()))) {
    const after = full[replace.end.character];
    return keywordItems(doc, line, replace, after === undefined || !/[\s:]/.test(after));
  }

  const dir = DIRECTIVE.exec(before);
  if (dir) {
    const listed = new Set(dir[1].split(/[\s,]+/).filter(Boolean));
    return RULES.filter((r) => !listed.has(r.id)).map((r) => ({
      label: r.id, kind: CompletionItemKind.Value, detail: r.defaultSeverity, documentation: r.description,
      textEdit: { range: replace, newText: r.id },
    }));
  }
  if (EXPECT_ID.test(before)) return idItems(doc, line, partial, replace, () => true);
  if (EXPECT_STATUS.test(before)) {
    return EXPECT_WORDS.map((w, i) => ({
      label: w, kind: CompletionItemKind.EnumMember, sortText: String(i), textEdit: { range: replace, newText: w },
    }));
  }
  if (/^[ \t]*\/\//.test(before) || (before.startsWith('#'))) return [];

  const targets = TARGET_LIST.exec(before);
  if (targets && /(?:->|,)[ \t]*[\p{L}\p{Nd}\p{M}_.\-]*$/u.test(before)) {
    const own = targets[1] ?? null;
    const listed = new Set(targets[2].split(',').map((s) => s.trim()).filter(Boolean));
    listed.delete(partial);
    return idItems(doc, line, partial, replace, (st) => st.id !== own && !listed.has(st.id!));
  }

  const at = before.length - partial.length - 1;
  // Where the parser reads a mention: an `@` not preceded by a word character.
  if (at >= 0 && before[at] === '@' && !isWordCharBefore(before, at)) {
    const owner = doc.lineOwner[line];
    const self = owner >= 0 ? doc.statements[owner].id : null;
    return idItems(doc, line, partial, replace, (st) => st.id !== self);
  }
  return [];
}

function keywordItems(doc: AnalyzedDocument, line: number, replace: Range, space: boolean): CompletionItem[] {
  const items: CompletionItem[] = KEYWORDS.map((k, i) => ({
    label: k, kind: CompletionItemKind.Keyword, sortText: `0${i}`,
    detail: KEYWORD_DETAIL[k], textEdit: { range: replace, newText: space ? k + ' ' : k },
  }));
  items.push({
    label: 'claim … because …', kind: CompletionItemKind.Snippet, sortText: '10', filterText: 'claim',
    detail: 'a claim with a reason under it',
    insertTextFormat: InsertTextFormat.Snippet, insertTextMode: InsertTextMode.adjustIndentation,
    textEdit: { range: replace, newText: 'claim ${1:id}: ${2:text}\n  because ${3:reason}' },
  });
  const ids = nearestIds(doc, line, 30);
  const choice = ids.length ? '${2|' + ids.map(escapeChoice).join(',') + '|}' : '${2:target}';
  items.push({
    label: 'counter … -> …', kind: CompletionItemKind.Snippet, sortText: '11', filterText: 'counter',
    detail: 'an objection to a statement anywhere in the file',
    insertTextFormat: InsertTextFormat.Snippet, insertTextMode: InsertTextMode.adjustIndentation,
    textEdit: { range: replace, newText: 'counter ${1:id} -> ' + choice + ': ${3:text}' },
  });
  return items;
}

const KEYWORD_DETAIL: Record<string, string> = {
  claim: 'a position someone holds',
  because: 'a reason: supports its target',
  counter: 'an objection: attacks its target',
  crux: 'a question that decides its targets',
};

function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => '\\' + c);
}

/**
 * The first `max` defined IDs (first definitions) nearest to `line`, the one above first on a tie.
 * Statements are in line order, so this walks outwards from `line` instead of sorting every ID
 * on each keystroke.
 */
function nearestIds(doc: AnalyzedDocument, line: number, max: number): string[] {
  const sts = doc.statements;
  // hi: the first statement on or below `line`; lo: the last one above it.
  let hi = 0;
  for (let b = sts.length; hi < b;) {
    const m = (hi + b) >> 1;
    if (sts[m].line < line) hi = m + 1; else b = m;
  }
  let lo = hi - 1;
  const out: string[] = [];
  while (out.length < max && (lo >= 0 || hi < sts.length)) {
    const st = hi >= sts.length || (lo >= 0 && line - sts[lo].line <= sts[hi].line - line) ? sts[lo--] : sts[hi++];
    if (st.id !== null && doc.ids.get(st.id) === st.index) out.push(st.id);
  }
  return out;
}

/** At most this many IDs are offered; the list is then marked incomplete so the editor asks again as the user types. */
export const MAX_ID_ITEMS = 200;

function idItems(
  doc: AnalyzedDocument, line: number, typed: string, replace: Range, keep: (st: Statement) => boolean,
): CompletionItem[] {
  // Rank first, build items only for the best: a large file has thousands of IDs.
  const ranked: { key: string; st: Statement }[] = [];
  const lower = typed.toLowerCase();
  for (const i of doc.ids.values()) {
    const st = doc.statements[i];
    if (!keep(st)) continue;
    const id = st.id!;
    const group = id.startsWith(typed) ? 0 : id.toLowerCase().startsWith(lower) ? 1 : fuzzyMatch(typed, id) ? 2 : 3;
    const distance = Math.abs(st.line - line);
    ranked.push({ key: `${group}${String(distance).padStart(7, '0')}`, st });
  }
  ranked.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked.slice(0, MAX_ID_ITEMS).map(({ key, st }) => ({
    label: st.id!,
    kind: CompletionItemKind.Reference,
    detail: `${st.kind}: ${shorten(st.text)}`,
    documentation: st.text,
    labelDetails: { description: st.kind },
    sortText: key,
    filterText: st.id!,
    textEdit: { range: replace, newText: st.id! },
  }));
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}
