// Which statements stand: the grounded labelling of the framework of counters and reasons.
//
// A statement is OUT when a counter against it is IN, or when it has reasons and all of them
// are OUT; it is IN when all its counters are OUT and (if it has reasons) one reason is IN;
// everything else stays UNDECIDED. The least fixpoint is computed with a worklist and
// per-statement counters, so each relation is looked at a constant number of times.
// Crux relations take no part. See docs/semantics.md.
import type { LinkedModel } from './model';
import { nameOf } from './names';
import type { RelationType, Statement } from './types';

export const UNDECIDED = 0;
export const IN = 1;
export const OUT = 2;
export type Label = typeof UNDECIDED | typeof IN | typeof OUT;
export type LabelName = 'in' | 'out' | 'undecided';
export const LABEL_NAMES: readonly LabelName[] = ['undecided', 'in', 'out'];

export interface FrameworkRelation { from: number; to: number; type: RelationType }

/** Relations as adjacency arrays (crux relations dropped): `*Attack[k]` is 1 for a counter, 0 for a reason. */
export interface Graph {
  n: number;
  outStart: Int32Array; outTo: Int32Array; outAttack: Uint8Array;
  inStart: Int32Array; inFrom: Int32Array; inAttack: Uint8Array;
}

export function buildGraph(n: number, relations: ArrayLike<FrameworkRelation>): Graph {
  let m = 0;
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k];
    if (r.type === 'crux') continue;
    if (r.from < 0 || r.from >= n || r.to < 0 || r.to >= n) throw new RangeError(`relation ${r.from} → ${r.to} outside 0..${n - 1}`);
    outStart[r.from + 1]++;
    inStart[r.to + 1]++;
    m++;
  }
  for (let i = 0; i < n; i++) { outStart[i + 1] += outStart[i]; inStart[i + 1] += inStart[i]; }
  const outTo = new Int32Array(m), outAttack = new Uint8Array(m);
  const inFrom = new Int32Array(m), inAttack = new Uint8Array(m);
  const of = outStart.slice(0, n), inf = inStart.slice(0, n);
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k];
    if (r.type === 'crux') continue;
    const a = r.type === 'attack' ? 1 : 0;
    const o = of[r.from]++;
    outTo[o] = r.to; outAttack[o] = a;
    const i = inf[r.to]++;
    inFrom[i] = r.from; inAttack[i] = a;
  }
  return { n, outStart, outTo, outAttack, inStart, inFrom, inAttack };
}

export interface Labelling {
  labels: Int8Array;
  /** Step at which each statement got its label (-1 for undecided): justifications only look at earlier steps. */
  order: Int32Array;
}

/**
 * The worklist. `labels` holds fixed labels for statements outside `active` (when given); statements
 * in `active` must be UNDECIDED on entry. `skip` (or -1) is a removed statement: its relations are ignored.
 */
function solve(g: Graph, labels: Int8Array, order: Int32Array | null, active: Int32Array | null, activeCount: number,
  skip: number, s: Scratch): void {
  const { attackersLeft, supportsLeft, supports, supportIn, attackerIn, queue } = s;
  let head = 0, tail = 0, step = 0;
  const count = active ? activeCount : g.n;
  const set = (t: number, l: Label): void => {
    labels[t] = l;
    if (order) order[t] = step++;
    queue[tail++] = t;
  };
  // Count first, decide after: a label set while counting would be counted twice.
  for (let q = 0; q < count; q++) {
    const t = active ? active[q] : q;
    if (t === skip) continue;
    let al = 0, sl = 0, sn = 0, sin = 0, ain = 0;
    for (let k = g.inStart[t]; k < g.inStart[t + 1]; k++) {
      const u = g.inFrom[k];
      if (u === skip) continue;
      const lu = labels[u];
      if (g.inAttack[k]) {
        if (lu === IN) ain = 1;
        else if (lu !== OUT) al++;
      } else {
        sn++;
        if (lu === IN) sin = 1;
        if (lu !== OUT) sl++;
      }
    }
    attackersLeft[t] = al; supportsLeft[t] = sl; supports[t] = sn; supportIn[t] = sin; attackerIn[t] = ain;
  }
  for (let q = 0; q < count; q++) {
    const t = active ? active[q] : q;
    if (t === skip) continue;
    if (attackerIn[t] || (supports[t] > 0 && supportsLeft[t] === 0)) set(t, OUT);
    else if (attackersLeft[t] === 0 && (supports[t] === 0 || supportIn[t])) set(t, IN);
  }
  while (head < tail) {
    const x = queue[head++];
    const lx = labels[x];
    for (let k = g.outStart[x]; k < g.outStart[x + 1]; k++) {
      const t = g.outTo[k];
      if (t === skip || labels[t] !== UNDECIDED) continue;
      if (lx === IN) {
        if (g.outAttack[k]) set(t, OUT);
        else { supportIn[t] = 1; if (attackersLeft[t] === 0) set(t, IN); }
      } else if (g.outAttack[k]) {
        if (--attackersLeft[t] === 0 && (supports[t] === 0 || supportIn[t])) set(t, IN);
      } else if (--supportsLeft[t] === 0) set(t, OUT);
    }
  }
}

interface Scratch {
  attackersLeft: Int32Array; supportsLeft: Int32Array; supports: Int32Array;
  supportIn: Uint8Array; attackerIn: Uint8Array; queue: Int32Array;
}

function scratch(n: number): Scratch {
  return {
    attackersLeft: new Int32Array(n), supportsLeft: new Int32Array(n), supports: new Int32Array(n),
    supportIn: new Uint8Array(n), attackerIn: new Uint8Array(n), queue: new Int32Array(n),
  };
}

/** The grounded labelling of a graph, with the step each label was found at. */
export function labelGraph(g: Graph): Labelling {
  const labels = new Int8Array(g.n);
  const order = new Int32Array(g.n).fill(-1);
  solve(g, labels, order, null, 0, -1, scratch(g.n));
  return { labels, order };
}

/** The grounded labelling of `n` statements and their relations: IN, OUT or UNDECIDED for each. */
export function label(n: number, relations: ArrayLike<FrameworkRelation>): Int8Array {
  return labelGraph(buildGraph(n, relations)).labels;
}

// ---- Statuses ------------------------------------------------------------------------------

export type ClaimStatus = 'stands' | 'stands-unsupported' | 'defeated' | 'contested';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['stands', 'stands-unsupported', 'defeated', 'contested'];

/** How a status is written for people, and the one-character mark used in inlay hints. */
export const STATUS_TEXT: Record<ClaimStatus, string> = {
  stands: 'stands', 'stands-unsupported': 'stands, unsupported', defeated: 'defeated', contested: 'contested',
};
export const STATUS_MARK: Record<ClaimStatus, string> = {
  stands: '✓', 'stands-unsupported': '○', defeated: '✗', contested: '?',
};

function hasSupport(g: Graph, i: number): boolean {
  return hasSupportWithout(g, i, -1);
}

export function statusFromLabel(l: number, hasReason: boolean): ClaimStatus {
  return l === IN ? (hasReason ? 'stands' : 'stands-unsupported') : l === OUT ? 'defeated' : 'contested';
}

/** Everything status-related about one document, computed once and cached on it. */
export interface StatusModel extends Labelling {
  graph: Graph;
}

const CACHE = new WeakMap<LinkedModel, StatusModel>();

export function statusModel(doc: LinkedModel): StatusModel {
  let m = CACHE.get(doc);
  if (!m) {
    const graph = buildGraph(doc.statements.length, doc.relations);
    m = { graph, ...labelGraph(graph) };
    CACHE.set(doc, m);
  }
  return m;
}

/** Label of every statement of a document (cached). */
export function labelsOf(doc: LinkedModel): Int8Array {
  return statusModel(doc).labels;
}

/** Status of statement `i`. Only a claim can be `stands-unsupported`: any other statement that is in stands. */
export function statusOf(doc: LinkedModel, i: number): ClaimStatus {
  const m = statusModel(doc);
  return statusFromLabel(m.labels[i], hasReason(doc, m, i));
}

// ---- Why: derivations ----------------------------------------------------------------------

/**
 * Why a statement has its label, as a well-founded tree: every child was labelled before its
 * parent, so the tree is finite. For UNDECIDED the children are the undecided statements that
 * block a decision, and `cycle` (when found) is the loop they sit on.
 */
export interface Derivation {
  statement: number;
  label: LabelName;
  rule:
    | 'unopposed'            // in: no counters (and no reasons, or a reason that is in)
    | 'counters-defeated'    // in: every counter is out
    | 'counter-stands'       // out: a counter is in
    | 'reasons-defeated'     // out: it has reasons and every one is out
    | 'blocked';             // undecided
  /** in: the reason that is in, if it has reasons. */
  reason?: Derivation;
  /** in: its counters (all out). out: the counter that is in. undecided: the undecided counters. */
  counters: Derivation[];
  /** out by reasons-defeated: its reasons (all out). undecided: undecided reasons, when no reason is in. */
  reasons: Derivation[];
  /** undecided: the loop its blockers lead to, in arrow order, and whether each member's relations are counters. */
  cycle?: number[];
  cycleCounters?: boolean[];
  /** Children left out because of the depth limit. */
  truncated?: boolean;
}

/** The distinct statements relating to `i` as counters (`attack` 1) or reasons (0). */
function sources(g: Graph, i: number, attack: number): number[] {
  const out: number[] = [];
  for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) if (g.inAttack[k] === attack && !out.includes(g.inFrom[k])) out.push(g.inFrom[k]);
  return out;
}
const counters = (g: Graph, i: number): number[] => sources(g, i, 1);
const reasons = (g: Graph, i: number): number[] => sources(g, i, 0);

/** The derivation of statement `i`'s label, `depth` levels deep. Works on any labelling of `g`. */
export function deriveLabel(g: Graph, lab: Labelling, i: number, depth = 3): Derivation {
  const { labels, order } = lab;
  const l = labels[i];
  const cs = counters(g, i), rs = reasons(g, i);
  const d: Derivation = { statement: i, label: LABEL_NAMES[l], rule: 'blocked', counters: [], reasons: [] };
  const sub = (j: number): Derivation | null => (depth > 0 ? deriveLabel(g, lab, j, depth - 1) : null);
  const add = (list: Derivation[], js: number[]): void => {
    for (const j of js) {
      const x = sub(j);
      if (x) list.push(x); else d.truncated = true;
    }
  };
  // The first in file order among those labelled before `i` (so the tree stays well-founded).
  const earliest = (js: number[], want: number): number => {
    let best = -1;
    for (const j of js) if (labels[j] === want && order[j] < order[i] && (best < 0 || j < best)) best = j;
    return best;
  };
  if (l === IN) {
    d.rule = cs.length === 0 ? 'unopposed' : 'counters-defeated';
    add(d.counters, cs);
    // The reason is named, not explained (ask for its own derivation): keeps hovers short and cheap.
    const r = earliest(rs, IN);
    if (r >= 0) { if (depth > 0) d.reason = deriveLabel(g, lab, r, 0); else d.truncated = true; }
  } else if (l === OUT) {
    // Either a standing counter or the defeat of every reason; take the one found first.
    const c = earliest(cs, IN);
    if (c >= 0) { d.rule = 'counter-stands'; add(d.counters, [c]); }
    else { d.rule = 'reasons-defeated'; add(d.reasons, rs); }
  } else {
    const blockers = blockersOf(g, labels, i);
    add(d.counters, blockers.filter((j) => cs.includes(j)));
    add(d.reasons, blockers.filter((j) => !cs.includes(j)));
    // At the last level only the blockers' names are shown: skip the search for the loop.
    let cycle = depth > 0 ? findCycle(g, labels, i) : undefined;
    if (cycle) {
      const at = cycle.indexOf(i);
      if (at > 0) cycle = [...cycle.slice(at), ...cycle.slice(0, at)];
      d.cycle = cycle;
      d.cycleCounters = cycle.map((j) => g.outStart[j] < g.outStart[j + 1] && g.outAttack[g.outStart[j]] === 1);
    }
  }
  return d;
}

/** The undecided neighbours that keep `i` undecided: undecided counters, then undecided reasons when none is in. */
function blockersOf(g: Graph, labels: Int8Array, i: number): number[] {
  const out: number[] = [];
  let reasonIn = false;
  for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) if (!g.inAttack[k] && labels[g.inFrom[k]] === IN) reasonIn = true;
  for (const attack of [1, 0]) {
    if (!attack && reasonIn) break;
    for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) {
      const j = g.inFrom[k];
      if (g.inAttack[k] === attack && labels[j] === UNDECIDED && !out.includes(j)) out.push(j);
    }
  }
  return out;
}

/** Follow first blockers back from `i` until a statement repeats: the loop that keeps it undecided. */
function findCycle(g: Graph, labels: Int8Array, i: number): number[] | undefined {
  const path: number[] = [];
  const seen = new Map<number, number>();
  let x = i;
  while (!seen.has(x)) {
    seen.set(x, path.length);
    path.push(x);
    const b = blockersOf(g, labels, x);
    if (b.length === 0) return undefined;
    x = b[0];
  }
  // The walk goes against the arrows (from target to attacker); report it in arrow order.
  return path.slice(seen.get(x)).reverse();
}

export function derivationOf(doc: LinkedModel, i: number, depth = 3): Derivation {
  const m = statusModel(doc);
  return deriveLabel(m.graph, m, i, depth);
}

// ---- Why: text ----------------------------------------------------------------------------

export type Namer = (i: number) => string;

/** `counter \`x\`` or `counter “first words…”`, as in diagnostics. */
export function docNamer(doc: { statements: Statement[] }): Namer {
  return (i) => nameOf(doc.statements[i]);
}

/** Only the `\`id\``, or the name when there is no ID: for the second mention in a sentence. */
function shortOf(name: string): string {
  const m = /`[^`]*`$/.exec(name);
  return m ? m[0] : name;
}

/** Why a statement that is in stands, as a clause: "nothing answers it", "its counter `b` is defeated by `c`, which stands". */
function whyIn(d: Derivation, name: Namer): string {
  if (d.counters.length === 0) {
    if (d.truncated) return 'its counters are defeated';
    return 'nothing answers it';
  }
  return d.counters.map((c) => `its ${name(c.statement)} ${whyOut(c, name, false)}`).join('; ');
}

/** Why a statement is out, as a predicate: "is defeated by `c`, which stands", "is defeated: every reason for it is defeated". */
function whyOut(d: Derivation, name: Namer, deep: boolean): string {
  if (d.rule === 'counter-stands' && d.counters.length) {
    const c = d.counters[0];
    const tail = deep ? ` — ${whyIn(c, name)}` : '';
    return `is defeated by ${shortOf(name(c.statement))}, which stands${tail}`;
  }
  if (d.rule === 'reasons-defeated') {
    if (d.reasons.length === 0) return 'is defeated: every reason for it is defeated';
    return `is defeated: every reason for it is defeated (${d.reasons.map((r) => `${shortOf(name(r.statement))} ${whyOut(r, name, false)}`).join('; ')})`;
  }
  return 'is defeated';
}

function cycleText(cycle: number[], isCounter: boolean[], name: Namer): string {
  const names = cycle.map((j) => shortOf(name(j)));
  const allCounters = isCounter.every(Boolean);
  const allReasons = !isCounter.some(Boolean);
  if (cycle.length === 1) return allCounters ? `${name(cycle[0])} counters itself` : `${name(cycle[0])} rests on itself`;
  if (cycle.length === 2 && allCounters) return `${names[0]} and ${names[1]} counter each other`;
  if (cycle.length === 2 && allReasons) return `${names[0]} and ${names[1]} are each other's reasons, with nothing under them`;
  const ring = `${names.join(' → ')} → ${names[0]}`;
  if (allCounters) return `${ring} counter each other in a ring`;
  if (allReasons) return `${ring} support each other in a ring, with nothing under them`;
  return `${ring} go round in a loop of counters and reasons`;
}

/** Why undecided: "counter `a` is contested — `a` and `b` counter each other". */
function whyUndecided(d: Derivation, name: Namer): string {
  const cyc = d.cycle ? cycleText(d.cycle, d.cycleCounters ?? [], name) : '';
  if (d.cycle && d.cycle.includes(d.statement)) return cyc;
  if (d.counters.length) return `${name(d.counters[0].statement)} is contested${cyc ? ` — ${cyc}` : ''}`;
  if (d.reasons.length) {
    const r = d.reasons[0];
    return `${name(r.statement)} is contested and no other reason stands${cyc ? ` — ${cyc}` : ''}`;
  }
  return cyc || 'nothing settles it';
}

/** The short derivation people read in hovers and messages: "defeated: counter `trojans` stands — nothing answers it". */
export function explainDerivation(d: Derivation, name: Namer, hasReason: boolean): string {
  return `${STATUS_TEXT[statusFromLabel(LABEL_NAMES.indexOf(d.label), hasReason)]}: ${whyText(d, name, hasReason)}`;
}

/** The derivation without the status in front: "counter `trojans` stands — nothing answers it". */
function whyText(d: Derivation, name: Namer, hasReason: boolean): string {
  if (d.label === 'in') {
    const parts: string[] = [];
    if (d.reason) parts.push(`${name(d.reason.statement)} stands`);
    if (d.counters.length) parts.push(d.counters.map((c) => `${name(c.statement)} ${whyOut(c, name, true)}`).join('; '));
    else parts.push(hasReason || d.reason ? 'nothing counters it' : 'nothing counters it, though it has no reason');
    return parts.join('; ');
  }
  if (d.label === 'out') {
    if (d.rule === 'counter-stands' && d.counters.length) {
      const c = d.counters[0];
      return `${name(c.statement)} stands — ${whyIn(c, name)}`;
    }
    if (d.reasons.length === 0) return 'every reason is defeated';
    return `every reason is defeated — ${d.reasons.map((r) => `${name(r.statement)} ${whyOut(r, name, false)}`).join('; ')}`;
  }
  return whyUndecided(d, name);
}

/** Whether statement `i` counts as having a reason: only a claim can stand unsupported. */
function hasReason(doc: LinkedModel, m: StatusModel, i: number): boolean {
  return doc.statements[i].kind !== 'claim' || hasSupport(m.graph, i);
}

/** The derivation of statement `i` as one line of text. */
export function explain(doc: LinkedModel, i: number): string {
  const m = statusModel(doc);
  return explainDerivation(deriveLabel(m.graph, m, i, 3), docNamer(doc), hasReason(doc, m, i));
}

/** `explain` without the status in front, for sentences that state the status themselves. */
export function explainWhy(doc: LinkedModel, i: number): string {
  const m = statusModel(doc);
  return whyText(deriveLabel(m.graph, m, i, 3), docNamer(doc), hasReason(doc, m, i));
}

/** The counters that are in against statement `i` (what defeats it), in file order. */
export function standingCounters(doc: LinkedModel, i: number): number[] {
  const m = statusModel(doc);
  return counters(m.graph, i).filter((j) => m.labels[j] === IN).sort((a, b) => a - b);
}

/** Counters and reasons of a statement, deduplicated. */
export function countersOf(doc: LinkedModel, i: number): number[] { return counters(statusModel(doc).graph, i); }
export function reasonsOf(doc: LinkedModel, i: number): number[] { return reasons(statusModel(doc).graph, i); }

// ---- Hinges --------------------------------------------------------------------------------

export interface Flip { claim: number; before: ClaimStatus; after: ClaimStatus }
export interface Hinge { statement: number; flips: Flip[] }

/**
 * For each statement, the claims whose label changes when it is removed (with its relations),
 * ranked by how many flip. Removing a statement can only change what lies downstream of it, so each
 * removal relabels just that cone with the rest of the labelling held fixed.
 */
export function hingesOf(g: Graph, base: Labelling, isClaim: (i: number) => boolean): Hinge[] {
  const n = g.n;
  const labels = Int8Array.from(base.labels);
  const s = scratch(n);
  const mark = new Int32Array(n).fill(-1);
  const cone = new Int32Array(n);
  // Statements with a path to a claim other than themselves: only their removal can flip a claim.
  const reaches = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) if (isClaim(i)) stack.push(i);
  const fromClaim = new Uint8Array(n);
  for (const c of stack) fromClaim[c] = 1;
  while (stack.length) {
    const x = stack.pop()!;
    for (let k = g.inStart[x]; k < g.inStart[x + 1]; k++) {
      const u = g.inFrom[k];
      if (!reaches[u]) { reaches[u] = 1; stack.push(u); }
    }
  }
  const out: Hinge[] = [];
  for (let r = 0; r < n; r++) {
    if (!reaches[r] || (base.labels[r] === OUT && removalChangesNothing(g, r))) continue;
    // The cone: what r can reach, without r, through statements that matter to some claim.
    let size = 0;
    mark[r] = r;
    let head = 0;
    cone[size++] = r;
    while (head < size) {
      const x = cone[head++];
      for (let k = g.outStart[x]; k < g.outStart[x + 1]; k++) {
        const t = g.outTo[k];
        if (mark[t] !== r && (reaches[t] || fromClaim[t])) { mark[t] = r; cone[size++] = t; }
      }
    }
    const members = cone.subarray(1, size);
    for (const t of members) labels[t] = UNDECIDED;
    solve(g, labels, null, members, members.length, r, s);
    const flips: Flip[] = [];
    for (const t of members) {
      if (fromClaim[t] && labels[t] !== base.labels[t]) {
        flips.push({
          claim: t,
          before: statusFromLabel(base.labels[t], hasSupport(g, t)),
          after: statusFromLabel(labels[t], hasSupportWithout(g, t, r)),
        });
      }
      labels[t] = base.labels[t];
    }
    if (flips.length) out.push({ statement: r, flips: flips.sort((a, b) => a.claim - b.claim) });
  }
  return out.sort((a, b) => b.flips.length - a.flips.length || a.statement - b.statement);
}

/**
 * A statement that is out can be dropped without changing any label, unless it is the only reason
 * of something (then that statement loses the "every reason is defeated" that kept it out).
 */
function removalChangesNothing(g: Graph, r: number): boolean {
  for (let k = g.outStart[r]; k < g.outStart[r + 1]; k++) {
    if (g.outAttack[k]) continue;
    if (!hasSupportWithout(g, g.outTo[k], r)) return false;
  }
  return true;
}

function hasSupportWithout(g: Graph, i: number, removed: number): boolean {
  for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) if (!g.inAttack[k] && g.inFrom[k] !== removed) return true;
  return false;
}

export function hinges(doc: LinkedModel): Hinge[] {
  const m = statusModel(doc);
  return hingesOf(m.graph, m, (i) => doc.statements[i].kind === 'claim');
}

// ---- Reports -------------------------------------------------------------------------------

export interface CruxTarget { statement: number; status: ClaimStatus }
export interface CruxEntry { crux: number; targets: CruxTarget[] }
export interface CruxReport { cruxes: CruxEntry[]; hinges: Hinge[] }

/** Declared cruxes with the status of their targets, and the hinges (ranked, `top` of them). */
export function cruxReport(doc: LinkedModel, top = Infinity): CruxReport {
  const cruxes: CruxEntry[] = [];
  const byCrux = new Map<number, CruxEntry>();
  for (const st of doc.statements) {
    if (st.kind !== 'crux') continue;
    const e: CruxEntry = { crux: st.index, targets: [] };
    byCrux.set(st.index, e);
    cruxes.push(e);
  }
  for (const r of doc.relations) {
    if (r.type !== 'crux') continue;
    const e = byCrux.get(r.from)!;
    if (!e.targets.some((t) => t.statement === r.to)) e.targets.push({ statement: r.to, status: statusOf(doc, r.to) });
  }
  return { cruxes, hinges: hinges(doc).slice(0, top) };
}
