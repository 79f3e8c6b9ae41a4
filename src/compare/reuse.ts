// Passages two texts share verbatim or nearly so, found on the comparison keys (fold.ts):
// floating n-gram seeds (every n-gram of A looked up among B's), chained along their diagonal
// (posA − posB) across gaps of a few edits, extended to maximal spans, then kept when long
// enough and not redundant with a longer passage.
import { isContentChar, type Key } from './fold.js';

export interface ReuseOptions {
  /** Seed length in key characters; default 8. */
  seedLength: number;
  /** Shortest passage kept, in key characters; default 12. */
  minLength: number;
  /** Largest shift of the diagonal, and largest extra gap, between two chained seeds (edits tolerated); default 6. */
  maxEdit: number;
  /** An n-gram found more often than this in B is not used as a seed (repeated boilerplate); default 64. */
  maxSeedOccurrences: number;
}

export const DEFAULT_REUSE: ReuseOptions = { seedLength: 8, minLength: 12, maxEdit: 6, maxSeedOccurrences: 64 };

/** A passage as key spans [aStart, aEnd) and [bStart, bEnd). */
export interface RawPassage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Key characters of A covered by matching seeds. */
  matched: number;
}

interface Chain extends RawPassage {
  lastA: number;
  diag: number;
}

/** A seed must hold this many content (non-punctuation) characters: 、、#、#、 matches anything. */
function contentCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isContentChar(text.charCodeAt(i))) n++;
  return n;
}

/**
 * The n-grams of B by rolling hash, as hash chains in typed arrays: `slotOf(h)` finds a hash's
 * slot, `head[slot]` its last position, `next[pos]` the one before; `count[slot]` how many.
 */
class NGramIndex {
  readonly keys: Int32Array;
  readonly head: Int32Array;
  readonly count: Int32Array;
  readonly next: Int32Array;
  readonly mask: number;
  readonly shift: number;
  constructor(text: string, n: number) {
    const positions = Math.max(0, text.length - n + 1);
    let cap = 16;
    let bits = 4;
    while (cap < positions * 2) {
      cap *= 2;
      bits++;
    }
    this.shift = 32 - bits;
    this.keys = new Int32Array(cap);
    this.head = new Int32Array(cap).fill(-1);
    this.count = new Int32Array(cap);
    this.next = new Int32Array(Math.max(1, positions));
    this.mask = cap - 1;
    if (!positions) return;
    const BASE = 0x01000193;
    let pow = 1;
    for (let i = 1; i < n; i++) pow = Math.imul(pow, BASE);
    let h = 0;
    for (let i = 0; i < n; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    for (let i = 0; ; i++) {
      const slot = this.slotOf(h);
      this.keys[slot] = h;
      this.next[i] = this.head[slot]!;
      this.head[slot] = i;
      this.count[slot]!++;
      if (i + n >= text.length) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(i), pow), BASE) + text.charCodeAt(i + n)) | 0;
    }
  }
  /** The slot holding hash h, or the empty slot where it would go. */
  slotOf(h: number): number {
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift; // top bits of a multiplicative hash
    while (this.head[s] !== -1 && this.keys[s] !== h) s = (s + 1) & this.mask;
    return s;
  }
}

/** All chains of seeds between two keys (before redundancy is removed). */
export function findChains(a: string, b: string, options: ReuseOptions = DEFAULT_REUSE): RawPassage[] {
  const n = options.seedLength;
  const tol = options.maxEdit;
  const done: RawPassage[] = [];
  if (a.length < n || b.length < n) return done;
  const index = new NGramIndex(b, n);
  const minContent = Math.ceil(n / 2);
  const active = new Map<number, Chain>();
  const BASE = 0x01000193;
  let pow = 1;
  for (let i = 1; i < n; i++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let i = 0; i < n; i++) h = (Math.imul(h, BASE) + a.charCodeAt(i)) | 0;
  let sweep = 0;
  for (let i = 0; i + n <= a.length; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(a.charCodeAt(i - 1), pow), BASE) + a.charCodeAt(i + n - 1)) | 0;
    // retire chains that can no longer grow (every 256 positions, to keep the map small)
    if (++sweep === 256) {
      sweep = 0;
      for (const [d, c] of active) {
        if (i - c.lastA > n + 2 * tol) {
          done.push(c);
          active.delete(d);
        }
      }
    }
    const slot = index.slotOf(h);
    if (index.head[slot] === -1 || index.count[slot]! > options.maxSeedOccurrences) continue;
    let gram: string | null = null;
    for (let j = index.head[slot]!; j >= 0; j = index.next[j]!) {
      gram ??= a.slice(i, i + n);
      if (b.startsWith(gram, j) === false) continue; // hash collision
      if (contentCount(a, i, i + n) < minContent) break;
      const d = i - j;
      let chain = active.get(d);
      // on the same diagonal (substitutions only: 5%左右 against 5%以上) a longer gap is bridged
      if (chain && i - chain.lastA > n + 2 * tol) {
        done.push(chain);
        active.delete(d);
        chain = undefined;
      }
      if (!chain) {
        // a chain on a nearby diagonal: the texts differ by a few inserted or deleted characters
        for (let s = 1; s <= tol && !chain; s++) {
          for (const dd of [d - s, d + s]) {
            const c = active.get(dd);
            if (c && i - c.lastA <= n + tol && j >= c.bStart && i >= c.lastA) {
              active.delete(dd);
              const prev = active.get(d);
              if (prev) done.push(prev);
              active.set(d, c);
              c.diag = d;
              chain = c;
              break;
            }
          }
        }
      }
      if (chain) {
        chain.matched += i + n - Math.max(i, chain.aEnd);
        if (i + n > chain.aEnd) chain.aEnd = i + n;
        if (j + n > chain.bEnd) chain.bEnd = j + n;
        chain.lastA = i;
      } else {
        active.set(d, { aStart: i, aEnd: i + n, bStart: j, bEnd: j + n, matched: n, lastA: i, diag: d });
      }
    }
  }
  for (const c of active.values()) done.push(c);
  // extend each chain to a maximal span: equal characters before and after
  for (const c of done) {
    while (c.aStart > 0 && c.bStart > 0 && a.charCodeAt(c.aStart - 1) === b.charCodeAt(c.bStart - 1)) {
      c.aStart--;
      c.bStart--;
      c.matched++;
    }
    while (c.aEnd < a.length && c.bEnd < b.length && a.charCodeAt(c.aEnd) === b.charCodeAt(c.bEnd)) {
      c.aEnd++;
      c.bEnd++;
      c.matched++;
    }
  }
  return done.map(({ aStart, aEnd, bStart, bEnd, matched }) => ({ aStart, aEnd, bStart, bEnd, matched }));
}

/** Drops leading and trailing punctuation of both sides together. */
function trim(p: RawPassage, a: string, b: string): RawPassage {
  let { aStart, aEnd, bStart, bEnd } = p;
  while (aStart < aEnd && bStart < bEnd && !isContentChar(a.charCodeAt(aStart)) && !isContentChar(b.charCodeAt(bStart))) {
    aStart++;
    bStart++;
  }
  while (aEnd > aStart && bEnd > bStart && !isContentChar(a.charCodeAt(aEnd - 1)) && !isContentChar(b.charCodeAt(bEnd - 1))) {
    aEnd--;
    bEnd--;
  }
  return { aStart, aEnd, bStart, bEnd, matched: p.matched };
}

/**
 * Keeps the chains long enough, longest first, dropping one whose A side and B side are both
 * already mostly inside kept passages (the same slogan met again elsewhere).
 */
export function selectPassages(chains: readonly RawPassage[], a: Key, b: Key, options: ReuseOptions = DEFAULT_REUSE): RawPassage[] {
  const candidates = chains
    .map((c) => trim(c, a.text, b.text))
    .filter((c) => c.aEnd - c.aStart >= options.minLength && c.bEnd - c.bStart >= options.minLength && contentCount(a.text, c.aStart, c.aEnd) >= Math.ceil(options.minLength * 0.75))
    .sort((x, y) => y.aEnd - y.aStart - (x.aEnd - x.aStart) || x.aStart - y.aStart);
  const coveredA = new Uint8Array(a.text.length);
  const coveredB = new Uint8Array(b.text.length);
  const kept: RawPassage[] = [];
  for (const c of candidates) {
    let newA = 0;
    for (let i = c.aStart; i < c.aEnd; i++) if (!coveredA[i]) newA++;
    let newB = 0;
    for (let i = c.bStart; i < c.bEnd; i++) if (!coveredB[i]) newB++;
    if (newA * 2 < c.aEnd - c.aStart && newB * 2 < c.bEnd - c.bStart) continue;
    if (newA < options.minLength && newB < options.minLength) continue;
    coveredA.fill(1, c.aStart, c.aEnd);
    coveredB.fill(1, c.bStart, c.bEnd);
    kept.push(c);
  }
  return kept.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}

/** Share of a key's content characters inside the given spans. */
export function coverage(key: string, spans: readonly (readonly [number, number])[]): number {
  const mark = new Uint8Array(key.length);
  for (const [s, e] of spans) mark.fill(1, s, e);
  let total = 0;
  let covered = 0;
  for (let i = 0; i < key.length; i++) {
    if (!isContentChar(key.charCodeAt(i))) continue;
    total++;
    if (mark[i]) covered++;
  }
  return total ? covered / total : 0;
}
