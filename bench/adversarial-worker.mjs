// Runs parse() on one input in a worker thread, so that the bench can stop it after a
// timeout. After one untimed warm-up run, times at least `runs` runs, more when they are
// quick (until ~1.5 s has been spent, at most 30), fewer when they are slow (15 s budget),
// and posts { done, ms (the best run), runs, retainedMB (heap held by one output) }.
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

let best = Infinity;
let done = 0;
const started = performance.now();
while (done < 30) {
  const elapsed = performance.now() - started;
  if (done >= runs && elapsed > 1500) break;
  if (done >= 1 && elapsed > 15_000) break;
  const t = performance.now();
  output = parse(text);
  best = Math.min(best, performance.now() - t);
  output = null;
  done++;
}
void output;
parentPort.postMessage({ done: true, ms: best, runs: done, retainedMB });
