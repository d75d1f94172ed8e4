// Go to definition from a `->` target, an `@mention`, or an ID (which is its own definition).
import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../language';
import { locationOf } from './convert';
import { nameAt } from './references';

export function provideDefinition(doc: AnalyzedDocument, params: DefinitionParams, uri: string): Location | null {
  const at = nameAt(doc, params.position);
  if (!at || at.statement < 0) return null;
  return locationOf(uri, doc.statements[at.statement]);
}
