#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli/main.ts into dist/ by `npm install` (prepare).
import { setFlagsFromString } from 'node:v8';

// V8 optimises a function once it has run through this much of its budget (unit: bytes of bytecode executed; Node
// 20's V8 defaults to 67,584). At the default an analysis run optimises and re-optimises hundreds of functions that
// run for a few hundred milliseconds, on background threads: about 1 CPU-s of compiling for one 1 MB article
// (en-1MB: 1.1 s of 2.5 CPU-s), more than the optimised code saves. About fifteen times the budget optimises only
// what runs long: en-1MB 2.5 → 2.1 CPU-s, 299 semeval articles 10.1–11.1 → 8.9–9.1 CPU-s. Set before the CLI's
// modules load; it changes no result, only when code is compiled.
const INTERRUPT_BUDGET = 1024 * 1024;
setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
