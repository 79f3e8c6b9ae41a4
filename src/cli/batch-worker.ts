// Worker thread of `tigang batch`: takes one task at a time, posts back its result.
import { parentPort } from 'node:worker_threads';
import { processTaskSafely, type BatchTask } from './batch-task.js';

parentPort?.on('message', (task: BatchTask) => {
  void processTaskSafely(task).then((result) => parentPort!.postMessage(result));
});
