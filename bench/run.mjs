#!/usr/bin/env node
// tigang's benchmark (`npm run bench`: builds, then runs this on dist/). Everything is
// measured in this one process, so that the ratios compare like with like:
//   1. parse() throughput over ~10 MB of real policy texts (fixtures/corpus + fixtures/eval,
//      median and range of --runs passes; bytes allocated per input byte (GCProfiler),
//      repeated), document by document, and the same 10 MB as ONE document;
//   2. baselines over the same text, sentence by sentence: @node-rs/jieba (bar: parse at least as
//      fast) and nodejieba (bar: parse faster);
//      also tigang's own segmenters (nodejieba + number merge, Intl.Segmenter) and natural's
//      WordPunctTokenizer, for scale;
//   3. Recognizers-Text (Microsoft) Chinese number + datetime recognition over a sample of
//      the same text, extrapolated per MB (bar: tigang ≥ 100× faster);
//   4. adversarial inputs of 1, 2 and 4 MB (markers, unmatched brackets, digits, real text
//      without breaks), each in a worker thread with a timeout: time(2×)/time(1×) of each
//      worker's median run, median of 3 alternating rounds (bar ≤ 2.2);
//   5. memory: peak RSS and heap retained.
// Prints a table and writes bench/results.json. Times are never asserted in tests.
//
//   node --expose-gc bench/run.mjs [--size-mb 10] [--rt-sample-mb 1] [--runs 5] [--adversarial-runs 7]
//                                  [--timeout-s 120] [--no-adversarial] [--quick] [--strict]
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { adversarialInputs, buildInput, MB, utf8Length } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values: opts } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '10' },
    'rt-sample-mb': { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    'adversarial-runs': { type: 'string', default: '7' },
    'timeout-s': { type: 'string', default: '120' },
    'no-adversarial': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    out: { type: 'string', default: join(here, 'results.json') },
  },
});
const SIZE = Number(opts.quick ? 1 : opts['size-mb']) * MB;
const RT_SAMPLE = Number(opts.quick ? 0.1 : opts['rt-sample-mb']) * MB;
const RUNS = Number(opts.runs);
const PARSE_PASSES = Math.max(1, opts.quick ? 2 : RUNS); // passes of parse over the whole input; baselines run the same number of times
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ADVERSARIAL_RUNS = Number(opts['adversarial-runs']);
const ADVERSARIAL_ROUNDS = opts.quick ? 1 : 3;
const TIMEOUT = Number(opts['timeout-s']) * 1000;
const ADV_SIZES = opts.quick ? [0.25 * MB, 0.5 * MB, 1 * MB] : [1 * MB, 2 * MB, 4 * MB]; // the bar is on 2×/1×; 4×/2× for context

const distUrl = pathToFileURL(join(root, 'dist/index.js')).href;
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('bench: dist/ is missing: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}
const tigang = await import(distUrl);
const { parse, splitSentences, findQuantities, findTimes } = tigang;
const requireHere = createRequire(import.meta.url);

const gc = typeof globalThis.gc === 'function' ? () => globalThis.gc() : () => {};
const mb = (bytes) => bytes / MB;
const rssMB = () => process.memoryUsage().rss / 2 ** 20;
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
const heapMB = () => getHeapStatistics().used_heap_size / 2 ** 20;
const benchStart = performance.now();
const log = (s) => process.stderr.write(`[${((performance.now() - benchStart) / 1000).toFixed(1)} s] ${s}\n`);
const time = (fn) => {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
};

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpu: cpus()[0]?.model ?? '?', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) },
  units: 'MB = 10^6 bytes of UTF-8 input; times in ms',
  input: {},
  parse: {},
  baselines: {},
  recognizersText: {},
  adversarial: [],
  memory: {},
  bars: {},
};

// ---- input ---------------------------------------------------------------------------

const input = buildInput(root, SIZE);
results.input = { bytes: input.bytes, chars: input.text.length, documents: input.docs.length, distinctDocuments: input.distinct };
log(`input: ${mb(input.bytes).toFixed(2)} MB, ${input.docs.length} documents (${input.distinct} distinct, repeated)`);

// ---- 1. parse ------------------------------------------------------------------------

for (const doc of input.docs.slice(0, input.distinct)) parse(doc); // warm-up: every distinct text once
gc();
const rssBefore = rssMB();
const heapBefore = heapMB();
log('parse: document by document …');
const outputs = [];
const perDoc = time(() => {
  for (const doc of input.docs) outputs.push(parse(doc));
});
const heapRetained = heapMB() - heapBefore;
const counts = outputs.reduce(
  (c, d) => {
    const walk = (ns) => ns.reduce((n, s) => n + 1 + walk(s.children), 0);
    c.sections += walk(d.outline.children);
    c.quantities += d.quantities.length;
    c.deadlines += d.deadlines.length;
    c.commitments += d.commitments.length;
    c.achievements += d.achievements.length;
    return c;
  },
  { sections: 0, quantities: 0, deadlines: 0, commitments: 0, achievements: 0 },
);
outputs.length = 0;
gc();
const rssAfterParse = maxRssMB();
// The speed: passes with each output dropped at once, as the baselines drop theirs (the pass
// above kept every output for the counts and the memory figures: its time is reported apart,
// as keptOutputsMs). The median and the range over these passes are reported.
// No full collection is forced between these passes (nor between the baselines' runs): after
// one, the next pass of an allocating JS library runs ~25 % slower while V8's heap settles
// again (alternating passes in one process: 796 against 638 ms), which no real workload does
// and a native baseline does not pay. The pass right after the collection
// above is reported apart, as afterForcedGcMs.
const keptOutputsMs = perDoc.ms;
const afterForcedGcMs = time(() => {
  for (const doc of input.docs) parse(doc);
}).ms;
const passMs = [];
for (let pass = 0; pass < PARSE_PASSES; pass++) {
  passMs.push(time(() => {
    for (const doc of input.docs) parse(doc);
  }).ms);
}
perDoc.ms = median(passMs);
// Allocation per input MB: V8's GC profiler gives the used heap before and after each collection;
// what was allocated is what each collection found plus the growth since the last one.
gc();
const profiler = new GCProfiler();
profiler.start();
const heapStart = getHeapStatistics().used_heap_size;
for (const doc of input.docs) parse(doc);
const heapEnd = getHeapStatistics().used_heap_size;
const gcs = profiler.stop().statistics;
let allocated = 0;
let previousAfter = heapStart;
for (const g of gcs) {
  allocated += g.beforeGC.heapStatistics.usedHeapSize - previousAfter;
  previousAfter = g.afterGC.heapStatistics.usedHeapSize;
}
allocated += heapEnd - previousAfter;
results.parse.perDocument = {
  ms: perDoc.ms,
  passes: passMs.length,
  passMs,
  note: `median of ${passMs.length} passes, each output dropped at once, no collection forced between them; range in passMs`,
  keptOutputsMs,
  afterForcedGcMs,
  MBps: mb(input.bytes) / (perDoc.ms / 1000),
  MBpsRange: [mb(input.bytes) / (Math.max(...passMs) / 1000), mb(input.bytes) / (Math.min(...passMs) / 1000)],
  docsPerSecond: input.docs.length / (perDoc.ms / 1000),
  found: counts,
};
results.memory.allocation = { allocatedMB: allocated / MB, perInputMB: allocated / input.bytes, collections: gcs.length, note: 'bytes allocated on the V8 heap per byte of UTF-8 input, one pass, from GCProfiler statistics' };
results.memory.parse = { rssBeforeMB: rssBefore, peakRssMB: rssAfterParse, peakRssDeltaMB: rssAfterParse - rssBefore, heapRetainedByOutputsMB: heapRetained };
log(`  median ${perDoc.ms.toFixed(0)} ms (${Math.min(...passMs).toFixed(0)}–${Math.max(...passMs).toFixed(0)}), ${results.parse.perDocument.MBps.toFixed(2)} MB/s; allocates ${(allocated / input.bytes).toFixed(1)} bytes per input byte`);

// The Recognizers-Text sample (section 3): tigang is timed on it here, in the state the
// parse was measured in, before the baselines and Recognizers-Text load their models (R-T
// holds hundreds of MB, and every later allocation pays for that heap in garbage
// collection). Best of 5: the whole parse, and the two extractors alone.
const sampleDocs = [];
let sampleBytes = 0;
for (const doc of input.docs.slice(0, input.distinct)) {
  if (sampleBytes >= RT_SAMPLE) break;
  sampleDocs.push(doc);
  sampleBytes += utf8Length(doc);
}
const best = (fn) => [0, 1, 2, 3, 4].map(() => time(fn)).reduce((a, b) => (b.ms < a.ms ? b : a));
gc();
const tg = best(() => sampleDocs.reduce((n, d) => n + parse(d).quantities.length, 0));
const ex = best(() => sampleDocs.reduce((n, d) => n + findQuantities(d).length + findTimes(d, {}).length, 0));

log('parse: the whole input as one document (worker, timeout) …');
const whole = await inWorker(input.text, 1);
results.parse.oneDocument = whole.timedOut ? { timedOut: true, timeoutMs: TIMEOUT } : { ms: whole.ms, MBps: mb(input.bytes) / (whole.ms / 1000), runs: whole.runs, heapRetainedByOutputMB: whole.retainedMB };
log(`  ${whole.timedOut ? 'timed out' : `${whole.ms.toFixed(0)} ms`}`);

// ---- 2. segmentation baselines (same text, sentence by sentence) -----------------------

// The baselines' input: the same text, sentence by sentence (split after parse was timed, so
// that parse ran without these strings on the heap, as each baseline runs without parse's)
const sentences = splitSentences(input.text);
results.input.sentences = sentences.length;
log(`baselines' input: ${sentences.length} sentences`);

function runSegmenter(name, cut, note) {
  for (const s of sentences.slice(0, 2000)) cut(s); // warm-up
  const runs = [];
  let words = 0;
  for (let run = 0; run < PARSE_PASSES; run++) {
    const r = time(() => {
      let n = 0;
      for (const s of sentences) n += cut(s).length;
      return n;
    });
    runs.push(r.ms);
    words = r.value;
  }
  const ms = median(runs);
  results.baselines[name] = { ms, runs, MBps: mb(input.bytes) / (ms / 1000), MBpsRange: [mb(input.bytes) / (Math.max(...runs) / 1000), mb(input.bytes) / (Math.min(...runs) / 1000)], words, note: `${note}; median of ${runs.length} runs` };
  log(`  ${name}: median ${ms.toFixed(0)} ms (${Math.min(...runs).toFixed(0)}–${Math.max(...runs).toFixed(0)}), ${results.baselines[name].MBps.toFixed(2)} MB/s`);
}

log('segmentation baselines …');
let jieba = null;
try {
  jieba = requireHere('nodejieba');
  const load = time(() => jieba.cut('加载词典'));
  results.baselines.nodejiebaLoadMs = load.ms;
} catch (error) {
  results.baselines.nodejieba = { unavailable: String(error?.message ?? error) };
  log(`  nodejieba unavailable: ${error?.message}`);
}
if (jieba) runSegmenter('nodejieba', (s) => jieba.cut(s), 'nodejieba.cut (cppjieba, HMM), the baseline');
try {
  // @node-rs/jieba (Rust jieba-rs through napi): the fastest segmenter on npm, the speed bar
  const { Jieba } = requireHere('@node-rs/jieba');
  const { dict } = requireHere('@node-rs/jieba/dict');
  const rsJieba = Jieba.withDict(dict);
  runSegmenter('@node-rs/jieba', (s) => rsJieba.cut(s, false), '@node-rs/jieba cut (jieba-rs, HMM off), the speed bar');
} catch (error) {
  results.baselines['@node-rs/jieba'] = { unavailable: String(error?.message ?? error) };
  log(`  @node-rs/jieba unavailable: ${error?.message}`);
}
const { getSegmenter } = await import(pathToFileURL(join(root, 'dist/node.js')).href);
const wrapped = getSegmenter();
if (wrapped.name === 'nodejieba') runSegmenter('tigang nodejieba segmenter', (s) => wrapped.cut(s), "tigang's getSegmenter(): nodejieba + number merge");
const intl = tigang.createIntlSegmenter();
runSegmenter('Intl.Segmenter', (s) => intl.cut(s), "tigang's createIntlSegmenter() (ICU)");
try {
  // natural's index requires dotenv, which prints a banner to stdout on load: take the
  // tokenizer module alone. natural has no Chinese tokenizer: WordPunct cuts per character.
  const { WordPunctTokenizer } = requireHere('natural/lib/natural/tokenizers/regexp_tokenizer.js');
  const tokenizer = new WordPunctTokenizer();
  runSegmenter('natural WordPunctTokenizer', (s) => tokenizer.tokenize(s), 'natural has no Chinese tokenizer: one token per Han character');
} catch (error) {
  results.baselines['natural WordPunctTokenizer'] = { unavailable: String(error?.message ?? error) };
}
results.memory.afterBaselinesPeakRssMB = maxRssMB();

// ---- 3. Recognizers-Text ------------------------------------------------------------------

log('Recognizers-Text (sample) …');
const sampleSentences = sampleDocs.flatMap((d) => splitSentences(d));
try {
  const loadRt = time(() => requireHere('@microsoft/recognizers-text-suite'));
  const rt = loadRt.value;
  const culture = rt.Culture.Chinese;
  for (const s of sampleSentences.slice(0, 50)) {
    rt.recognizeNumber(s, culture);
    rt.recognizeDateTime(s, culture);
  }
  gc();
  const num = time(() => sampleSentences.reduce((n, s) => n + rt.recognizeNumber(s, culture).length, 0));
  const dt = time(() => sampleSentences.reduce((n, s) => n + rt.recognizeDateTime(s, culture).length, 0));
  const perMB = (ms) => ms / mb(sampleBytes);
  results.recognizersText = {
    sampleBytes,
    sampleDocuments: sampleDocs.length,
    sampleSentences: sampleSentences.length,
    loadMs: loadRt.ms,
    number: { ms: num.ms, found: num.value, msPerMB: perMB(num.ms) },
    datetime: { ms: dt.ms, found: dt.value, msPerMB: perMB(dt.ms) },
    numberPlusDatetimeMsPerMB: perMB(num.ms + dt.ms),
    extrapolatedFullInputMs: perMB(num.ms + dt.ms) * mb(input.bytes),
    tigangParse: { ms: tg.ms, msPerMB: perMB(tg.ms), quantities: tg.value, note: 'best of 5, timed with the parse measurement, before any baseline was loaded' },
    tigangExtractors: { ms: ex.ms, msPerMB: perMB(ex.ms), found: ex.value, note: 'findQuantities + findTimes on the raw text' },
    note: `run on a ${mb(sampleBytes).toFixed(2)} MB sample (the first ${sampleDocs.length} distinct documents), sentence by sentence, and extrapolated per MB: all ${mb(input.bytes).toFixed(0)} MB would take ~${((perMB(num.ms + dt.ms) * mb(input.bytes)) / 1000).toFixed(0)} s`,
  };
  log(`  number ${num.ms.toFixed(0)} ms + datetime ${dt.ms.toFixed(0)} ms on ${mb(sampleBytes).toFixed(2)} MB; tigang parse ${tg.ms.toFixed(0)} ms`);
} catch (error) {
  results.recognizersText = { unavailable: String(error?.message ?? error) };
}
results.memory.afterRecognizersPeakRssMB = maxRssMB();

// ---- 4. adversarial inputs -----------------------------------------------------------------

function inWorker(text, runs) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./adversarial-worker.mjs', import.meta.url), { workerData: { distUrl, text, runs } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ timedOut: true });
    }, TIMEOUT);
    worker.on('message', (m) => {
      if (!m.done) return;
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: String(error?.message ?? error) });
    });
  });
}

if (!opts['no-adversarial']) {
  log('adversarial inputs (worker threads) …');
  const [small, large, larger] = ADV_SIZES;
  const one = adversarialInputs(root, small);
  const two = adversarialInputs(root, large);
  const four = adversarialInputs(root, larger);
  // time(2×)/time(1×) is the bar, and its margin is smaller than the machine's noise in one
  // measurement: the 1× and 2× workers alternate ADVERSARIAL_ROUNDS times, each round gives
  // one ratio of the workers' median runs, and the bar is on the median ratio (the range is
  // reported). Medians, not bests: a run of 40 ms may escape a major collection that every
  // run at twice the size pays, so the best at 1× is luckier than the best at 2×.
  for (const name of Object.keys(one)) {
    const rounds = [];
    let failure = null;
    for (let r = 0; r < ADVERSARIAL_ROUNDS && !failure; r++) {
      const a = await inWorker(one[name], ADVERSARIAL_RUNS);
      if (a.timedOut || a.error) { failure = a; break; }
      const b = await inWorker(two[name], ADVERSARIAL_RUNS);
      if (b.timedOut || b.error) { failure = b; break; }
      rounds.push({ a, b, ratio: b.medianMs / a.medianMs, bestRatio: b.ms / a.ms });
    }
    const c = failure || rounds.length === 0 ? { skipped: true } : await inWorker(four[name], ADVERSARIAL_RUNS);
    const ratios = rounds.map((x) => x.ratio).sort((x, y) => x - y);
    const ratio = ratios.length ? median(ratios) : null;
    const msOf = (pick) => (rounds.length ? median(rounds.map(pick).sort((x, y) => x - y)) : null);
    const ms1x = msOf((x) => x.a.medianMs);
    const ms2x = msOf((x) => x.b.medianMs);
    const bestRatios = rounds.map((x) => x.bestRatio).sort((x, y) => x - y);
    results.adversarial.push({
      name,
      sizes: [small, large, larger],
      ms1x,
      ms2x,
      ms4x: c.medianMs ?? null,
      rounds: rounds.length,
      runsPerWorker: ADVERSARIAL_RUNS,
      ratioRange: ratios.length ? [ratios[0], ratios[ratios.length - 1]] : null,
      MBps1x: ms1x ? mb(small) / (ms1x / 1000) : null,
      ratio,
      ratio4x2x: ms2x && c.medianMs ? c.medianMs / ms2x : null,
      bestRatio: bestRatios.length ? median(bestRatios) : null,
      bestRatioRange: bestRatios.length ? [bestRatios[0], bestRatios[bestRatios.length - 1]] : null,
      pass: ratio !== null && ratio <= 2.2,
      ...(failure?.timedOut || c.timedOut ? { timedOut: true } : {}),
      ...(failure?.error || c.error ? { error: failure?.error ?? c.error } : {}),
    });
    log(`  ${name}: ${ms1x?.toFixed(0) ?? failure?.error ?? 'timeout'} → ${ms2x?.toFixed(0) ?? 'n/a'} → ${c.ms?.toFixed(0) ?? 'n/a'} ms, ×${ratio?.toFixed(2) ?? '?'} (${ratios.map((x) => x.toFixed(2)).join(', ')})`);
  }
}
results.memory.peakRssMB = maxRssMB();

// ---- bundle: a minified browser bundle of `parse` alone (esbuild; bar < 200 KB) --------------
{
  try {
    const { measureParseBundle } = await import('../scripts/bundle-size.mjs');
    const b = await measureParseBundle(join(root, 'dist/index.js'));
    results.bundle = { parseMinifiedBytes: b.parseMinifiedBytes, gzipBytes: b.gzipBytes, utf8MinifiedBytes: b.utf8MinifiedBytes, packages: b.inputs };
    log(`bundle of parse alone: ${b.parseMinifiedBytes} bytes minified, ${b.gzipBytes} gzip, ${b.utf8MinifiedBytes} minified with charset utf8`);
  } catch (error) {
    results.bundle = { unavailable: String(error?.message ?? error) };
  }
}
// 6. tigang batch (bench/batch.mjs, child processes): files/s, MB/s at 1 and 2 jobs, speed-up, peak RSS
const { benchBatch, printBatch } = await import('./batch.mjs');
results.batch = await benchBatch({ files: opts.quick ? 400 : 3000, runs: opts.quick ? 1 : 3, log }).catch((error) => ({ unavailable: String(error?.message ?? error) }));

// ---- bars, table, JSON -----------------------------------------------------------------------

const parseMBps = results.parse.perDocument.MBps;
const jiebaMBps = results.baselines.nodejieba?.MBps;
const rsJiebaMBps = results.baselines['@node-rs/jieba']?.MBps;
const rtRatio = results.recognizersText.numberPlusDatetimeMsPerMB ? results.recognizersText.numberPlusDatetimeMsPerMB / results.recognizersText.tigangParse.msPerMB : null;
results.bars = {
  parseAtLeastAsFastAsRsJieba: rsJiebaMBps ? { ratio: parseMBps / rsJiebaMBps, bar: '≥ 1', pass: parseMBps >= rsJiebaMBps } : { skipped: '@node-rs/jieba unavailable' },
  parseFasterThanNodejieba: jiebaMBps ? { ratio: parseMBps / jiebaMBps, bar: '> 1', pass: parseMBps > jiebaMBps } : { skipped: 'nodejieba unavailable' },
  fasterThanRecognizersText: rtRatio ? { ratio: rtRatio, bar: '≥ 100', pass: rtRatio >= 100 } : { skipped: 'Recognizers-Text unavailable' },
  adversarialLinear: { bar: 'time(2×)/time(1×) ≤ 2.2', pass: results.adversarial.every((a) => a.pass), worst: Math.max(...results.adversarial.map((a) => a.ratio ?? Infinity), 0) },
  batchSpeedup: results.batch.speedup ? { ratio: results.batch.speedup.median, bar: '≥ 1.8 (1 → 2 jobs)', pass: results.batch.speedup.pass } : { skipped: results.batch.unavailable },
};

results.bars.bundleUnder200KB = results.bundle.parseMinifiedBytes
  ? { bytes: results.bundle.parseMinifiedBytes, bar: '< 200000 bytes minified', pass: results.bundle.parseMinifiedBytes < 200_000 }
  : { skipped: results.bundle.unavailable };
const f = (n, d = 2) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : '—');
const rows = [
  ['measure', 'input', 'time', 'MB/s', 'vs bar'],
  ['tigang parse, per document', `${f(mb(input.bytes))} MB`, `${f(perDoc.ms / 1000)} s (median of ${passMs.length})`, `${f(parseMBps)} (${f(results.parse.perDocument.MBpsRange[0])}–${f(results.parse.perDocument.MBpsRange[1])})`, `allocates ${f(results.memory.allocation.perInputMB, 1)} B per input byte`],
  [`tigang parse, all ${f(mb(input.bytes), 0)} MB as one document`, `${f(mb(input.bytes))} MB`, whole.timedOut ? `> ${TIMEOUT / 1000} s` : `${f(whole.ms / 1000)} s`, f(results.parse.oneDocument.MBps), 'not comparable: the repeated-block rule deletes the repeated copies'],
  ...Object.entries(results.baselines)
    .filter(([, v]) => typeof v === 'object')
    .map(([k, v]) => [k, `${f(mb(input.bytes))} MB`, v.ms ? `${f(v.ms / 1000)} s` : 'n/a', v.MBpsRange ? `${f(v.MBps)} (${f(v.MBpsRange[0])}–${f(v.MBpsRange[1])})` : f(v.MBps), k === 'nodejieba' && jiebaMBps ? `parse/nodejieba = ${f(parseMBps / jiebaMBps)}× (bar > 1: ${results.bars.parseFasterThanNodejieba.pass ? 'PASS' : 'FAIL'})` : k === '@node-rs/jieba' && rsJiebaMBps ? `parse/@node-rs/jieba = ${f(parseMBps / rsJiebaMBps)}× (bar ≥ 1: ${results.bars.parseAtLeastAsFastAsRsJieba.pass ? 'PASS' : 'FAIL'})` : v.unavailable ? `unavailable: ${v.unavailable.slice(0, 60)}` : '']),
];
const rtr = results.recognizersText;
if (rtr.number) {
  rows.push(['Recognizers-Text number', `${f(mb(rtr.sampleBytes))} MB sample`, `${f(rtr.number.ms / 1000)} s`, f(1000 / rtr.number.msPerMB, 3), `${f(rtr.number.msPerMB / 1000)} s/MB`]);
  rows.push(['Recognizers-Text datetime', `${f(mb(rtr.sampleBytes))} MB sample`, `${f(rtr.datetime.ms / 1000)} s`, f(1000 / rtr.datetime.msPerMB, 3), `${f(rtr.datetime.msPerMB / 1000)} s/MB`]);
  rows.push(['Recognizers-Text number+datetime', 'per MB (extrapolated)', `${f(rtr.numberPlusDatetimeMsPerMB / 1000)} s/MB`, f(1000 / rtr.numberPlusDatetimeMsPerMB, 3), `tigang ${f(rtRatio, 0)}× faster (bar ≥ 100: ${results.bars.fasterThanRecognizersText.pass ? 'PASS' : 'FAIL'})`]);
  rows.push(['tigang parse on the same sample', `${f(mb(rtr.sampleBytes))} MB sample`, `${f(rtr.tigangParse.ms / 1000, 3)} s`, f(1000 / rtr.tigangParse.msPerMB), rtr.tigangExtractors.found === 0 ? 'quantity/time extractors not in place yet (found 0)' : `extractors alone: ${f(rtr.numberPlusDatetimeMsPerMB / rtr.tigangExtractors.msPerMB, 0)}× faster than R-T`]);
}
for (const a of results.adversarial) {
  rows.push([
    `adversarial: ${a.name}`,
    `${a.sizes.map((x) => +mb(x).toFixed(2)).join(" → ")} MB`,
    `${f(a.ms1x, 0)} → ${f(a.ms2x, 0)} → ${f(a.ms4x, 0)} ms`,
    f(a.MBps1x),
    a.timedOut ? `TIMEOUT (> ${TIMEOUT / 1000} s)` : a.error ? `ERROR ${a.error}` : `2×/1× = ${f(a.ratio)}${a.ratioRange && a.rounds > 1 ? ` (${f(a.ratioRange[0])}–${f(a.ratioRange[1])}, median of ${a.rounds} rounds)` : ''} (bar ≤ 2.2: ${a.pass ? 'PASS' : 'FAIL'}); 4×/2× = ${f(a.ratio4x2x)}; of the best runs ${f(a.bestRatio)}`,
  ]);
}
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (s) => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(String(r[c])))));
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - width(s)));
const line = (r) => `| ${r.map((c, i) => pad(String(c), widths[i])).join(' | ')} |`;
console.log(`\ntigang bench — ${results.machine.node}, ${results.machine.cpu} × ${results.machine.cores}, ${results.date}`);
console.log(`input: ${f(mb(input.bytes))} MB (${input.docs.length} documents, ${input.distinct} distinct texts of fixtures/corpus + fixtures/eval, repeated; ${sentences.length} sentences). MB = 10^6 bytes of UTF-8.\n`);
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
const m = results.memory;
console.log(`\nmemory: parse of ${f(mb(input.bytes))} MB document by document: peak RSS ${f(m.parse.peakRssMB, 0)} MB (+${f(m.parse.peakRssDeltaMB, 0)} MB over ${f(m.parse.rssBeforeMB, 0)} MB before), heap retained by all ${input.docs.length} outputs ${f(m.parse.heapRetainedByOutputsMB, 0)} MB; heap retained by the one-document output ${f(results.parse.oneDocument.heapRetainedByOutputMB, 0)} MB (worker); process peak RSS ${f(m.peakRssMB, 0)} MB`);
console.log(`parse found: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
if (rtr.note) console.log(`Recognizers-Text: ${rtr.note}`);
if (results.bundle.parseMinifiedBytes) console.log(`bundle: parse alone, minified for browsers: ${f(results.bundle.parseMinifiedBytes / 1000, 1)} kB (${f(results.bundle.gzipBytes / 1000, 1)} kB gzip; bar < 200 kB, with esbuild's default ASCII charset: ${results.bars.bundleUnder200KB.pass ? 'PASS' : 'FAIL'}); ${f((results.bundle.utf8MinifiedBytes ?? 0) / 1000, 1)} kB with charset utf8 (Vite's default)`);
if (results.batch.speedup) printBatch(results.batch);
// tigang report on 1,000 documents (bench/report.mjs, also runnable alone)
results.report = await (await import('./report.mjs')).benchReport({ docs: opts.quick ? 100 : 1000, runs: opts.quick ? 1 : 3 });
writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${opts.out.startsWith(root) ? opts.out.slice(root.length + 1) : opts.out}`);
const failed = Object.values(results.bars).filter((b) => b.pass === false);
if (failed.length) console.log(`${failed.length} bar(s) not met`);
if (opts.strict && failed.length) process.exitCode = 1;
if (!opts.quick) await (await import('./compare.mjs')).runCompareBench([]); // compare() and compareCorpus(): bench/compare.mjs
