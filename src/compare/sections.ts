// Structure-first alignment of two outline trees.
// 1. Every pair of sections gets a score from its heading text (marker removed), a content
//    signature of its body (shingles of the comparison key) and its numbering (depth, ordinal,
//    marker family).
// 2. An order-preserving alignment (Needleman–Wunsch over the outlines in document order)
//    pairs the sections that kept their order: relation 'match'.
// 3. The sections left over are paired one-to-one by the Hungarian algorithm (munkres):
//    relation 'moved'.
// 4. A section still left over whose body lies mostly inside a paired section of the other
//    text at the same depth is reported as 'merged' (A's section went into that B section with
//    its own counterpart) or 'split' (B's section took part of that A section).
import munkres from 'munkres';
import type { Section } from '../schema/outline.js';
import type { SectionPair, SectionRef, SectionRelation, UnpairedSection } from '../schema/compare.js';
import { buildKey, keyIndexAt, type Key } from './fold.js';
import { createMinHasher, estimateJaccard, intersectionSize, shingleSequence, spanShingles, type MinHasher } from './minhash.js';
import { sharedTerms } from './keywords.js';
import type { Keyword } from '../schema/compare.js';

export interface FlatSection {
  section: Section;
  ref: SectionRef;
  depth: number;
  /** Key span of the whole section (heading to the next heading at the same or a higher level). */
  keyStart: number;
  keyEnd: number;
  titleKey: string;
  titleGrams: Map<string, number>;
  /** MinHash signature of the shingles, for large sections (exact intersections cost |A|+|B|). */
  signature: Uint32Array | null;
  shingles: Uint32Array;
  /** Folded body text (for shared terms). */
  body: string;
  parent: FlatSection | null;
}

export interface AlignOptions {
  /** Pairs [idA, idB] that must be aligned. */
  pin?: readonly (readonly [string, string])[];
  /** Pairs [idA, idB] that must not be aligned. */
  forbid?: readonly (readonly [string, string])[];
  /** Lowest score of an aligned pair; default 0.33. */
  minScore?: number;
}

/** Terms the shared terms of a pair are chosen from (both documents' candidate keywords), best first. */
export type TermList = readonly Keyword[];

const SHINGLE = 3;
/** Sections with more shingles than this are compared by MinHash estimates (error ≈ 0.06 with 64 hashes). */
const LARGE = 800;
let hasher: MinHasher | null = null;
const sectionHasher = (): MinHasher => (hasher ??= createMinHasher(64, 0x5ec7));

/** Size of the intersection of two sections' shingle sets: exact when small, estimated from MinHash when both are large. */
function overlap(a: FlatSection, b: FlatSection): number {
  if (a.signature && b.signature) {
    const j = estimateJaccard(a.signature, b.signature);
    return (j * (a.shingles.length + b.shingles.length)) / (1 + j);
  }
  return intersectionSize(a.shingles, b.shingles);
}

/** The sections of an outline in document order, with their key spans and signatures. */
export function flattenSections(roots: readonly Section[], original: string, key: Key, folded: string): FlatSection[] {
  const out: FlatSection[] = [];
  const seq = shingleSequence(key.text, SHINGLE);
  const walk = (sections: readonly Section[], path: string[], parent: FlatSection | null): void => {
    for (const s of sections) {
      if (s.origin === 'toc') continue;
      const heading = `${s.marker}${s.title}`;
      const p = [...path, heading];
      const start = s.position?.start.offset ?? s.heading?.position.start.offset ?? 0;
      const end = s.position?.end.offset ?? s.heading?.position.end.offset ?? start;
      const keyStart = keyIndexAt(key, start);
      const keyEnd = keyIndexAt(key, end);
      const titleKey = buildKey(s.title).text;
      const flat: FlatSection = {
        section: s,
        ref: { id: s.id, marker: s.marker, title: s.title, path: p },
        depth: s.depth,
        keyStart,
        keyEnd,
        titleKey,
        titleGrams: bigrams(titleKey),
        shingles: spanShingles(seq, keyStart, keyEnd, SHINGLE),
        signature: null,
        body: folded.slice(start, end),
        parent,
      };
      if (flat.shingles.length > LARGE) flat.signature = sectionHasher().signature(flat.shingles);
      out.push(flat);
      walk(s.children, p, flat);
    }
  };
  walk(roots, [], null);
  void original;
  return out;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const units = s.length < 2 ? [...s] : Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2));
  for (const g of units) m.set(g, (m.get(g) ?? 0) + 1);
  return m;
}

/** Dice coefficient of character bigrams (unigrams for one-character strings). */
export function dice(a: string, b: string): number {
  if (!a.length && !b.length) return 0;
  if (a === b) return 1;
  return diceOf(bigrams(a), bigrams(b));
}

function diceOf(x: Map<string, number>, y: Map<string, number>): number {
  let inter = 0;
  let nx = 0;
  let ny = 0;
  for (const [g, c] of x) {
    nx += c;
    inter += Math.min(c, y.get(g) ?? 0);
  }
  for (const c of y.values()) ny += c;
  return nx + ny ? (2 * inter) / (nx + ny) : 0;
}

export interface PairScore {
  score: number;
  title: number;
  body: number;
  structure: number;
}

/** Score of one pair of sections, 0..1. */
export function scorePair(a: FlatSection, b: FlatSection, parentsAligned: boolean, cached?: { title: number; body: number }): PairScore {
  const na = a.shingles.length;
  const nb = b.shingles.length;
  const title = cached ? cached.title : !a.titleKey.length && !b.titleKey.length ? 0 : a.titleKey === b.titleKey ? 1 : diceOf(a.titleGrams, b.titleGrams);
  // Ochiai (cosine of the sets): tolerant of one body being longer than the other.
  const body = cached ? cached.body : na && nb ? Math.min(1, overlap(a, b) / Math.sqrt(na * nb)) : 0;
  const s = a.section;
  const t = b.section;
  const structure = (a.depth === b.depth ? 0.3 : 0) + (s.ordinal === t.ordinal ? 0.2 : 0) + (s.family === t.family ? 0.2 : 0) + (parentsAligned ? 0.3 : 0);
  const hasTitle = a.titleKey.length >= 2 && b.titleKey.length >= 2;
  const hasBody = na > 8 && nb > 8;
  let score: number;
  if (hasTitle && hasBody) score = 0.4 * title + 0.35 * body + 0.25 * structure;
  else if (hasBody) score = 0.7 * body + 0.3 * structure;
  else if (hasTitle) score = 0.7 * title + 0.3 * structure;
  // neither a title nor a body (a marker alone): numbering decides, an identical empty title counts
  else score = 0.5 * (a.titleKey === b.titleKey ? 1 : title) + 0.5 * structure;
  if (a.depth !== b.depth) score *= 0.85;
  return { score, title, body, structure };
}

export interface Alignment {
  pairs: SectionPair[];
  onlyInA: UnpairedSection[];
  onlyInB: UnpairedSection[];
  /** Share of both outlines' sections that were paired, weighted by their scores. */
  structure: number | null;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Pairs of sections scored at most (n × m); deeper levels are left out beyond it (reported in `skipped`). */
const MAX_PAIRS = 600_000;

/** The sections of the shallowest levels whose pair count stays within MAX_PAIRS. */
export function withinBudget(A: readonly FlatSection[], B: readonly FlatSection[]): { A: FlatSection[]; B: FlatSection[]; maxDepth: number | null } {
  if (A.length * B.length <= MAX_PAIRS) return { A: [...A], B: [...B], maxDepth: null };
  let depth = Math.max(...A.map((s) => s.depth), ...B.map((s) => s.depth));
  while (depth > 1) {
    depth--;
    const a = A.filter((s) => s.depth <= depth);
    const b = B.filter((s) => s.depth <= depth);
    if (a.length * b.length <= MAX_PAIRS) return { A: a, B: b, maxDepth: depth };
  }
  const a = A.filter((s) => s.depth === 1);
  const b = B.filter((s) => s.depth === 1);
  const cap = Math.floor(Math.sqrt(MAX_PAIRS));
  return { A: a.slice(0, cap), B: b.slice(0, cap), maxDepth: 1 };
}

export function alignSections(A: readonly FlatSection[], B: readonly FlatSection[], options: AlignOptions = {}, terms: TermList = []): Alignment {
  const minScore = options.minScore ?? 0.33;
  const n = A.length;
  const m = B.length;
  const indexA = new Map(A.map((s, i) => [s.ref.id, i]));
  const indexB = new Map(B.map((s, i) => [s.ref.id, i]));
  const pinned = new Set<number>();
  const forbidden = new Set<number>();
  for (const [x, y] of options.pin ?? []) {
    const i = indexA.get(x);
    const j = indexB.get(y);
    if (i !== undefined && j !== undefined) pinned.add(i * m + j);
  }
  for (const [x, y] of options.forbid ?? []) {
    const i = indexA.get(x);
    const j = indexB.get(y);
    if (i !== undefined && j !== undefined) forbidden.add(i * m + j);
  }
  const parentIndexA = A.map((x) => (x.parent ? A.indexOf(x.parent) : -1));
  const parentIndexB = B.map((x) => (x.parent ? B.indexOf(x.parent) : -1));
  let scores: PairScore[] = [];
  let value: Float64Array = new Float64Array(0);
  let pairOfA: Int32Array = new Int32Array(n).fill(-1);
  let pairOfB: Int32Array = new Int32Array(m).fill(-1);
  let relationOfA: SectionRelation[] = [];
  // Two passes: the second knows which parents were aligned in the first (children of aligned
  // parents score higher: 二、's (一) against the other 二、's (一)).
  for (let pass = 0; pass < 2; pass++) {
    const previous = pairOfA;
    const parentsAligned = (i: number, j: number): boolean => {
      const pa = parentIndexA[i]!;
      const pb = parentIndexB[j]!;
      if (pa < 0 || pb < 0) return pa === pb;
      return pass > 0 && previous[pa] === pb;
    };
    const r = assign(A, B, pinned, forbidden, minScore, parentsAligned, pass > 0 ? scores : undefined);
    scores = r.scores;
    value = r.value;
    pairOfA = r.pairOfA;
    pairOfB = r.pairOfB;
    relationOfA = r.relationOfA;
  }
  const pairs: SectionPair[] = [];
  const pair = (i: number, j: number, relation: SectionRelation): void => {
    const ps = scores[i * m + j]!;
    pairs.push({
      a: A[i]!.ref,
      b: B[j]!.ref,
      relation,
      score: round(ps.score),
      parts: { title: round(ps.title), body: round(ps.body), structure: round(ps.structure) },
      pinned: pinned.has(i * m + j),
      sharedTerms: sharedTerms(A[i]!.body, B[j]!.body, terms),
    });
  };
  for (let i = 0; i < n; i++) if (pairOfA[i]! >= 0) pair(i, pairOfA[i]!, relationOfA[i]!);
  // 3. merges and splits: a leftover section whose body is mostly inside a paired section at the same depth
  const containedIn = (x: FlatSection, y: FlatSection): number => (x.shingles.length > 8 ? Math.min(1, overlap(x, y) / x.shingles.length) : 0);
  const mergedA = new Set<number>();
  const splitB = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (pairOfA[i]! >= 0) continue;
    let best = -1;
    let bestC = 0.5;
    for (let j = 0; j < m; j++) {
      if (pairOfB[j]! < 0 || B[j]!.depth !== A[i]!.depth || forbidden.has(i * m + j)) continue;
      const c = containedIn(A[i]!, B[j]!);
      if (c > bestC) {
        bestC = c;
        best = j;
      }
    }
    if (best >= 0) {
      mergedA.add(i);
      pair(i, best, 'merged');
    }
  }
  for (let j = 0; j < m; j++) {
    if (pairOfB[j]! >= 0) continue;
    let best = -1;
    let bestC = 0.5;
    for (let i = 0; i < n; i++) {
      if (pairOfA[i]! < 0 || A[i]!.depth !== B[j]!.depth || forbidden.has(i * m + j)) continue;
      const c = containedIn(B[j]!, A[i]!);
      if (c > bestC) {
        bestC = c;
        best = i;
      }
    }
    if (best >= 0) {
      splitB.add(j);
      pair(best, j, 'split');
    }
  }
  pairs.sort((x, y) => (indexA.get(x.a.id)! - indexA.get(y.a.id)!) || (indexB.get(x.b.id)! - indexB.get(y.b.id)!));
  const unpaired = (s: FlatSection): UnpairedSection => ({ id: s.ref.id, marker: s.ref.marker, title: s.ref.title });
  const onlyInA = A.filter((_, i) => pairOfA[i]! < 0 && !mergedA.has(i)).map(unpaired);
  const onlyInB = B.filter((_, j) => pairOfB[j]! < 0 && !splitB.has(j)).map(unpaired);
  let structure: number | null = null;
  if (n + m > 0 && n > 0 && m > 0) {
    let sum = 0;
    for (const p of pairs) if (p.relation === 'match' || p.relation === 'moved') sum += 2 * Math.min(1, p.score);
    structure = round(sum / (n + m));
  }
  return { pairs, onlyInA, onlyInB, structure };
}

interface Assignment {
  scores: PairScore[];
  value: Float64Array;
  pairOfA: Int32Array;
  pairOfB: Int32Array;
  relationOfA: SectionRelation[];
}

/** Order-preserving alignment, then Hungarian assignment of the rest. */
function assign(A: readonly FlatSection[], B: readonly FlatSection[], pinned: ReadonlySet<number>, forbidden: ReadonlySet<number>, minScore: number, parentsAligned: (i: number, j: number) => boolean, previous?: readonly PairScore[]): Assignment {
  const n = A.length;
  const m = B.length;
  const scores: PairScore[] = new Array(n * m);
  const value = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      // sections more than one level apart are not compared (a chapter is not a sub-item)
      const ps = Math.abs(A[i]!.depth - B[j]!.depth) > 1 ? NO_SCORE : scorePair(A[i]!, B[j]!, parentsAligned(i, j), previous?.[k]);
      scores[k] = ps;
      value[k] = forbidden.has(k) ? -Infinity : pinned.has(k) ? 1e6 : ps.score >= minScore ? ps.score - minScore + 1e-6 : -Infinity;
    }
  }
  // 1. order-preserving alignment (maximum total gain; gaps are free)
  const W = m + 1;
  const dp = new Float64Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W); // 1 = skip A, 2 = skip B, 3 = pair
  for (let i = 1; i <= n; i++) move[i * W] = 1;
  for (let j = 1; j <= m; j++) move[j] = 2;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = dp[(i - 1) * W + j]!;
      let mv = 1;
      const left = dp[i * W + j - 1]!;
      if (left > best) {
        best = left;
        mv = 2;
      }
      const v = value[(i - 1) * m + j - 1]!;
      if (v > 0) {
        const diag = dp[(i - 1) * W + j - 1]! + v;
        if (diag > best) {
          best = diag;
          mv = 3;
        }
      }
      dp[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  const pairOfA = new Int32Array(n).fill(-1);
  const pairOfB = new Int32Array(m).fill(-1);
  const relationOfA: SectionRelation[] = new Array(n);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const mv = move[i * W + j];
    if (mv === 3) {
      pairOfA[i - 1] = j - 1;
      pairOfB[j - 1] = i - 1;
      relationOfA[i - 1] = 'match';
      i--;
      j--;
    } else if (mv === 1) i--;
    else j--;
  }
  // 2. one-to-one assignment of the rest (sections that moved)
  // a section out of order needs evidence of its own: a similar body or a near-identical heading
  const movable = (k: number): boolean => pinned.has(k) || (value[k]! > 0 && (scores[k]!.body >= 0.15 || scores[k]!.title >= 0.8));
  // only the leftovers with at least one possible partner enter the assignment
  const restA = [...Array(n).keys()].filter((i) => pairOfA[i] === -1 && [...Array(m).keys()].some((j) => pairOfB[j] === -1 && movable(i * m + j)));
  const restB = [...Array(m).keys()].filter((j) => pairOfB[j] === -1 && restA.some((i) => movable(i * m + j)));
  if (restA.length && restB.length) {
    const BIG = 1e9;
    const cost = restA.map((i) => restB.map((j) => (movable(i * m + j) ? 1 - scores[i * m + j]!.score - (pinned.has(i * m + j) ? 10 : 0) : BIG)));
    // munkres is cubic: beyond MAX_ASSIGN leftovers a side, best pairs first (greedy) instead
    const assignment: [number, number][] =
      Math.min(restA.length, restB.length) <= MAX_ASSIGN
        ? munkres(cost)
        : greedyAssignment(cost, BIG);
    for (const [r, c] of assignment) {
      const i = restA[r]!;
      const j = restB[c]!;
      if (cost[r]![c]! >= BIG) continue;
      pairOfA[i] = j;
      pairOfB[j] = i;
      relationOfA[i] = 'moved';
    }
  }
  return { scores, value, pairOfA, pairOfB, relationOfA };
}

/** Leftover sections per side above which the cubic Hungarian algorithm gives way to a greedy assignment. */
const MAX_ASSIGN = 400;

// marked pure: a bundle of parse alone drops it with the rest of the comparison
const NO_SCORE: PairScore = /* @__PURE__ */ Object.freeze({ score: 0, title: 0, body: 0, structure: 0 });

/** Pairs taken best first, each row and column once. */
function greedyAssignment(cost: readonly (readonly number[])[], big: number): [number, number][] {
  const cells: [number, number, number][] = [];
  cost.forEach((row, r) => row.forEach((c, k) => c < big && cells.push([c, r, k])));
  cells.sort((x, y) => x[0] - y[0]);
  const usedR = new Set<number>();
  const usedC = new Set<number>();
  const out: [number, number][] = [];
  for (const [, r, c] of cells) {
    if (usedR.has(r) || usedC.has(c)) continue;
    usedR.add(r);
    usedC.add(c);
    out.push([r, c]);
  }
  return out;
}
