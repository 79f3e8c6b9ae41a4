// MinHash signatures and LSH banding over character shingles, in exact 32-bit arithmetic:
// every product is Math.imul and every result is taken >>> 0, so Node, browsers and a
// re-implementation in Spark/DuckDB (uint32 arithmetic) compute the same numbers.
import { isContentChar } from './fold.js';

/** murmur3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the k-character shingles of the content characters of a key (punctuation skipped), sorted and unique. */
export function shingleHashes(keyText: string, k: number): Uint32Array {
  const codes: number[] = [];
  for (let i = 0; i < keyText.length; i++) {
    const c = keyText.charCodeAt(i);
    if (isContentChar(c)) codes.push(c);
  }
  if (codes.length < k) {
    if (codes.length === 0) return new Uint32Array(0);
    return Uint32Array.of(hashCodes(codes, 0, codes.length));
  }
  const out = new Uint32Array(codes.length - k + 1);
  // Rolling polynomial hash mod 2^32 (base odd), finalised with fmix32.
  const BASE = 0x01000193;
  let pow = 1;
  for (let i = 1; i < k; i++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + codes[i]!) | 0;
  out[0] = fmix32(h);
  for (let i = k; i < codes.length; i++) {
    h = (Math.imul(h - Math.imul(codes[i - k]!, pow), BASE) + codes[i]!) | 0;
    out[i - k + 1] = fmix32(h);
  }
  out.sort();
  return unique(out);
}

/**
 * The k-shingle hashes of a key's content characters in text order (not sorted), with
 * `prefix[i]`: the number of content characters before key index i. The shingles of a key span
 * [s, e) are `hashes.subarray(prefix[s], prefix[e] − k + 1)`: one hashing pass serves every section.
 */
export function shingleSequence(keyText: string, k: number): { hashes: Uint32Array; prefix: Int32Array } {
  const prefix = new Int32Array(keyText.length + 1);
  const codes: number[] = [];
  for (let i = 0; i < keyText.length; i++) {
    prefix[i] = codes.length;
    const c = keyText.charCodeAt(i);
    if (isContentChar(c)) codes.push(c);
  }
  prefix[keyText.length] = codes.length;
  const hashes = new Uint32Array(Math.max(0, codes.length - k + 1));
  if (!hashes.length) return { hashes, prefix };
  const BASE = 0x01000193;
  let pow = 1;
  for (let i = 1; i < k; i++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + codes[i]!) | 0;
  hashes[0] = fmix32(h);
  for (let i = k; i < codes.length; i++) {
    h = (Math.imul(h - Math.imul(codes[i - k]!, pow), BASE) + codes[i]!) | 0;
    hashes[i - k + 1] = fmix32(h);
  }
  return { hashes, prefix };
}

/** Sorted unique shingles of a key span, from a shingleSequence. */
export function spanShingles(seq: { hashes: Uint32Array; prefix: Int32Array }, start: number, end: number, k: number): Uint32Array {
  const from = seq.prefix[start]!;
  const to = seq.prefix[end]! - k + 1;
  if (to <= from) return new Uint32Array(0);
  const out = seq.hashes.slice(from, to);
  out.sort();
  return unique(out);
}

function hashCodes(codes: readonly number[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  return fmix32(h);
}

/** Removes duplicates from a sorted array (in place; returns the used prefix). */
export function unique(sorted: Uint32Array): Uint32Array {
  if (sorted.length < 2) return sorted;
  let w = 1;
  for (let r = 1; r < sorted.length; r++) if (sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r]!;
  return sorted.subarray(0, w);
}

/** Size of the intersection of two sorted unique arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Exact Jaccard of two sorted unique shingle sets (1 for two empty sets). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const inter = intersectionSize(a, b);
  return inter / (a.length + b.length - inter);
}

export interface MinHasher {
  readonly numHashes: number;
  /** The 32-bit multipliers (odd) and addends of the hash family h_i(x) = fmix32(a_i·x + b_i). */
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  signature(shingles: Uint32Array): Uint32Array;
}

/** splitmix32: the deterministic stream the hash family's parameters are drawn from. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A MinHash family of `numHashes` permutations of the uint32 space: x ↦ fmix32(a·x + b) with
 * a odd is a bijection (an odd multiplier is invertible mod 2^32, and fmix32 is a bijection).
 * The signature holds, per permutation, the least image of the set; two sets agree at one
 * position with probability equal to their Jaccard similarity.
 */
export function createMinHasher(numHashes = 128, seed = 0x7469_6761): MinHasher {
  const next = splitmix32(seed);
  const a = new Uint32Array(numHashes);
  const b = new Uint32Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    a[i] = (next() | 1) >>> 0;
    b[i] = next();
  }
  return {
    numHashes,
    a,
    b,
    signature(shingles: Uint32Array): Uint32Array {
      const sig = new Uint32Array(numHashes).fill(0xffffffff);
      for (let s = 0; s < shingles.length; s++) {
        const x = shingles[s]!;
        for (let i = 0; i < numHashes; i++) {
          const v = fmix32((Math.imul(a[i]!, x) + b[i]!) | 0);
          if (v < sig[i]!) sig[i] = v;
        }
      }
      return sig;
    },
  };
}

/** Share of positions where two signatures agree: the MinHash estimate of Jaccard. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return x.length ? same / x.length : 0;
}

/**
 * LSH band keys: the signature cut into `bands` bands of `rows` values; each band's values are
 * hashed to a 32-bit bucket. The key a document is filed under is (band, bucket): a number
 * band·2^32 + bucket, so equal buckets of different bands never meet.
 */
export function bandBuckets(sig: Uint32Array, bands: number, rows: number): Uint32Array {
  const out = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    let h = Math.imul(band + 1, 0x9e3779b1) >>> 0;
    for (let r = 0; r < rows; r++) h = fmix32((Math.imul(h, 0x01000193) ^ sig[band * rows + r]!) >>> 0);
    out[band] = h;
  }
  return out;
}

export const bandKey = (band: number, bucket: number): number => band * 4294967296 + bucket;
