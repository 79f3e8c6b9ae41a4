// compareCorpus and the MinHash/LSH it rests on: signatures against exact Jaccard on real
// samples, band keys, near-duplicates found, incremental indexing, corpus formulaic passages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandBuckets, buildKey, compare, compareCorpus, createCorpusIndex, createMinHasher, CorpusResult, estimateJaccard, jaccard, shingleHashes } from '../src/index.js';
import { fmix32 } from '../src/compare/minhash.js';

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, 'fixtures/corpus');
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(corpusDir, f), 'utf8')]));

/** Deterministic pseudo-random stream (tests must not depend on Math.random). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** A copy of a text with some of its paragraphs dropped and a few characters changed: a near-duplicate. */
function edited(text: string, rnd: () => number, keep: number): string {
  const paras = text.split('\n').filter((p) => rnd() < keep);
  return paras.map((p) => (p.length > 20 && rnd() < 0.3 ? p.slice(0, 10) + '我区' + p.slice(12) : p)).join('\n');
}

describe('MinHash in exact 32-bit arithmetic', () => {
  it('fmix32 and the signatures stay inside uint32 and are reproducible', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7); // murmur3's fmix32(1)
    const h = createMinHasher(64);
    const s = shingleHashes(buildKey(texts.get(files[0]!)!).text, 5);
    const a = h.signature(s);
    const b = createMinHasher(64).signature(s);
    expect(Array.from(a)).toEqual(Array.from(b));
    for (const v of a) expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
  });

  it('estimates track exact Jaccard on sampled pairs of real texts and their edited copies', () => {
    const h = createMinHasher(128);
    const rnd = lcg(7);
    const errors: number[] = [];
    const pick = files.filter((_, i) => i % 3 === 0);
    for (const f of pick) {
      const base = texts.get(f)!;
      for (const keep of [0.9, 0.6, 0.3]) {
        const x = shingleHashes(buildKey(base).text, 5);
        const y = shingleHashes(buildKey(edited(base, rnd, keep)).text, 5);
        const exact = jaccard(x, y);
        const est = estimateJaccard(h.signature(x), h.signature(y));
        errors.push(Math.abs(exact - est));
        // 128 hashes: standard error ≤ 0.045; 0.15 is more than three of them
        expect(Math.abs(exact - est)).toBeLessThan(0.15);
      }
    }
    // and two unrelated documents: both near 0
    const u = shingleHashes(buildKey(texts.get('notice-2019-kindergarten-rectification.txt')!).text, 5);
    const v = shingleHashes(buildKey(texts.get('plan-2005-grain-emergency.txt')!).text, 5);
    expect(Math.abs(jaccard(u, v) - estimateJaccard(h.signature(u), h.signature(v)))).toBeLessThan(0.05);
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    expect(mean).toBeLessThan(0.05);
  });

  it('band keys are tagged with their band: equal buckets in two bands never meet', () => {
    const sig = new Uint32Array(8).fill(42);
    const b = bandBuckets(sig, 2, 4);
    expect(b[0]).not.toBe(b[1]);
  });
});

describe('compareCorpus', () => {
  const rnd = lcg(11);
  const docs = files.map((f) => ({ id: f, text: texts.get(f)! }));
  const dupOf = 'gwr-2021-national-wikisource.txt';
  const dup = { id: 'copy-of-2021', text: edited(texts.get(dupOf)!, rnd, 0.95) };
  const all = [...docs, dup];
  const r = compareCorpus(all);
  const index = createCorpusIndex();
  index.add(all.slice(0, 10));
  index.add(all.slice(10));

  it('is valid against its zod schema', () => {
    expect(CorpusResult.safeParse(r).success).toBe(true);
    expect(r.documents).toHaveLength(all.length);
  });

  it('finds the near-duplicate as the top pair, and groups it with its source', () => {
    expect(r.pairs[0]).toMatchObject({ a: dupOf, b: 'copy-of-2021' });
    expect(r.pairs[0]!.similarity).toBeGreaterThan(0.8);
    expect(r.pairs[0]!.bInA).toBeGreaterThan(0.9);
    expect(r.groups).toContainEqual([dupOf, 'copy-of-2021']);
    expect(r.topK['copy-of-2021']![0]!.id).toBe(dupOf);
    // unrelated genres are not candidates
    expect(r.pairs.some((p) => [p.a, p.b].includes('plan-2005-grain-emergency.txt') && [p.a, p.b].includes('gwr-2026-shanghai.txt'))).toBe(false);
  });

  it('adding documents to an existing index gives the same result as indexing them at once', () => {
    const inc = index.result();
    expect(inc.pairs).toEqual(r.pairs);
    expect(inc.groups).toEqual(r.groups);
    expect([...index.bandRows()]).toHaveLength(all.length * 32);
  });

  it('theme matrix and most-shared passages (with the documents that share them; central slogans formulaic)', () => {
    expect(r.themes.names).toContain('教育');
    const row = r.themes.matrix['notice-2019-vocational-education-reform.txt']!;
    expect(row[r.themes.names.indexOf('教育')]).toBeGreaterThan(row[r.themes.names.indexOf('生态环保')]!);
    expect(r.passages.length).toBeGreaterThan(0);
    for (const p of r.passages) {
      expect(p.docs.length).toBeGreaterThanOrEqual(2);
      for (const id of p.docs) expect(texts.get(id) ?? dup.text).toBeTruthy();
    }
    const slogans = r.passages.filter((p) => p.text.includes('习近平'));
    expect(slogans.length).toBeGreaterThan(0);
    for (const p of slogans) expect(p.formulaic).toBe(true);
  });

  it('isCommon feeds compare’s formulaic test with corpus document frequency', () => {
    expect(index.isCommon('以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(index.isCommon('区级财政安排4000万元重大项目前期费，统筹用于区级重大基础设施项目')).toBe(false);
    const c = compare(texts.get('gwr-2026-gansu.txt')!, texts.get('gwr-2026-ningxia.txt')!, { formulaic: { isFormulaic: index.isCommon } });
    expect(c.reuse.filter((p) => p.formulaic).length).toBeGreaterThan(0);
  });
});
