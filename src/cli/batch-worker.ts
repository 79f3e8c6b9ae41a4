// Worker thread of `tigang batch`: takes its inputs in the order sent, one at a time (the main
// thread sends the next before this one is done, so that it is waiting here), posts back
// each result.
import { parentPort } from 'node:worker_threads';
import { processTaskSafely, type BatchResult, type BatchTask } from './batch-task.js';

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: BatchTask) => {
  queue = queue.then(() => processTaskSafely(task)).then((result: BatchResult) => parentPort!.postMessage(result));
});
