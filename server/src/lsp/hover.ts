// Hover: what a keyword means, what a statement is and how it is argued, and what a section holds.
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { closest, contains, explain, STATUS_MARK, statusOf, truncate, type AnalyzedDocument, type Statement, type StatementKind } from '../language';
import { headingPath, inDocument, plural, relationCounts } from './convert';
import { nodeAtCursor } from './references';

/** One paragraph per keyword, for people new to the notation. */
export const KEYWORD_HELP: Record<StatementKind, string> = {
  claim: '**claim**: a position someone holds. Claims stand at the top level; give them an ID '
    + '(`claim taxes: …`) so reasons, counters and cruxes elsewhere can point at them with `->`.',
  because: '**because**: a reason. It *supports* its target: the statement it is nested under, '
    + 'or the IDs after `->` (`because -> taxes: …`).',
  counter: '**counter**: an objection. It *attacks* its target: the statement it is nested under, '
    + 'or the IDs after `->`. A counter can itself be countered.',
  crux: '**crux**: the question a disagreement hinges on. Its answer *decides* its targets; '
    + 'list both sides with `->` (`crux -> taxes, growth: …`).',
};

export const ARROW_HELP = '**->**: the targets of this statement, the IDs of the statements it supports, attacks or '
  + 'decides. Without `->`, the target is the statement it is nested under.';

export function provideHover(doc: AnalyzedDocument, params: HoverParams): Hover | null {
  if (!inDocument(doc, params.position)) return null;
  const node = nodeAtCursor(doc, params.position);
  switch (node.kind) {
    case 'keyword':
      return { contents: { kind: MarkupKind.Markdown, value: KEYWORD_HELP[node.statement.kind] }, range: node.statement.keywordRange };
    case 'id':
      return { contents: md(describeStatement(doc, node.statement)), range: node.statement.idRange ?? undefined };
    case 'reference': {
      const ref = node.reference;
      if (ref.resolved < 0) {
        const guess = closest(ref.name, doc.ids.keys());
        const value = `No statement has the ID \`${ref.name}\`.` + (guess ? ` Did you mean \`${guess}\`?` : '');
        return { contents: md(value), range: ref.range };
      }
      return { contents: md(describeStatement(doc, doc.statements[ref.resolved])), range: ref.range };
    }
    case 'text': {
      const arrow = node.statement.arrowRange;
      return arrow && contains(arrow, params.position) ? { contents: md(ARROW_HELP), range: arrow } : null;
    }
    case 'heading':
      return { contents: md(describeSection(doc, node.heading)), range: doc.headings[node.heading].range };
    default:
      return null;
  }
}

function md(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

/** Text with Markdown's special characters escaped, so it shows as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Markdown-safe single-line quote of statement text. */
function quote(text: string): string {
  return '> ' + escapeMarkdown(truncate(text, 400));
}

export function describeStatement(doc: AnalyzedDocument, st: Statement): string {
  const title = st.id !== null ? `**${st.kind}** \`${st.id}\`` : `**${st.kind}**`;
  const where = [`line ${st.line + 1}`, ...headingPath(doc, st.heading)].join(' › ');
  const parts = [`${title} · ${where}`];
  parts.push(st.text ? quote(st.text) : '*(no text)*');
  const c = relationCounts(doc, st.index);
  parts.push(`Supported by ${plural(c.support, 'reason', 'reasons')} · countered by ${plural(c.attack, 'counter', 'counters')} · hinges on ${plural(c.crux, 'crux', 'cruxes')}`);
  if (st.kind !== 'crux') parts.push(statusLine(doc, st));
  return parts.join('\n\n');
}

/** "✗ **defeated**: counter `trojans` stands — nothing answers it" (see docs/semantics.md). */
export function statusLine(doc: AnalyzedDocument, st: Statement): string {
  const why = explain(doc, st.index);
  const colon = why.indexOf(': ');
  return `${STATUS_MARK[statusOf(doc, st.index)]} **${why.slice(0, colon)}**: ${why.slice(colon + 2)}`;
}

export function describeSection(doc: AnalyzedDocument, h: number): string {
  const heading = doc.headings[h];
  const counts: Record<StatementKind, number> = { claim: 0, because: 0, counter: 0, crux: 0 };
  const from = heading.range.start.line;
  for (const st of doc.statements) {
    if (st.line > from && st.line <= heading.endLine) counts[st.kind]++;
  }
  const title = headingPath(doc, h).join(' › ');
  return `**${escapeMarkdown(title)}**\n\n`
    + [plural(counts.claim, 'claim', 'claims'), plural(counts.because, 'reason', 'reasons'),
      plural(counts.counter, 'counter', 'counters'), plural(counts.crux, 'crux', 'cruxes')].join(' · ');
}
