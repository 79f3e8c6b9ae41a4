// Runs parse() on one input in a worker thread, so that the bench can stop it after a
// timeout. After one untimed warm-up run, times at least `runs` runs (see below) and posts
// { done, ms (the best run), medianMs, runs, retainedMB (heap held by one output) }.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';

const { distUrl, text, runs } = workerData;
const { parse } = await import(distUrl);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const heap = () => getHeapStatistics().used_heap_size / 2 ** 20;

gc();
const before = heap();
let output = parse(text); // warm-up (not timed): the JIT sees the input at full size once
gc();
const retainedMB = heap() - before;
output = null;

// At least `runs` timed runs, and more until they take MIN_TOTAL_MS together: the bench reads
// the MEDIAN run, and a fast input (40 ms a run) needs more runs than 7 for a median that one
// garbage collection more or less does not move. Stops after 60 s whatever the count.
const MIN_TOTAL_MS = 2000;
const times = [];
const started = performance.now();
let total = 0;
while (times.length < runs || total < MIN_TOTAL_MS) {
  if (times.length >= 1 && performance.now() - started > 60_000) break;
  const t = performance.now();
  output = parse(text);
  const ms = performance.now() - t;
  times.push(ms);
  total += ms;
  output = null;
}
void output;
times.sort((a, b) => a - b);
parentPort.postMessage({ done: true, ms: times[0], medianMs: times[times.length >> 1], runs: times.length, retainedMB });
