// Identifier syntax shared by the parser, mentions, rename and completion.
// W: a letter of any script, a decimal digit or '_'; combining marks may follow.
const W = '\\p{L}\\p{Nd}_';
const WM = W + '\\p{M}';
/** Sticky matcher for one ID starting at `lastIndex`. */
export const ID_STICKY = new RegExp(`[${W}](?:[${WM}.\\-]*[${WM}])?`, 'uy');
export const ID_EXACT = new RegExp(`^[${W}](?:[${WM}.\\-]*[${WM}])?$`, 'u');
const WORD_CHAR = new RegExp(`[${WM}]`, 'u');

export function isValidId(name: string): boolean {
  return ID_EXACT.test(name);
}

/** True when the character before `at` would make an `@` part of a word (an e-mail address). */
export function isWordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  let c = text.charCodeAt(at - 1);
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  }
  // Surrogate pair: test the whole code point.
  let s = text[at - 1];
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) s = text.slice(at - 2, at);
  return WORD_CHAR.test(s);
}

/** Match an ID at `offset` of `text`; returns its end offset or -1. */
export function matchId(text: string, offset: number): number {
  ID_STICKY.lastIndex = offset;
  return ID_STICKY.test(text) ? ID_STICKY.lastIndex : -1;
}

// Scratch rows for editDistance, grown on demand: suggestions compare one name with every ID
// in the file, so allocating per call dominated.
let prevRow = new Int32Array(32);
let curRow = new Int32Array(32);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const lb = b.length;
  if (prevRow.length <= lb) {
    prevRow = new Int32Array(lb + 1);
    curRow = new Int32Array(lb + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev; prev = cur; cur = t;
  }
  return prev[lb];
}

/** The closest name within `max` edits (ties: the earliest in `names`), or null. */
export function closest(name: string, names: Iterable<string>, max = 2): string | null {
  let best: string | null = null;
  let bestD = max + 1;
  for (const n of names) {
    const d = editDistance(name, n, bestD - 1 < 0 ? 0 : Math.min(max, bestD));
    if (d < bestD) { best = n; bestD = d; if (d === 0) break; }
  }
  return bestD <= max ? best : null;
}
