// Shared conversions from the core's model to LSP types.
import {
  DiagnosticSeverity, SymbolKind, type Diagnostic as LspDiagnostic, type Location,
} from 'vscode-languageserver';
import {
  anchorOf, incomingRelations, STATUS_MARK, STATUS_TEXT, truncate,
  type AnalyzedDocument, type ClaimStatus, type Diagnostic, type RelationType, type Severity, type Statement, type StatementKind,
} from '../language';

/** Where the project lives; keep in step with `repository` in package.json. */
export const REPOSITORY_URL = 'https://example.invalid/debate-notes';
/** The rule reference; each rule's section is anchored by its id. */
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export function ruleHref(rule: string): string {
  return `${RULES_DOC_URL}#${rule}`;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic, uri: string): LspDiagnostic {
  const out: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Error,
    code: d.rule,
    codeDescription: { href: ruleHref(d.rule) },
    source: 'debate',
    message: d.message,
  };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  if (d.data !== undefined) out.data = d.data;
  return out;
}

/**
 * Outline icons. A claim is the top-level thing (Class), a reason is a part
 * holding it up (Field), a counter strikes at something (Event, the lightning
 * bolt), a crux is the key question (Key); headings group (Namespace).
 */
export const SYMBOL_KIND: Record<StatementKind, SymbolKind> = {
  claim: SymbolKind.Class,
  because: SymbolKind.Field,
  counter: SymbolKind.Event,
  crux: SymbolKind.Key,
};
export const HEADING_SYMBOL_KIND = SymbolKind.Namespace;

/** A status as the editor shows it (inlay hint, code lens, outline, cruxes): "✓ stands". */
export function statusLabel(status: ClaimStatus): string {
  return `${STATUS_MARK[status]} ${STATUS_TEXT[status]}`;
}

/**
 * The letters of `query` appear in `name` in order, case-insensitively: the usual rule for
 * symbol pickers, and completion's fuzzy group.
 */
export function fuzzyMatch(query: string, name: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}

/** "1 reason", "2 reasons". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A statement's display name: its ID, else the start of its text, else its keyword. */
export function displayName(st: Statement, max = 40): string {
  if (st.id !== null) return st.id;
  if (st.text.length > 0) return truncate(st.text, max);
  return st.kind;
}

export function locationOf(uri: string, st: Statement): Location {
  return { uri, range: anchorOf(st) };
}

/** Heading titles from the outermost down to the statement's own heading. */
export function headingPath(doc: AnalyzedDocument, heading: number | null): string[] {
  const path: string[] = [];
  for (let h = heading; h !== null; h = doc.headings[h].parent) path.unshift(doc.headings[h].title || '(untitled)');
  return path;
}

/** True when a position is a sane place in this document. */
export function inDocument(doc: AnalyzedDocument, p: { line: number; character: number } | undefined): boolean {
  return !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0
    && p.line < doc.lineStarts.length && p.character >= 0;
}

export interface RelationCounts { support: number; attack: number; crux: number; sources: number[] }

/**
 * How many statements support, attack and decide statement `s`. A statement that
 * names the same target twice (`crux -> a, a`) counts once. `sources` lists each
 * related statement once, in document order.
 */
export function relationCounts(doc: AnalyzedDocument, s: number): RelationCounts {
  const counts: RelationCounts = { support: 0, attack: 0, crux: 0, sources: [] };
  const seen = new Set<string>();
  const sources = new Set<number>();
  for (const r of incomingRelations(doc, s)) {
    const key = `${r.type}:${r.from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[r.type as RelationType]++;
    sources.add(r.from);
  }
  counts.sources = [...sources].sort((a, b) => a - b);
  return counts;
}
