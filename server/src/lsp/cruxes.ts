// `debate/cruxes`: the declared cruxes with the status of their targets, and the hinges (the
// statements whose removal would change the most claims), with locations the client can open.
import type { Location } from 'vscode-languageserver';
import { cruxReport, docNamer, STATUS_TEXT, statusOf, type AnalyzedDocument, type ClaimStatus } from '../language';
import { locationOf, statusLabel } from './convert';

export const CRUXES_REQUEST = 'debate/cruxes';

export interface CruxesParams { textDocument: { uri: string }; top?: number }

export interface CruxesStatement { name: string; text: string; status: ClaimStatus; label: string; location: Location }
export interface CruxesResult {
  cruxes: (CruxesStatement & { targets: CruxesStatement[] })[];
  hinges: (CruxesStatement & { flips: (CruxesStatement & { before: ClaimStatus; after: ClaimStatus; change: string })[] })[];
}

export function provideCruxes(doc: AnalyzedDocument, params: CruxesParams, uri: string): CruxesResult {
  const top = typeof params.top === 'number' && params.top >= 0 ? params.top : 20;
  const report = cruxReport(doc, top);
  const name = docNamer(doc);
  const item = (i: number, status: ClaimStatus): CruxesStatement => ({
    name: name(i),
    text: doc.statements[i].text,
    status,
    label: statusLabel(status),
    location: locationOf(uri, doc.statements[i]),
  });
  return {
    cruxes: report.cruxes.map((c) => ({
      ...item(c.crux, statusOf(doc, c.crux)),
      targets: c.targets.map((t) => item(t.statement, t.status)),
    })),
    hinges: report.hinges.map((h) => ({
      ...item(h.statement, statusOf(doc, h.statement)),
      flips: h.flips.map((f) => ({
        ...item(f.claim, f.after), before: f.before, after: f.after,
        change: `${STATUS_TEXT[f.before]} → ${STATUS_TEXT[f.after]}`,
      })),
    })),
  };
}
