import { LABEL_NAMES, statusOf, type AnalyzedDocument } from '../language';

/** The semantic model as JSON: statements and relations by index. */
export function exportJson(doc: AnalyzedDocument): string {
  return JSON.stringify({
    version: 1,
    statements: doc.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      range: s.range,
      parent: s.parent,
      targets: s.targets.map((t) => doc.references[t].name),
      label: LABEL_NAMES[doc.labels[s.index]],
      ...(s.kind === 'claim' ? { status: statusOf(doc, s.index) } : {}),
    })),
    relations: doc.relations.map((r) => ({ from: r.from, to: r.to, type: r.type })),
  }, null, 2) + '\n';
}
