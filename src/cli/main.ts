import { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { renderReport } from '../report/report.js';
import { DEFAULT_DB_PATH, openSqliteStore } from '../store/sqlite.js';

/** Runs the command line; `argv` as in `process.argv`. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name('triangulate')
    .description('Read one news story across many outlets and languages.')
    .showHelpAfterError();
  program
    .command('analyze')
    .description('analyse article files and folders into DIR/dossier.json and DIR/report.html')
    .argument('<paths...>', 'files or folders (.txt, .html, .json, .jsonl; folders are read recursively)')
    .requiredOption('-o, --out <dir>', 'folder to write dossier.json into')
    .option('--db <path>', 'SQLite store of analysed documents', DEFAULT_DB_PATH)
    .option('--strict', 'exit with code 1 when any input has a problem', false)
    .option('-q, --quiet', 'print nothing but problems', false)
    .action(async (paths: string[], options: { out: string; db: string; strict: boolean; quiet: boolean }) => {
      process.exitCode = await analyze(paths, options);
    });
  await program.parseAsync([...argv]);
}

async function analyze(paths: string[], options: { out: string; db: string; strict: boolean; quiet: boolean }): Promise<number> {
  const store = openSqliteStore(options.db);
  try {
    const started = performance.now();
    // The output folder may sit inside an input folder: its dossier and report are never read as articles.
    const run = await runAnalysis(paths, store, undefined, [options.out]);
    mkdirSync(options.out, { recursive: true });
    const path = join(options.out, 'dossier.json');
    writeFileSync(path, JSON.stringify(run.dossier, null, 2));
    writeFileSync(join(options.out, 'report.html'), renderReport(run.dossier));
    for (const error of run.dossier.errors) console.error(`${error.source}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        `${run.dossier.documents.length} documents (${run.analysed} analysed, ${run.reused} from the store), ${run.dossier.errors.length} problems, ${seconds} s → ${path} and report.html`,
      );
    }
    return options.strict && run.dossier.errors.length > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}
