// compareCorpus(docs): many documents at once, near-linear in their number.
// - MinHash signatures over character shingles of each text's comparison key; LSH bands give
//   the candidate pairs (documents that share a (band, bucket) key), so no pair of documents is
//   compared unless some band of their signatures agrees.
// - A sparse similarity matrix of the candidate pairs (MinHash estimates), the top k per
//   document, and near-duplicate groups (union-find over pairs at or above a threshold).
// - The theme × document matrix (src/zh/policy-terms.ts).
// - The passages reused across the most documents: sampled key n-grams counted by document
//   frequency, merged into passages.
// The index is incremental: add() more documents at any time, then result() again.
import type { CorpusPair, CorpusPassage, CorpusResult } from '../schema/compare.js';
import { COMPARE_SCHEMA_VERSION } from './version.js';
import { TigangError } from '../errors.js';
import { phraseKeys, formulaicMask } from './compare.js';
import { buildKey, foldForCompare, isContentChar } from './fold.js';
import { THEME_NAMES, themeScores } from './keywords.js';
import { bandBuckets, createMinHasher, estimateJaccard, fmix32, shingleHashes, type MinHasher } from './minhash.js';

export interface CorpusDocument {
  id: string;
  text: string;
  title?: string | null;
}

export interface CorpusOptions {
  /** Hash functions per signature; default 128 (= bands × rows). */
  numHashes?: number;
  /** LSH bands; default 32 (4 rows each: pairs from Jaccard ≈ 0.4 up are found with high probability). */
  bands?: number;
  /** Characters per shingle; default 5. */
  shingleLength?: number;
  /** Lowest estimated Jaccard of a pair kept in the matrix; default 0.2. */
  minSimilarity?: number;
  /** Lowest estimated Jaccard of two documents in one near-duplicate group; default 0.8. */
  groupThreshold?: number;
  /** Pairs kept per document in `topK`; default 5. */
  topK?: number;
  /** A bucket holding more documents than this pairs a new document with the most recent ones only (keeps the work linear); default 100. */
  maxBucketSize?: number;
  /** Key characters per passage n-gram; default 12. */
  passageLength?: number;
  /** One passage n-gram in this many is counted (hash-based sampling: the same n-grams in every document); default 4. */
  passageSample?: number;
  /** Fewest documents a reported passage is shared by; default 2. */
  minPassageDocs?: number;
  /** Passages reported; default 50. */
  maxPassages?: number;
  /** A passage found in at least this share of the documents is formulaic (besides the shipped list); default 0.2. */
  formulaicShare?: number;
  /** Seed of the hash family (same seed, same signatures); default fixed. */
  seed?: number;
  /** Called after each document is indexed. */
  onProgress?: (done: number, total: number | null) => void;
}

interface Entry {
  id: string;
  title: string | null;
  text: string;
  length: number;
  shingles: number;
  signature: Uint32Array;
  buckets: Uint32Array;
  themes: Float64Array;
  /** Sampled passage n-gram hashes (int32), unique. */
  grams: Int32Array;
}

export interface BandRow {
  docId: string;
  band: number;
  bucket: number;
}

export interface CorpusIndex {
  readonly size: number;
  add(docs: Iterable<CorpusDocument>, total?: number): void;
  result(): CorpusResult;
  /** One row per document and band: the hand-off for a banding join beyond one machine. */
  bandRows(): Generator<BandRow>;
  /** The MinHash signature of a document, by id. */
  signature(id: string): Uint32Array | undefined;
  /** True when most of the text's sampled n-grams occur in at least `formulaicShare` of the documents (corpus 套话). */
  isCommon(text: string): boolean;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Sampled passage n-grams of a key, as hashes with their key positions. */
function passageGrams(key: string, n: number, sample: number, visit: (hash: number, pos: number) => void): void {
  if (key.length < n) return;
  const BASE = 0x01000193;
  let pow = 1;
  for (let i = 1; i < n; i++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let i = 0; i < n; i++) h = (Math.imul(h, BASE) + key.charCodeAt(i)) | 0;
  for (let i = 0; ; i++) {
    const f = fmix32(h);
    if (f % sample === 0 && isContentChar(key.charCodeAt(i))) visit(f, i);
    if (i + n >= key.length) break;
    h = (Math.imul(h - Math.imul(key.charCodeAt(i), pow), BASE) + key.charCodeAt(i + n)) | 0;
  }
}

/** Open-addressing table of int32 n-gram hashes → document count and first place; grows by doubling. */
class GramTable {
  private keys = new Int32Array(1 << 16);
  private counts = new Int32Array(1 << 16);
  private firsts = new Float64Array(1 << 16);
  private size = 0;
  private shift = 16; // 32 − log2(capacity): slots from the top bits of a multiplicative hash

  private slot(h: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.counts[i] !== 0 && this.keys[i] !== h) i = (i + 1) & mask;
    return i;
  }

  add(hash: number, first: number): void {
    const h = hash | 0;
    const i = this.slot(h);
    if (this.counts[i] === 0) {
      this.keys[i] = h;
      this.firsts[i] = first;
      this.counts[i] = 1;
      if (++this.size * 2 > this.keys.length) this.grow();
    } else this.counts[i]!++;
  }

  count(hash: number): number {
    return this.counts[this.slot(hash | 0)]!;
  }

  *entries(): Generator<[number, number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.counts[i]! > 0) yield [this.keys[i]!, this.counts[i]!, this.firsts[i]!];
  }

  private grow(): void {
    const { keys, counts, firsts } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.firsts = new Float64Array(keys.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (counts[i] === 0) continue;
      const j = this.slot(keys[i]!);
      this.keys[j] = keys[i]!;
      this.counts[j] = counts[i]!;
      this.firsts[j] = firsts[i]!;
    }
  }
}

export function createCorpusIndex(options: CorpusOptions = {}): CorpusIndex {
  const numHashes = options.numHashes ?? 128;
  const bands = options.bands ?? 32;
  if (numHashes % bands !== 0) throw new TigangError('invalid-option', `compareCorpus: numHashes (${numHashes}) must be a multiple of bands (${bands}).`, { numHashes, bands });
  const rows = numHashes / bands;
  const k = options.shingleLength ?? 5;
  const minSimilarity = options.minSimilarity ?? 0.2;
  const maxBucket = options.maxBucketSize ?? 100;
  const passageLength = options.passageLength ?? 12;
  const sample = options.passageSample ?? 4;
  const formulaicShare = options.formulaicShare ?? 0.2;
  const hasher: MinHasher = createMinHasher(numHashes, options.seed);

  const entries: Entry[] = [];
  const byId = new Map<string, number>();
  // one table per band (keys are the band's buckets as int32: small integers, no boxed keys);
  // a (band, bucket) key is thus always tagged with its band
  const buckets: Map<number, number[]>[] = Array.from({ length: bands }, () => new Map());
  const pairs: CorpusPair[] = [];
  /** Document frequency of the sampled n-grams, and where each was first seen (the text a passage is shown with). */
  const df = new GramTable();

  function addOne(doc: CorpusDocument): void {
    if (!doc || typeof doc.id !== 'string' || typeof doc.text !== 'string') {
      throw new TigangError('invalid-input', 'compareCorpus: every document needs a string id and text.', {});
    }
    if (byId.has(doc.id)) throw new TigangError('invalid-input', `compareCorpus: duplicate document id "${doc.id}".`, { id: doc.id });
    const index = entries.length;
    const key = buildKey(doc.text).text;
    const sh = shingleHashes(key, k);
    const signature = hasher.signature(sh);
    const bucketsOf = bandBuckets(signature, bands, rows);
    const folded = foldForCompare(doc.text);
    const themes = new Float64Array(THEME_NAMES.length);
    for (const t of themeScores(folded)) themes[THEME_NAMES.indexOf(t.theme)] = t.score;
    const seen = new Set<number>();
    passageGrams(key, passageLength, sample, (h, pos) => {
      if (seen.has(h)) return;
      seen.add(h);
      df.add(h, index * 2 ** 24 + pos);
    });
    const entry: Entry = {
      id: doc.id,
      title: doc.title ?? null,
      text: doc.text,
      length: doc.text.length,
      shingles: sh.length,
      signature,
      buckets: bucketsOf,
      themes,
      grams: Int32Array.from(seen, (h) => h | 0),
    };
    // candidates: every earlier document filed under one of this one's (band, bucket) keys
    const candidates = new Set<number>();
    for (let band = 0; band < bands; band++) {
      const table = buckets[band]!;
      const bk = bucketsOf[band]! | 0;
      let list = table.get(bk);
      if (!list) table.set(bk, (list = []));
      const from = Math.max(0, list.length - maxBucket);
      for (let i = from; i < list.length; i++) candidates.add(list[i]!);
      list.push(index);
    }
    for (const c of candidates) {
      const other = entries[c]!;
      const j = estimateJaccard(other.signature, signature);
      if (j < minSimilarity) continue;
      // containment from the estimate: |A∩B| = J(|A|+|B|)/(1+J)
      const inter = (j * (other.shingles + sh.length)) / (1 + j);
      pairs.push({ a: other.id, b: doc.id, similarity: round(j), aInB: round(other.shingles ? Math.min(1, inter / other.shingles) : 0), bInA: round(sh.length ? Math.min(1, inter / sh.length) : 0) });
    }
    entries.push(entry);
    byId.set(doc.id, index);
  }

  function groups(threshold: number): string[][] {
    const parent = entries.map((_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
      return x;
    };
    for (const p of pairs) {
      if (p.similarity < threshold) continue;
      const x = find(byId.get(p.a)!);
      const y = find(byId.get(p.b)!);
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
    const out = new Map<number, string[]>();
    entries.forEach((e, i) => {
      const r = find(i);
      const g = out.get(r);
      if (g) g.push(e.id);
      else out.set(r, [e.id]);
    });
    return [...out.values()].filter((g) => g.length > 1);
  }

  function passages(): CorpusPassage[] {
    const minDocs = options.minPassageDocs ?? 2;
    const limit = options.maxPassages ?? 50;
    const common: { h: number; count: number; doc: number; pos: number }[] = [];
    for (const [h, count, f] of df.entries()) {
      if (count < minDocs) continue;
      common.push({ h, count, doc: Math.floor(f / 2 ** 24), pos: f % 2 ** 24 });
    }
    // merge the n-grams that follow one another in their first document and are shared by as many documents
    common.sort((x, y) => x.doc - y.doc || x.pos - y.pos);
    interface Run { doc: number; start: number; end: number; count: number; hashes: number[] }
    const runs: Run[] = [];
    for (const g of common) {
      const last = runs[runs.length - 1];
      if (last && last.doc === g.doc && g.pos <= last.end && Math.abs(g.count - last.count) <= Math.max(1, 0.2 * last.count)) {
        last.end = Math.max(last.end, g.pos + passageLength);
        last.count = Math.max(last.count, g.count);
        last.hashes.push(g.h);
      } else runs.push({ doc: g.doc, start: g.pos, end: g.pos + passageLength, count: g.count, hashes: [g.h] });
    }
    runs.sort((x, y) => y.count - x.count || y.end - y.start - (x.end - x.start));
    const top = runs.slice(0, limit);
    const wanted = new Map<number, number>();
    top.forEach((r, i) => wanted.set(r.hashes[0]!, i));
    const docsOf: string[][] = top.map(() => []);
    for (const e of entries) {
      for (const h of e.grams) {
        const i = wanted.get(h);
        if (i !== undefined) docsOf[i]!.push(e.id);
      }
    }
    const slogans = phraseKeys();
    const n = entries.length;
    return top.map((r, i) => {
      const e = entries[r.doc]!;
      const key = buildKey(e.text);
      const start = key.start[r.start] ?? 0;
      const end = key.end[Math.min(r.end, key.text.length) - 1] ?? start;
      const keyText = key.text.slice(r.start, r.end);
      const mask = formulaicMask(keyText, slogans);
      let inPhrase = 0;
      for (const m of mask) inPhrase += m;
      const formulaic = inPhrase >= keyText.length * 0.5 || (n >= 5 && r.count >= formulaicShare * n);
      return { text: e.text.slice(start, end), formulaic, count: r.count, docs: docsOf[i]! };
    });
  }

  return {
    get size() {
      return entries.length;
    },
    add(docs: Iterable<CorpusDocument>, total?: number): void {
      let done = 0;
      for (const doc of docs) {
        addOne(doc);
        options.onProgress?.(++done, total ?? null);
      }
    },
    result(): CorpusResult {
      const topK: Record<string, { id: string; similarity: number }[]> = {};
      const kk = options.topK ?? 5;
      for (const p of pairs) {
        (topK[p.a] ??= []).push({ id: p.b, similarity: p.similarity });
        (topK[p.b] ??= []).push({ id: p.a, similarity: p.similarity });
      }
      for (const id of Object.keys(topK)) topK[id] = topK[id]!.sort((x, y) => y.similarity - x.similarity).slice(0, kk);
      const matrix: Record<string, number[]> = {};
      for (const e of entries) matrix[e.id] = Array.from(e.themes);
      return {
        schemaVersion: COMPARE_SCHEMA_VERSION,
        documents: entries.map((e) => ({ id: e.id, title: e.title, length: e.length, shingles: e.shingles })),
        pairs: [...pairs].sort((x, y) => y.similarity - x.similarity),
        topK,
        groups: groups(options.groupThreshold ?? 0.8),
        themes: { names: [...THEME_NAMES], matrix },
        passages: passages(),
      };
    },
    *bandRows(): Generator<BandRow> {
      for (const e of entries) for (let band = 0; band < bands; band++) yield { docId: e.id, band, bucket: e.buckets[band]! };
    },
    signature(id: string): Uint32Array | undefined {
      const i = byId.get(id);
      return i === undefined ? undefined : entries[i]!.signature;
    },
    isCommon(text: string): boolean {
      const n = entries.length;
      if (n < 5) return false;
      let total = 0;
      let common = 0;
      passageGrams(buildKey(text).text, passageLength, 1, (h) => {
        if (h % sample !== 0) return;
        total++;
        if (df.count(h) >= formulaicShare * n) common++;
      });
      return total > 0 && common * 2 >= total;
    },
  };
}

/** Indexes the documents and returns pairs, groups, themes and the most shared passages. */
export function compareCorpus(docs: Iterable<CorpusDocument>, options: CorpusOptions = {}): CorpusResult {
  const index = createCorpusIndex(options);
  index.add(docs, Array.isArray(docs) ? docs.length : undefined);
  return index.result();
}
