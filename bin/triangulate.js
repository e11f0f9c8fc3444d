#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli/main.ts into dist/ by `npm install` (prepare).
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
