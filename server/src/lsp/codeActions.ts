// Quick fixes, each bound to one diagnostic from `params.context.diagnostics` (its `code` is the
// rule id, its `data` the core's `Diagnostic.data`):
//   unknown-reference  → change to the suggested ID (preferred) / create a statement with that ID
//   duplicate-id       → rename this one to `ID-2` (or the next free number)
//   unsupported-claim  → add a `because` under the claim
//   misplaced-claim    → change the keyword to `because` (preferred) or `counter`
//   syntax-error       → change a misspelt keyword to the suggested one
//   any rule           → `// debate-disable-next-line RULE` above the statement (syntax errors
//                        excepted: the language asks to fix those, not hide them)
// The placeholder text `TODO` is what the user replaces.
import {
  CodeActionKind,
  type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type Range, type TextEdit,
} from 'vscode-languageserver';
import { RULES_BY_ID, type AnalyzedDocument, type Statement } from '../language';
import { indentationOf, lineLength, subtreeEnds } from './structure';

export function provideCodeActions(doc: AnalyzedDocument, params: CodeActionParams, uri: string): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty)) return [];
  const out: CodeAction[] = [];
  const ctx = new Context(doc, uri);
  for (const d of params.context.diagnostics) {
    // Other tools' diagnostics (a spell checker, say) can be in the context too.
    const rule = typeof d.code === 'string' && RULES_BY_ID.has(d.code) ? d.code : undefined;
    if (rule === undefined) continue;
    const data = (d.data ?? {}) as Record<string, unknown>;
    switch (rule) {
      case 'unknown-reference': ctx.unknownReference(d, data, out); break;
      case 'duplicate-id': ctx.duplicateId(d, out); break;
      case 'unsupported-claim': ctx.unsupportedClaim(d, out); break;
      case 'syntax-error': ctx.misspeltKeyword(d, data, out); break;
      case 'misplaced-claim': ctx.misplacedClaim(d, out); break;
    }
    if (rule !== 'syntax-error') ctx.disableNextLine(d, rule, out);
  }
  return out;
}

class Context {
  private ends: number[] | null = null;
  readonly eol: string;
  constructor(readonly doc: AnalyzedDocument, readonly uri: string) {
    // The file's own line break (that of its first line).
    this.eol = doc.lineStarts.length > 1 ? doc.text.slice(doc.lineEnds[0], doc.lineStarts[1]) : '\n';
  }

  action(title: string, d: LspDiagnostic, edits: TextEdit[], preferred = false): CodeAction {
    const a: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [this.uri]: edits } } };
    if (preferred) a.isPreferred = true;
    return a;
  }

  statementAt(line: number): Statement | null {
    if (line < 0 || line >= this.doc.lineOwner.length) return null;
    const o = this.doc.lineOwner[line];
    return o >= 0 ? this.doc.statements[o] : null;
  }

  subtreeEnd(st: Statement): number {
    this.ends ??= subtreeEnds(this.doc);
    return this.ends[st.index];
  }

  /**
   * The last unreadable line in the run of blank, comment and unreadable lines after `line`
   * (or `line`). A statement inserted above such a line would turn it into continuation text.
   */
  afterStrayLines(line: number): number {
    const kinds = this.doc.lineKinds;
    let last = line;
    for (let l = line + 1; l < kinds.length; l++) {
      if (kinds[l] === 'error') last = l;
      else if (kinds[l] !== 'blank' && kinds[l] !== 'comment') break;
    }
    return last;
  }

  endOfLine(line: number): Range {
    const p = { line, character: lineLength(this.doc, line) };
    return { start: p, end: p };
  }

  unknownReference(d: LspDiagnostic, data: Record<string, unknown>, out: CodeAction[]): void {
    const name = typeof data.name === 'string' ? data.name : null;
    const suggestion = typeof data.suggestion === 'string' ? data.suggestion : null;
    if (suggestion) out.push(this.action(`Change to \`${suggestion}\``, d, [{ range: d.range, newText: suggestion }], true));
    if (!name || this.doc.ids.has(name)) return;
    const from = this.statementAt(d.range.start.line);
    let text = `claim ${name}: TODO`;
    let end = this.doc.lineStarts.length - 1;
    if (from) {
      // A new root statement after the argument the reference sits in, at that argument's
      // indentation (so nothing below changes parent).
      let root = from;
      while (root.parent !== null) root = this.doc.statements[root.parent];
      end = this.afterStrayLines(this.subtreeEnd(root));
      text = `${this.eol}${indentationOf(this.doc, root.line)}${text}`;
    } else {
      // Not in a statement (a `debate-expect` comment): at the end of the file.
      const last = this.doc.text.slice(this.doc.lineStarts[end]);
      text = last.trim() === '' ? text + this.eol : this.eol + text;
    }
    out.push(this.action(`Create statement \`${name}\``, d, [{ range: this.endOfLine(end), newText: text }], !suggestion));
  }

  duplicateId(d: LspDiagnostic, out: CodeAction[]): void {
    const st = this.statementAt(d.range.start.line);
    if (!st || !st.id) return;
    let n = 2;
    while (this.doc.ids.has(`${st.id}-${n}`)) n++;
    const name = `${st.id}-${n}`;
    out.push(this.action(`Rename to \`${name}\``, d, [{ range: st.idRange!, newText: name }], true));
  }

  unsupportedClaim(d: LspDiagnostic, out: CodeAction[]): void {
    const st = this.statementAt(d.range.start.line);
    if (!st || st.kind !== 'claim') return;
    const own = indentationOf(this.doc, st.line);
    // Nested like the claim's last child when it has one (an earlier, deeper child's indentation
    // could make the new line a child of the last one), else two spaces deeper.
    let child: Statement | undefined;
    for (const s of this.doc.statements) if (s.parent === st.index) child = s;
    const indent = child ? indentationOf(this.doc, child.line) : own + (own.startsWith('\t') ? '\t' : '  ');
    const end = this.afterStrayLines(this.subtreeEnd(st));
    out.push(this.action('Add a `because` under this claim', d,
      [{ range: this.endOfLine(end), newText: `${this.eol}${indent}because TODO` }], true));
  }

  /** A nested claim, or one with `->` targets, is usually a reason or an objection. */
  misplacedClaim(d: LspDiagnostic, out: CodeAction[]): void {
    const st = this.statementAt(d.range.start.line);
    if (!st || st.kind !== 'claim') return;
    for (const k of ['because', 'counter']) {
      out.push(this.action(`Change to \`${k}\``, d, [{ range: st.keywordRange, newText: k }], k === 'because'));
    }
  }

  misspeltKeyword(d: LspDiagnostic, data: Record<string, unknown>, out: CodeAction[]): void {
    if (typeof data.suggestion !== 'string' || typeof data.word !== 'string') return;
    out.push(this.action(`Change to \`${data.suggestion}\``, d, [{ range: d.range, newText: data.suggestion }], true));
  }

  disableNextLine(d: LspDiagnostic, rule: string, out: CodeAction[]): void {
    const st = this.statementAt(d.range.start.line);
    if (!st) return;
    const title = `Disable \`${rule}\` for this statement`;
    // Extend a directive right above the statement instead of stacking a second one.
    const above = this.doc.directives.find((x) => x.kind === 'disable-next-line' && x.line === st.line - 1);
    if (above) {
      if (above.rules.length === 0 || above.rules.some((r) => r.name === rule)) return;
      const last = above.rules[above.rules.length - 1].range.end;
      out.push(this.action(title, d, [{ range: { start: last, end: last }, newText: `, ${rule}` }]));
      return;
    }
    const at = { line: st.line, character: 0 };
    let indent = indentationOf(this.doc, st.line);
    // Copying an indentation that mixes tabs and spaces would make a new mixed-indentation warning.
    if (indent.includes('\t') && indent.includes(' ')) indent = ' '.repeat(st.indent);
    const text = `${indent}// debate-disable-next-line ${rule}${this.eol}`;
    out.push(this.action(title, d, [{ range: { start: at, end: at }, newText: text }]));
  }
}
