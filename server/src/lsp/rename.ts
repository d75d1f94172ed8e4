// Rename an ID: its definition and every `->` target and `@mention` naming it.
import {
  ErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { definitionOf, isValidId, type AnalyzedDocument } from '../language';
import { nameAt, occurrences } from './references';

export function providePrepareRename(doc: AnalyzedDocument, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const at = nameAt(doc, params.position);
  if (!at) return null;
  return { range: at.range, placeholder: at.name };
}

export function provideRename(doc: AnalyzedDocument, params: RenameParams, uri: string): WorkspaceEdit | null {
  const at = nameAt(doc, params.position);
  if (!at) return null;
  const newName = params.newName.trim();
  if (!isValidId(newName)) {
    throw new ResponseError(ErrorCodes.InvalidParams,
      `\`${newName}\` is not a valid ID: use letters, digits and \`_\`, with \`.\` or \`-\` only between them.`);
  }
  if (newName === at.name) return { changes: { [uri]: [] } };
  const other = definitionOf(doc, newName);
  if (other) {
    throw new ResponseError(ErrorCodes.InvalidParams,
      `\`${newName}\` is already the ID of the ${other.kind} on line ${other.line + 1}.`);
  }
  const edits: TextEdit[] = occurrences(doc, at).map((o) => ({ range: o.range, newText: newName }));
  return { changes: { [uri]: edits } };
}
