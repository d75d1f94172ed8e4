// The pipeline: parse → link → validate. One call gives the analysed document
// that the language server, the CLI and the exporters all read.
import { link, type LinkedModel } from './model';
import { codeList } from './names';
import { parse } from './parser';
import { RULES, RULES_BY_ID } from './rules';
import { labelsOf } from './status';
import type { AnalysisOptions, Diagnostic, Position, Range, Reference, Severity, Statement } from './types';

export interface AnalyzedDocument extends LinkedModel {
  diagnostics: Diagnostic[];
  /** Grounded label of each statement: IN, OUT or UNDECIDED (see status.ts). Computed on first read. */
  readonly labels: Int8Array;
}

export function analyze(text: string, options: AnalysisOptions = {}): AnalyzedDocument {
  const doc = link(parse(text)) as AnalyzedDocument;
  Object.defineProperty(doc, 'labels', { get: () => labelsOf(doc), configurable: true });
  checkDirectiveRules(doc);
  const overrides = options.rules ?? {};
  const found: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = overrides[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    try {
      rule.check({
        doc,
        report(r) {
          const d: Diagnostic = { rule: rule.id, severity, message: r.message, range: r.range };
          if (r.related) d.related = r.related;
          if (r.data) d.data = r.data;
          found.push(d);
        },
      });
    } catch (e) {
      // A broken rule must not take the others down with it.
      found.push({
        rule: rule.id, severity: 'error', range: zeroRange(),
        message: `internal error in rule ${rule.id}: ${(e as Error).message}`,
      });
    }
  }
  doc.diagnostics = applySuppressions(doc, found).sort(compareDiagnostics);
  return doc;
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character
    || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Unknown rule names in suppression comments are syntax errors: nothing is silently ignored. */
function checkDirectiveRules(doc: LinkedModel): void {
  for (const d of doc.directives) {
    for (const r of d.rules) {
      if (!RULES_BY_ID.has(r.name)) {
        doc.syntaxErrors.push({
          message: `unknown rule \`${r.name}\` in \`debate-${d.kind}\`; rules are ${codeList(RULES_BY_ID.keys())}`,
          range: r.range,
        });
      }
    }
  }
}

function applySuppressions(doc: LinkedModel, found: Diagnostic[]): Diagnostic[] {
  if (doc.directives.length === 0) return found;
  // rule ('*' for all) → first line from which it is disabled
  const disabledFrom = new Map<string, number>();
  // line → rules suppressed on it ('*' for all)
  const perLine = new Map<number, Set<string>>();
  for (const d of doc.directives) {
    const names = d.rules.length ? d.rules.map((r) => r.name) : ['*'];
    if (d.kind === 'disable') {
      for (const n of names) if (!disabledFrom.has(n)) disabledFrom.set(n, d.line);
    } else if (d.kind === 'disable-next-line') {
      const target = nextStatementAfter(doc, d.line);
      if (target === null) continue;
      for (let l = target.line; l <= target.endLine; l++) {
        let set = perLine.get(l);
        if (!set) perLine.set(l, (set = new Set()));
        for (const n of names) set.add(n);
      }
    }
  }
  return found.filter((diag) => {
    const line = diag.range.start.line;
    const all = disabledFrom.get('*');
    if (all !== undefined && line >= all) return false;
    const from = disabledFrom.get(diag.rule);
    if (from !== undefined && line >= from) return false;
    const set = perLine.get(line);
    return !(set && (set.has('*') || set.has(diag.rule)));
  });
}

/** The first statement starting after `line`, skipping blank and comment lines only. */
function nextStatementAfter(doc: LinkedModel, line: number): Statement | null {
  for (let l = line + 1; l < doc.lineKinds.length; l++) {
    const k = doc.lineKinds[l];
    if (k === 'blank' || k === 'comment') continue;
    if (k === 'statement') return doc.statements[doc.lineOwner[l]];
    return null;
  }
  return null;
}

// ---- Lookups used by editor features -------------------------------------------------

export function contains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}

export type NodeAt =
  | { kind: 'keyword'; statement: Statement }
  | { kind: 'id'; statement: Statement }
  | { kind: 'reference'; statement: Statement; reference: Reference; index: number }
  | { kind: 'text'; statement: Statement }
  | { kind: 'heading'; heading: number }
  | { kind: 'none' };

/** What sits under a position: a keyword, a defined ID, a reference or mention, text, or a heading. */
export function nodeAt(doc: AnalyzedDocument, p: Position): NodeAt {
  if (p.line < 0 || p.line >= doc.lineOwner.length) return { kind: 'none' };
  const lk = doc.lineKinds[p.line];
  if (lk === 'heading') {
    const h = doc.headings.find((x) => x.range.start.line === p.line);
    return h ? { kind: 'heading', heading: h.index } : { kind: 'none' };
  }
  const owner = doc.lineOwner[p.line];
  if (owner < 0 || (lk !== 'statement' && lk !== 'continuation')) return { kind: 'none' };
  const st = doc.statements[owner];
  for (const list of [st.targets, st.mentions]) {
    for (const ri of list) {
      const ref = doc.references[ri];
      if (contains(ref.range, p)) return { kind: 'reference', statement: st, reference: ref, index: ri };
    }
  }
  if (st.idRange && contains(st.idRange, p)) return { kind: 'id', statement: st };
  if (contains(st.keywordRange, p)) return { kind: 'keyword', statement: st };
  return { kind: 'text', statement: st };
}

/** The statement a name refers to (first definition), or undefined. */
export function definitionOf(doc: AnalyzedDocument, name: string): Statement | undefined {
  const i = doc.ids.get(name);
  return i === undefined ? undefined : doc.statements[i];
}

/** Every reference (target or mention) that resolves to statement `s`. */
export function referencesTo(doc: AnalyzedDocument, s: number): Reference[] {
  return doc.references.filter((r) => r.resolved === s);
}
