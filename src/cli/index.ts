#!/usr/bin/env node
// The `tigang` bin: everything testable lives in main.ts.
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2));
