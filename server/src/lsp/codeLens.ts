// A lens above each claim: how it is argued so far ("2 reasons · 1 counter · 1 crux",
// or "no reasons yet"). Clicking it lists the statements behind those relations,
// nested ones included, with VS Code's `editor.action.showReferences`.
// The arguments are plain LSP values (uri string, Position, Location[]); the client
// converts them to VS Code types before running the command.
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import { statusOf, type AnalyzedDocument } from '../language';
import { locationOf, plural, relationCounts, statusLabel } from './convert';

export const SHOW_REFERENCES = 'editor.action.showReferences';

export function lensTitle(reasons: number, counters: number, cruxes: number): string {
  const parts: string[] = [];
  parts.push(reasons === 0 ? 'no reasons yet' : plural(reasons, 'reason', 'reasons'));
  if (counters) parts.push(plural(counters, 'counter', 'counters'));
  if (cruxes) parts.push(plural(cruxes, 'crux', 'cruxes'));
  return parts.join(' · ');
}

export function provideCodeLenses(doc: AnalyzedDocument, _params: CodeLensParams, uri: string): CodeLens[] {
  const out: CodeLens[] = [];
  for (const st of doc.statements) {
    if (st.kind !== 'claim') continue;
    const c = relationCounts(doc, st.index);
    const locations: Location[] = c.sources.map((from) => locationOf(uri, doc.statements[from]));
    const range = st.keywordRange;
    out.push({
      range,
      command: {
        title: `${statusLabel(statusOf(doc, st.index))} · ${lensTitle(c.support, c.attack, c.crux)}`,
        command: locations.length ? SHOW_REFERENCES : '',
        arguments: locations.length ? [uri, range.start, locations] : undefined,
      },
    });
  }
  return out;
}
