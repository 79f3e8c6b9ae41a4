#!/usr/bin/env node
// The `tigang` bin: everything testable lives in main.ts.
import { run } from './main.js';

// `tigang … | head`: the reader closed the pipe; stop quietly instead of crashing on EPIPE
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2));
