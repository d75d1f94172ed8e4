// The language server over its protocol: the built server (out/…/server.js) started with
// --stdio, timed from the client's side (JSON-RPC and serialisation included).
// - diagnostics: from a didChange to the publishDiagnostics for that version, one edit after
//   a pause (the first edit after a quiet spell is validated at once), and during a burst of
//   edits 20 ms apart (debounced: the last edit's diagnostics come ~DEBOUNCE_MS later);
// - requests at random positions on the names (IDs, `->` targets, mentions), where the work is:
//   hover, definition, references, completion (after `@`), and the document outline.
import { analyze } from '../../server/src/language';
import { DEBOUNCE_MS } from '../../server/src/lsp/diagnostics';
import { LspClient } from '../../test/helpers/lspClient';
import { generateDebate, rng } from '../generate';
import { fmt, type BenchOptions, type Section, type Table } from '../lib';

const TARGET_STATEMENTS = 10_000;
const DIAGNOSTICS_TARGET_MS = 50;
const REQUEST_MEDIAN_TARGET_MS = 10;
const REQUEST_P95_TARGET_MS = 25;
const REQUESTS = 200;
const EDITS = 30;

interface Stats { median: number; p95: number }

function stats(times: number[]): Stats {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(size: number): Promise<Record<string, Stats>> {
  const { text } = generateDebate(size, 42);
  const doc = analyze(text);
  const rand = rng(7);
  const names: { line: number; character: number }[] = [];
  for (const st of doc.statements) if (st.idRange) names.push(st.idRange.start);
  for (const r of doc.references) names.push(r.range.start);
  const pick = () => { const p = names[Math.floor(rand() * names.length)]; return { line: p.line, character: p.character + 1 }; };
  const textLines = doc.statements.filter((s) => s.textSegments.length > 0);

  const client = new LspClient({ configuration: { '*': {} } });
  try {
    const d = await client.open(text, 'file:///bench/debate.debate');
    await client.diagnostics(d.uri, { version: d.version });
    const uri = d.uri;
    const out: Record<string, Stats> = {};

    // Warm-up, so the first timed requests do not pay for the JIT.
    for (let i = 0; i < 20; i++) await client.request('textDocument/hover', { textDocument: { uri }, position: pick() });

    const editAt = () => {
      const st = textLines[Math.floor(rand() * textLines.length)];
      const seg = st.textSegments[0];
      return { start: { line: seg.line, character: seg.end }, end: { line: seg.line, character: seg.end } };
    };
    const single: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      await pause(DEBOUNCE_MS + 20);
      single.push(await timed(async () => {
        const v = await client.edit(uri, editAt(), ' x');
        await client.diagnostics(uri, { version: v });
      }));
    }
    out['diagnostics after an edit'] = stats(single);
    const burst: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pause(DEBOUNCE_MS + 20);
      let v = 0;
      for (let k = 0; k < 5; k++) { v = await client.edit(uri, editAt(), 'y'); await pause(20); }
      burst.push(await timed(() => client.diagnostics(uri, { version: v })) + 20);
    }
    out['diagnostics, end of a burst'] = stats(burst);

    const run = async (label: string, method: string, params: () => unknown, n = REQUESTS) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) { const p = params(); times.push(await timed(() => client.request(method, p))); }
      out[label] = stats(times);
    };
    await run('hover', 'textDocument/hover', () => ({ textDocument: { uri }, position: pick() }));
    await run('definition', 'textDocument/definition', () => ({ textDocument: { uri }, position: pick() }));
    await run('references', 'textDocument/references', () => ({ textDocument: { uri }, position: pick(), context: { includeDeclaration: true } }));
    // Completion after an `@` typed at the end of a statement's text.
    await pause(DEBOUNCE_MS + 20);
    const seg = textLines[Math.floor(textLines.length / 2)].textSegments[0];
    await client.edit(uri, { start: { line: seg.line, character: seg.end }, end: { line: seg.line, character: seg.end } }, ' @');
    const at = { line: seg.line, character: seg.end + 2 };
    await client.request('textDocument/hover', { textDocument: { uri }, position: at }); // analysis of the new version
    await run('completion after @', 'textDocument/completion', () => ({ textDocument: { uri }, position: at }));
    await run('document symbols', 'textDocument/documentSymbol', () => ({ textDocument: { uri } }), 50);
    return out;
  } finally {
    await client.stop();
  }
}

export const lsp: Section = {
  name: 'lsp',
  title: 'Language server: diagnostics latency and request latency over stdio',
  async run(opts: BenchOptions): Promise<Table> {
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    // Sizes above the target size add little and take long over JSON-RPC.
    const sizes = opts.sizes.filter((s) => s <= TARGET_STATEMENTS);
    if (!sizes.includes(TARGET_STATEMENTS)) sizes.push(TARGET_STATEMENTS);
    for (const size of sizes) {
      const m = await measure(size);
      for (const [label, s] of Object.entries(m)) {
        rows.push([`${size.toLocaleString('en-US')} · ${label}`, fmt(s.median, 2), fmt(s.p95, 2)]);
        if (size !== TARGET_STATEMENTS || label.includes('burst')) continue;
        const ok = label.startsWith('diagnostics')
          ? s.median < DIAGNOSTICS_TARGET_MS
          : s.median < REQUEST_MEDIAN_TARGET_MS && s.p95 < REQUEST_P95_TARGET_MS;
        if (!ok) notes.push(`MISSED: ${label} at ${TARGET_STATEMENTS.toLocaleString('en-US')} statements`);
      }
    }
    notes.unshift(
      `targets at ${TARGET_STATEMENTS.toLocaleString('en-US')} statements: diagnostics after an edit < ${DIAGNOSTICS_TARGET_MS} ms; `
        + `requests < ${REQUEST_MEDIAN_TARGET_MS} ms median, < ${REQUEST_P95_TARGET_MS} ms p95`
        + (notes.length ? '' : ' — all met'),
      `a burst is 5 edits 20 ms apart, timed from the last edit; it is debounced (${DEBOUNCE_MS} ms) on purpose.`,
    );
    return { columns: ['statements · measurement', 'median ms', 'p95 ms'], rows, notes };
  },
};
