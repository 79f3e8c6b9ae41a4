// Runs parse() on one input in a worker thread, so that the bench can stop it after a
// timeout. After one untimed warm-up run, times `runs` runs and posts { done, ms (the best
// run), medianMs, runs, retainedMB (heap held by one output) }.
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

// Exactly `runs` timed runs at every size (the best of more runs would be lower by chance
// alone, which biases time(2×)/time(1×) when small inputs get more runs), unless one run
// is very slow (60 s budget).
const times = [];
const started = performance.now();
while (times.length < runs) {
  if (times.length >= 1 && performance.now() - started > 60_000) break;
  const t = performance.now();
  output = parse(text);
  times.push(performance.now() - t);
  output = null;
}
void output;
times.sort((a, b) => a - b);
parentPort.postMessage({ done: true, ms: times[0], medianMs: times[times.length >> 1], runs: times.length, retainedMB });
