// Deterministic generator of realistic debates for the benchmark: sections with headings,
// claims with nested because/counter chains 1–4 deep, `->` targets across sections, cruxes,
// mentions, continuation lines and comments. Same (size, seed) → same text.

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the levy cuts plastic use output per hour rises when hours fall firms lose little a shorter week ' +
  'burnout sick leave trials public sector offices revenue stayed roughly flat most companies kept ' +
  'policy evidence suggests demand is elastic in the short run but not over years because prices ' +
  'adjust wages follow productivity council budget transport fares parking schools survey reliable'
).split(' ');

export interface Generated { text: string; statements: number }

/** A debate with exactly `statements` statements. */
export function generateDebate(statements: number, seed = 1): Generated {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const ids: string[] = [];
  const claims: string[] = [];
  const out: string[] = [];
  let count = 0;
  let nextId = 0;
  const sentence = (min: number, max: number): string => {
    const n = int(min, max);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(pick(WORDS));
    if (ids.length > 0 && rand() < 0.08) w.splice(int(0, w.length), 0, '@' + pick(ids));
    const s = w.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const newId = (kind: string): string => {
    const id = `${kind.slice(0, 2)}-${(nextId++).toString(36)}`;
    ids.push(id);
    return id;
  };
  // A statement line, sometimes with a continuation line indented past the nested statements.
  const emit = (indent: number, head: string, kind: string): void => {
    const pad = ' '.repeat(indent);
    out.push(`${pad}${head}: ${sentence(6, 16)}`);
    if (rand() < 0.15) out.push(`${pad}      ${sentence(4, 12)}`);
    count++;
    if (kind === 'claim') claims.push(ids[ids.length - 1]);
  };
  // A chain of reasons and objections under a statement at `indent`, up to `depth` levels.
  const chain = (indent: number, depth: number): void => {
    const children = int(1, 2);
    for (let c = 0; c < children && count < statements; c++) {
      const kind = rand() < 0.6 ? 'because' : 'counter';
      emit(indent + 2, `${kind} ${newId(kind)}`, kind);
      if (depth > 1 && rand() < 0.7) chain(indent + 2, depth - 1);
    }
  };
  let section = 0;
  while (count < statements) {
    section++;
    out.push(`# Section ${section}`, '');
    if (rand() < 0.3) out.push(`// Notes for section ${section}: check the figures before quoting.`);
    const subsections = int(1, 3);
    for (let sub = 1; sub <= subsections && count < statements; sub++) {
      if (sub > 1) out.push('', `## Part ${section}.${sub}`, '');
      const roots = int(2, 5);
      for (let r = 0; r < roots && count < statements; r++) {
        const x = rand();
        if (x < 0.55 || claims.length < 2) {
          emit(0, `claim ${newId('claim')}`, 'claim');
          if (count < statements) chain(0, int(1, 4));
        } else if (x < 0.8) {
          // A reason or objection to something in an earlier section.
          const kind = rand() < 0.5 ? 'because' : 'counter';
          emit(0, `${kind} ${newId(kind)} -> ${ids[int(0, ids.length - 2)]}`, kind);
          if (count < statements) chain(0, int(1, 3));
        } else {
          emit(0, `crux -> ${pick(claims)}, ${pick(claims)}`, 'crux');
        }
        if (rand() < 0.1) out.push('  // TODO: find a source for this.');
        out.push('');
      }
    }
  }
  return { text: out.join('\n') + '\n', statements: count };
}
