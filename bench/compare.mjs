#!/usr/bin/env node
// Benchmark of compare() and compareCorpus() on dist/ (run alone: `npm run build && node
// --expose-gc bench/compare.mjs`, or from bench/run.mjs). Times are reported, never asserted.
//   1. compare() on two ~50,000-character reports (national government work reports of several
//      years joined: A = 2021+2016+2009, B = 2025+2018+2014, cut to 50,000 characters each),
//      beside parse() of the same two texts; medians of --runs runs, with ranges.
//   2. compareCorpus() on 1,000 and 10,000 documents built from the fixtures: each document is
//      5–15 paragraphs drawn at random from the paragraphs of fixtures/corpus, fixtures/eval and
//      fixtures/compare, and one in ten is an edited copy of an earlier document (a near-duplicate
//      to find). Bar: time(10,000) / time(1,000) ≤ 15. Memory: heap retained by the index and
//      peak RSS.
//   node --expose-gc bench/compare.mjs [--runs 5] [--docs 1000,10000] [--out bench/compare-results.json]
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const gc = typeof globalThis.gc === 'function' ? () => globalThis.gc() : () => {};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (n, d = 1) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : '—');
const rssMB = () => process.memoryUsage().rss / 1e6;

/** Deterministic pseudo-random numbers (the same corpus every run). */
function lcg(seed) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
}

function texts(dir) {
  const p = join(root, dir);
  if (!existsSync(p)) return [];
  return readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(p, f), 'utf8'));
}

/** Paragraphs (lines of 20 characters or more) of every fixture text. */
function paragraphPool() {
  const pool = [];
  for (const dir of ['fixtures/corpus', 'fixtures/eval', 'fixtures/compare']) {
    for (const t of texts(dir)) for (const line of t.split(/\r?\n/)) if (line.trim().length >= 20) pool.push(line.trim().slice(0, 2000));
  }
  return pool;
}

/** n documents: random paragraphs, one in ten an edited copy of an earlier one. */
export function buildCorpus(n, seed = 42) {
  const rnd = lcg(seed);
  const pool = paragraphPool();
  const docs = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 10 === 0) {
      const src = docs[Math.floor(rnd() * docs.length)];
      const paras = src.text.split('\n').filter(() => rnd() < 0.9);
      docs.push({ id: `d${i}`, text: paras.map((p) => (rnd() < 0.3 ? p.slice(0, 8) + '全区' + p.slice(10) : p)).join('\n') });
      continue;
    }
    const k = 5 + Math.floor(rnd() * 11);
    const paras = [];
    for (let j = 0; j < k; j++) paras.push(pool[Math.floor(rnd() * pool.length)]);
    docs.push({ id: `d${i}`, text: paras.join('\n') });
  }
  return docs;
}

export async function runCompareBench(argv = process.argv.slice(2)) {
  const { values: opts } = parseArgs({
    args: argv,
    strict: false,
    options: { runs: { type: 'string', default: '5' }, docs: { type: 'string', default: '1000,10000' }, out: { type: 'string', default: join(here, 'compare-results.json') } },
  });
  const runs = Number(opts.runs);
  const sizes = String(opts.docs).split(',').map(Number);
  const distUrl = pathToFileURL(join(root, 'dist/index.js')).href;
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('bench/compare: dist/ is missing: run `npm run build` first.');
  const { parse, compare, compareCorpus } = await import(distUrl);
  const results = { date: new Date().toISOString(), node: process.version, compare: {}, corpus: [] };

  // 1. two ~50,000-character reports
  const corpus = (f) => readFileSync(join(root, 'fixtures/corpus', f), 'utf8');
  const A = ['gwr-2021-national-wikisource.txt', 'gwr-2016-national-dxcarl.txt', 'gwr-2009-national-wikisource.txt'].map(corpus).join('\n').slice(0, 50_000);
  const B = ['gwr-2025-national-wikisource.txt', 'gwr-2018-national-scraped.txt', 'gwr-2014-national-scraped.txt'].map(corpus).join('\n').slice(0, 50_000);
  const parseMs = [];
  const compareMs = [];
  const totalMs = [];
  let last;
  for (let r = 0; r < runs + 1; r++) {
    gc();
    let t = performance.now();
    const da = parse(A);
    const db = parse(B);
    const p = performance.now() - t;
    t = performance.now();
    last = compare({ text: A, document: da }, { text: B, document: db });
    const c = performance.now() - t;
    if (r === 0) continue; // warm-up
    parseMs.push(p);
    compareMs.push(c);
    totalMs.push(p + c);
  }
  results.compare = {
    chars: [A.length, B.length],
    runs,
    parseBothMs: { median: median(parseMs), min: Math.min(...parseMs), max: Math.max(...parseMs) },
    compareMs: { median: median(compareMs), min: Math.min(...compareMs), max: Math.max(...compareMs) },
    ratioToParse: median(compareMs) / median(parseMs),
    found: { sections: last.sections.length, reuse: last.reuse.length, changedTargets: last.commitments.changed.length, similarity: last.similarity },
  };
  console.log(`\ncompare on two reports of ${A.length} and ${B.length} characters (median of ${runs}, range):`);
  console.log(`  parse both  ${f(results.compare.parseBothMs.median, 0)} ms (${f(results.compare.parseBothMs.min, 0)}–${f(results.compare.parseBothMs.max, 0)})`);
  console.log(`  compare     ${f(results.compare.compareMs.median, 0)} ms (${f(results.compare.compareMs.min, 0)}–${f(results.compare.compareMs.max, 0)}) = ${f(results.compare.ratioToParse, 2)}× parse; ${last.sections.length} section pairs, ${last.reuse.length} passages, ${last.commitments.changed.length} changed targets`);

  // 2. compareCorpus at two sizes
  for (const n of sizes) {
    const docs = buildCorpus(n);
    const chars = docs.reduce((s, d) => s + d.text.length, 0);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = rssMB();
    let peak = rssBefore;
    const t = performance.now();
    let result = compareCorpus(docs, { onProgress: (i) => { if (i % 500 === 0) peak = Math.max(peak, rssMB()); } });
    const ms = performance.now() - t;
    peak = Math.max(peak, rssMB());
    gc();
    const heapAfter = process.memoryUsage().heapUsed; // the documents are held before and after: this is the result

    const planted = Math.floor((n - 1) / 10);
    const found = result.pairs.filter((p) => p.similarity >= 0.5).length;
    results.corpus.push({ docs: n, chars, ms, msPerDoc: ms / n, pairs: result.pairs.length, groups: result.groups.length, plantedNearDuplicates: planted, pairsAtOrAbove05: found, heapRetainedByResultMB: (heapAfter - heapBefore) / 1e6, peakRssMB: peak, rssBeforeMB: rssBefore });
    console.log(`compareCorpus ${n} documents (${f(chars / 1e6, 1)} M chars): ${f(ms / 1000, 2)} s, ${f(ms / n, 2)} ms/doc, ${result.pairs.length} pairs (${planted} planted near-duplicates; ${found} pairs ≥ 0.5), ${result.groups.length} groups; heap retained ${f((heapAfter - heapBefore) / 1e6, 0)} MB, peak RSS ${f(peak, 0)} MB`);
    result = null;
  }
  if (results.corpus.length >= 2) {
    const [a, b] = [results.corpus[0], results.corpus[results.corpus.length - 1]];
    const ratio = b.ms / a.ms;
    const scale = b.docs / a.docs;
    results.corpusScaling = { docs: [a.docs, b.docs], timeRatio: ratio, bar: `≤ ${scale * 1.5} for ${scale}× the documents`, pass: ratio <= scale * 1.5 };
    console.log(`  time(${b.docs}) / time(${a.docs}) = ${f(ratio, 2)} (bar ≤ ${scale * 1.5}: ${results.corpusScaling.pass ? 'PASS' : 'FAIL'})`);
  }
  writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');
  console.log(`wrote ${opts.out.startsWith(root) ? opts.out.slice(root.length + 1) : opts.out}`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCompareBench();
