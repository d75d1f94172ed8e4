// After each claim, its status as an inlay hint (✓ stands, ○ stands unsupported, ✗ defeated,
// ? contested); the hint's tooltip is the derivation, so hovering the status says why.
import { MarkupKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { explain, statusOf, type AnalyzedDocument } from '../language';
import { statusLabel } from './convert';

export function provideInlayHints(doc: AnalyzedDocument, params: Pick<InlayHintParams, 'range'>): InlayHint[] {
  // A request without a range (a broken client) gets the whole document.
  const start = params.range?.start ?? { line: 0, character: 0 };
  const end = params.range?.end ?? { line: Number.MAX_SAFE_INTEGER, character: 0 };
  const out: InlayHint[] = [];
  for (const st of doc.statements) {
    if (st.kind !== 'claim') continue;
    const at = st.range.end;
    if (at.line < start.line || at.line > end.line) continue;
    out.push({
      position: at,
      label: statusLabel(statusOf(doc, st.index)),
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: explain(doc, st.index) },
    });
  }
  return out;
}
