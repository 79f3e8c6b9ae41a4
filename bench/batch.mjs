#!/usr/bin/env node
// `tigang batch` throughput: a folder of a few thousand real policy texts (fixtures/corpus,
// fixtures/eval, cut at line ends into pieces of 1000–8000 characters (3–24 KB) so that the files vary in size as
// a collected corpus does), parsed by the built CLI at --jobs 1 and --jobs 2. Reports
// files/s, MB/s, the speed-up from 1 to 2 jobs (goal ≥ 1.8×) and the peak RSS of each run
// (the whole process: main thread and workers). Median of --runs runs; runs alternate
// between 1 and 2 jobs so that a change in machine load hits both alike.
//
//   npm run build && node bench/batch.mjs [--files 3000] [--runs 3] [--quick]
// Also run from bench/run.mjs (results.batch in bench/results.json).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const CLI = join(root, 'dist/cli.js');

/** Builds the folder: `files` texts cut from the fixtures, in 20 sub-folders. */
function buildCorpus(dir, files) {
  const texts = ['fixtures/corpus', 'fixtures/eval']
    .flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, d, f), 'utf8')));
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const text = texts[i % texts.length];
    const size = 1000 + Math.floor(random() * 7000); // characters
    const start = text.length > size ? text.indexOf('\n', Math.floor(random() * (text.length - size))) + 1 : 0;
    const end = Math.min(text.length, text.indexOf('\n', start + size) >>> 0 || text.length);
    const piece = text.slice(start, end);
    const sub = join(dir, `part-${String(i % 20).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), piece);
    bytes += Buffer.byteLength(piece);
  }
  return bytes;
}

/** One run of the CLI in a child process; its own peak RSS from process.resourceUsage at exit. */
function runOnce(dir, out, jobs) {
  const args = ['batch', dir, '--out', out, '--jobs', String(jobs), '--quiet'];
  const code = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nMAXRSS_KB ' + u.maxRSS + ' CPU_US ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });
process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...${JSON.stringify(args)}];
await import(${JSON.stringify(pathToFileURL(CLI).href)});`;
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`tigang batch --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  // CPU time of the whole process (main thread and workers): the work done, whatever the load
  const cpuMs = Number(/CPU_US (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  return { ms, cpuMs, peakRssMB: rss, lines };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the batch benchmark; returns the results (also printed as a table). */
export async function benchBatch({ files = 3000, runs = 3, log = (s) => process.stderr.write(s + '\n') } = {}) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: npm run build first.');
  const tmp = mkdtempSync(join(tmpdir(), 'tigang-bench-batch-'));
  try {
    const dir = join(tmp, 'corpus');
    const bytes = buildCorpus(dir, files);
    log(`batch: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
    const samples = { 1: [], 2: [] };
    for (let r = 0; r < runs; r++) {
      for (const jobs of [1, 2]) {
        const result = runOnce(dir, join(tmp, `out-${jobs}.jsonl`), jobs);
        if (result.lines !== files) throw new Error(`expected ${files} lines, got ${result.lines}`);
        samples[jobs].push(result);
        log(`batch: run ${r + 1}/${runs}, --jobs ${jobs}: ${(result.ms / 1000).toFixed(1)} s (CPU ${(result.cpuMs / 1000).toFixed(1)} s), peak RSS ${result.peakRssMB.toFixed(0)} MB`);
      }
    }
    const summarize = (list) => {
      const ms = median(list.map((x) => x.ms));
      return {
        runs: list.length,
        medianMs: Math.round(ms),
        rangeMs: [Math.round(Math.min(...list.map((x) => x.ms))), Math.round(Math.max(...list.map((x) => x.ms)))],
        filesPerSecond: +(files / (ms / 1000)).toFixed(1),
        MBps: +(bytes / 1e6 / (ms / 1000)).toFixed(2),
        peakRssMB: Math.round(Math.max(...list.map((x) => x.peakRssMB))),
        medianCpuMs: Math.round(median(list.map((x) => x.cpuMs))),
      };
    };
    const one = summarize(samples[1]);
    const two = summarize(samples[2]);
    // per-run ratios of neighbouring runs (same load), then their median and range
    const ratios = samples[1].map((s, i) => s.ms / samples[2][i].ms);
    return {
      files,
      MB: +(bytes / 1e6).toFixed(2),
      cores: availableParallelism(),
      jobs1: one,
      jobs2: two,
      speedup: { median: +median(ratios).toFixed(2), range: [+Math.min(...ratios).toFixed(2), +Math.max(...ratios).toFixed(2)], goal: 1.8, pass: median(ratios) >= 1.8 },
    };
  } finally {
    if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
}

export function printBatch(b) {
  console.log(`\ntigang batch — ${b.files} files, ${b.MB} MB, ${b.cores} cores`);
  console.log('jobs | median s (range)      | files/s | MB/s  | peak RSS MB | CPU s');
  for (const [jobs, r] of [[1, b.jobs1], [2, b.jobs2]]) {
    console.log(`${String(jobs).padEnd(4)} | ${(r.medianMs / 1000).toFixed(1).padStart(6)} (${(r.rangeMs[0] / 1000).toFixed(1)}–${(r.rangeMs[1] / 1000).toFixed(1)})`.padEnd(30) + ` | ${String(r.filesPerSecond).padStart(7)} | ${String(r.MBps).padStart(5)} | ${String(r.peakRssMB).padStart(11)} | ${(r.medianCpuMs / 1000).toFixed(1)}`);
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (a speed-up needs free cores)`);
  console.log(`speed-up 1 → 2 jobs: ${b.speedup.median}× (range ${b.speedup.range[0]}–${b.speedup.range[1]}; goal ≥ ${b.speedup.goal}: ${b.speedup.pass ? 'PASS' : 'FAIL'})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '3000' }, runs: { type: 'string', default: '3' }, quick: { type: 'boolean', default: false } } });
  const result = await benchBatch({ files: values.quick ? 400 : Number(values.files), runs: values.quick ? 1 : Number(values.runs) });
  printBatch(result);
  console.log(JSON.stringify(result));
}
