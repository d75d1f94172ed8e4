// A lens above each claim: how it is argued so far ("2 reasons · 1 counter · 1 crux",
// or "no reasons yet"). Clicking it lists the statements behind those relations,
// nested ones included, with VS Code's `editor.action.showReferences`.
// The arguments are plain LSP values (uri string, Position, Location[]); the client
// converts them to VS Code types before running the command.
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import { incomingRelations, type AnalyzedDocument } from '../language';
import { locationOf } from './convert';

export const SHOW_REFERENCES = 'editor.action.showReferences';

export function lensTitle(reasons: number, counters: number, cruxes: number): string {
  const parts: string[] = [];
  parts.push(reasons === 0 ? 'no reasons yet' : `${reasons} ${reasons === 1 ? 'reason' : 'reasons'}`);
  if (counters) parts.push(`${counters} ${counters === 1 ? 'counter' : 'counters'}`);
  if (cruxes) parts.push(`${cruxes} ${cruxes === 1 ? 'crux' : 'cruxes'}`);
  return parts.join(' · ');
}

export function provideCodeLenses(doc: AnalyzedDocument, _params: CodeLensParams, uri: string): CodeLens[] {
  const out: CodeLens[] = [];
  for (const st of doc.statements) {
    if (st.kind !== 'claim') continue;
    const rels = incomingRelations(doc, st.index);
    let reasons = 0, counters = 0, cruxes = 0;
    const seen = new Set<number>();
    const locations: Location[] = [];
    for (const r of rels) {
      if (r.type === 'support') reasons++;
      else if (r.type === 'attack') counters++;
      else cruxes++;
      if (!seen.has(r.from)) { seen.add(r.from); locations.push(locationOf(uri, doc.statements[r.from])); }
    }
    locations.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const range = st.keywordRange;
    out.push({
      range,
      command: {
        title: lensTitle(reasons, counters, cruxes),
        command: locations.length ? SHOW_REFERENCES : '',
        arguments: locations.length ? [uri, range.start, locations] : undefined,
      },
    });
  }
  return out;
}
