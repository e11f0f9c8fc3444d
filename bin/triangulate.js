#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli/main.ts into dist/ by `npm install` (prepare). V8's flags for a run
// (src/cli/v8-flags.ts) are set before the CLI's modules load.
import('../dist/cli/v8-flags.js')
  .then((flags) => flags.setRunFlags())
  .then(() => import('../dist/cli/main.js'))
  .then((m) => m.main(process.argv))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
