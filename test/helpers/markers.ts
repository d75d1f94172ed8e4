// Inline markers for data-driven fixtures:
//   «…»  a range (in order of appearance)
//   <|>  a cursor position
// `extract` removes them and returns the clean text with the positions they marked.
import type { Position, Range } from '../../server/src/language';

export interface Marked {
  text: string;
  ranges: Range[];
  cursors: Position[];
}

export function extract(src: string): Marked {
  let text = '';
  const ranges: Range[] = [];
  const cursors: Position[] = [];
  const open: Position[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < src.length; i++) {
    if (src.startsWith('<|>', i)) { cursors.push({ line, character }); i += 2; continue; }
    const c = src[i];
    if (c === '«') { open.push({ line, character }); continue; }
    if (c === '»') {
      const start = open.pop();
      if (!start) throw new Error(`unbalanced » in fixture at ${line}:${character}`);
      ranges.push({ start, end: { line, character } });
      continue;
    }
    text += c;
    if (c === '\n') { line++; character = 0; } else character++;
  }
  if (open.length) throw new Error('unbalanced « in fixture');
  ranges.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { text, ranges, cursors };
}

export function showRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
