import { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { defaultJobs } from '../pipeline/analyze-workers.js';
import { renderReport } from '../report/report.js';
import { plural, renderMarkdown } from '../report/markdown.js';
import { renderCsvFiles } from '../report/csv.js';
import { missingInputs, prepareOutputFolder } from './check-paths.js';
import type { Dossier } from '../dossier/schema.js';
import { progressBar } from './progress.js';
import { writeFileAtomic } from './write-atomic.js';
import { printable } from '../text/printable.js';
import { DEFAULT_DB_PATH, openSqliteStore } from '../store/sqlite.js';

/** Runs the command line; `argv` as in `process.argv`. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name('triangulate')
    .description('Read one news story across many outlets and languages.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError();
  program
    .command('analyze')
    .description('analyse article files and folders into DIR/dossier.json and DIR/report.html')
    .argument('<paths...>', 'files or folders (.txt, .html, .json, .jsonl; folders are read recursively)')
    .requiredOption('-o, --out <dir>', 'folder to write dossier.json into')
    .option('--db <path>', 'SQLite store of analysed documents', DEFAULT_DB_PATH)
    .option('--strict', 'exit with code 1 when any input has a problem', false)
    .option('-q, --quiet', 'print nothing but problems', false)
    .option('-f, --format <formats>', 'what to write, comma-separated: json (dossier.json), html (report.html), md (dossier.md), csv (claims.csv, quotes.csv, entities.csv, framing.csv)', 'json,html')
    .option('-j, --jobs <count>', 'at most this many worker threads analyse documents, one per 200 documents; a smaller batch is analysed in the main thread (default: one per core)', String(defaultJobs()))
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
    .option('--create', 'create the store when --db names no file yet', false)
    .option('--allow-host <names>', 'other host names the server answers for, comma-separated (behind a proxy or a DNS name)')
    .action(async (options: { db: string; host: string; port: string; token?: string; create: boolean; allowHost?: string }) => {
      // A mistyped --db would otherwise serve a new, empty store as if it were the analyst's.
      if (options.db !== ':memory:' && !existsSync(options.db) && !options.create) {
        console.error(`--db ${options.db}: no such store; check the path, or add --create to start an empty one`);
        process.exitCode = 1;
        return;
      }
      // The server and its libraries (Hono, Zod's request schemas) load only for `serve`: an analysis never needs them.
      const { serveStore } = await import('./serve.js');
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

type OutputFile = { file: string; content: string };
/** By the name given to --format: a Map, so that a name such as "constructor" is unknown rather than an object's member. */
const WRITERS: ReadonlyMap<string, (dossier: Dossier) => OutputFile[]> = new Map([
  ['json', (dossier: Dossier) => [{ file: 'dossier.json', content: JSON.stringify(dossier, null, 2) }]],
  ['html', (dossier: Dossier) => [{ file: 'report.html', content: renderReport(dossier) }]],
  ['md', (dossier: Dossier) => [{ file: 'dossier.md', content: renderMarkdown(dossier) }]],
  ['csv', renderCsvFiles],
]);

/** The version in package.json, beside dist/. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

async function analyze(paths: string[], options: AnalyzeOptions): Promise<number> {
  const formats = options.format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !WRITERS.has(f));
  if (unknown.length > 0 || formats.length === 0) {
    console.error(`unknown format ${unknown.join(', ') || '(none)'}: use json, html, md or csv, comma-separated`);
    return 2;
  }
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs must be a whole number of 1 or more, not ${options.jobs}`);
    return 2;
  }
  const missing = missingInputs(paths);
  const unwritable = prepareOutputFolder(options.out);
  for (const problem of [...missing, ...(unwritable ? [unwritable] : [])]) console.error(problem);
  if (missing.length > 0 || unwritable) return 1;
  const store = openSqliteStore(options.db);
  try {
    const started = performance.now();
    const bar = options.quiet ? null : progressBar('analysing');
    // The output folder may sit inside an input folder: its dossier and report are never read as articles.
    const run = await runAnalysis(paths, store, bar ? (done, total) => bar.update(done, total) : undefined, [options.out], jobs);
    bar?.end();
    for (const error of run.dossier.errors) console.error(printable(`${error.source}${error.line ? `:${error.line}` : ''}: ${error.message}`));
    if (run.dossier.documents.length === 0) {
      console.error(`nothing to analyse: no readable article in ${paths.map((p) => printable(p)).join(', ')} (.txt, .html, .json or .jsonl)`);
      return 1;
    }
    const written = formats.flatMap((format) => WRITERS.get(format)!(run.dossier)).map(({ file, content }) => {
      writeFileAtomic(join(options.out, file), content);
      return join(options.out, file);
    });
    const path = written.join(', ');
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        `${plural(run.dossier.documents.length, 'document')} (${run.analysed} analysed, ${run.reused} from the store), ${plural(run.dossier.errors.length, 'problem')}, ${seconds} s → ${path}`,
      );
    }
    return options.strict && run.dossier.errors.length > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}
