import { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { defaultJobs } from '../pipeline/analyze-workers.js';
import { renderReport } from '../report/report.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Dossier } from '../dossier/schema.js';
import { progressBar } from './progress.js';
import { serveStore } from './serve.js';
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
    .option('-f, --format <formats>', 'what to write, comma-separated: json (dossier.json), html (report.html), md (dossier.md)', 'json,html')
    .option('-j, --jobs <count>', 'worker threads that analyse documents (default: one per core)', String(defaultJobs()))
    .action(async (paths: string[], options: AnalyzeOptions) => {
      process.exitCode = await analyze(paths, options);
    });
  program
    .command('serve')
    .description('serve the store: pages per story and a JSON API (documents, search, stories, ingest)')
    .option('--db <path>', 'SQLite store of analysed documents', DEFAULT_DB_PATH)
    .option('--host <address>', 'address to bind; anything but a loopback address requires a token', '127.0.0.1')
    .option('--port <number>', 'port to listen on', '4300')
    .option('--token <token>', 'token every request must carry (default: $TRIANGULATE_TOKEN; generated when binding beyond loopback)')
    .action(async (options: { db: string; host: string; port: string; token?: string }) => {
      await serveStore(options);
    });
  await program.parseAsync([...argv]);
}

interface AnalyzeOptions {
  out: string;
  db: string;
  strict: boolean;
  quiet: boolean;
  format: string;
  jobs: string;
}

const WRITERS: Readonly<Record<string, { file: string; render: (dossier: Dossier) => string }>> = {
  json: { file: 'dossier.json', render: (dossier) => JSON.stringify(dossier, null, 2) },
  html: { file: 'report.html', render: renderReport },
  md: { file: 'dossier.md', render: renderMarkdown },
};

async function analyze(paths: string[], options: AnalyzeOptions): Promise<number> {
  const formats = options.format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !WRITERS[f]);
  if (unknown.length > 0 || formats.length === 0) {
    console.error(`unknown format ${unknown.join(', ') || '(none)'}: use json, html or md, comma-separated`);
    return 2;
  }
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs must be a whole number of 1 or more, not ${options.jobs}`);
    return 2;
  }
  const store = openSqliteStore(options.db);
  try {
    const started = performance.now();
    const bar = options.quiet ? null : progressBar('analysing');
    // The output folder may sit inside an input folder: its dossier and report are never read as articles.
    const run = await runAnalysis(paths, store, bar ? (done, total) => bar.update(done, total) : undefined, [options.out], jobs);
    bar?.end();
    mkdirSync(options.out, { recursive: true });
    const written = formats.map((format) => {
      const { file, render } = WRITERS[format]!;
      writeFileSync(join(options.out, file), render(run.dossier));
      return join(options.out, file);
    });
    const path = written.join(', ');
    for (const error of run.dossier.errors) console.error(`${error.source}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        `${run.dossier.documents.length} documents (${run.analysed} analysed, ${run.reused} from the store), ${run.dossier.errors.length} problems, ${seconds} s → ${path}`,
      );
    }
    return options.strict && run.dossier.errors.length > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}
