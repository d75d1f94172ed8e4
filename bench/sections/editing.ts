// The editing providers: Format Document (core formatter + minimal edit), completion of a target
// at the end of the file, semantic tokens, folding, over generated debates.
import { analyze, formatDocument } from '../../server/src/language';
import { provideCompletion } from '../../server/src/lsp/completion';
import { provideFoldingRanges } from '../../server/src/lsp/folding';
import { provideSemanticTokens } from '../../server/src/lsp/semanticTokens';
import { generateDebate } from '../generate';
import { fmt, timeMs, type BenchOptions, type Section, type Table } from '../lib';

export const editing: Section = {
  name: 'editing',
  title: 'Editing providers: format, completion, semantic tokens, folding',
  run(opts: BenchOptions): Table {
    const rows: (string | number)[][] = [];
    for (const size of opts.sizes) {
      const runs = size >= 100_000 ? Math.max(3, Math.ceil(opts.runs / 2)) : opts.runs;
      const formatted = formatDocument(generateDebate(size, 42).text);
      // Every indentation doubled and trailing spaces: each section is re-laid out and checked.
      const messy = formatted.replace(/^( +)/gm, '$1$1').replace(/\n/g, '  \n');
      const typed = formatted + 'counter x -> ';
      const doc = analyze(typed);
      const lastLine = doc.lineStarts.length - 1;
      const params = { textDocument: { uri: 'file:///b.debate' }, position: { line: lastLine, character: 13 } };
      const t = (fn: () => unknown) => fmt(timeMs(fn, runs).median, 2);
      rows.push([
        size.toLocaleString('en-US'),
        t(() => formatDocument(formatted)),
        t(() => formatDocument(messy)),
        t(() => provideCompletion(doc, params)),
        t(() => provideSemanticTokens(doc)),
        t(() => provideFoldingRanges(doc)),
      ]);
    }
    return {
      columns: ['statements', 'format (no-op) ms', 'format (all lines) ms', 'complete -> ms', 'sem. tokens ms', 'folding ms'],
      rows,
      notes: ['Medians. Providers are timed on an analysed document; analysis is in the core section.'],
    };
  },
};
