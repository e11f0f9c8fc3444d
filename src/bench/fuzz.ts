/**
 * A fuzz campaign over the whole per-document analysis: random bytes,
 * mutated real pages, deep nesting, floods, broken JSON and mixed encodings.
 * Reports crashes (an exception out of reading or analysis), internal
 * failures (a stage that failed), silent drops (an input that gives neither a
 * document nor a message, or a document with no body and no message) and the
 * slowest inputs; failing inputs are written out to replay. One input in ten is also stored, and the store is
 * checked for poisoning (see fuzz-store.ts).
 * Usage: npm run fuzz [-- <count> [seed]]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toAnalysis } from '../dossier/document.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { readBytes } from '../read/read-inputs.js';
import type { ReadResult } from '../read/read-inputs.js';
import { createRandom, generateInput } from './fuzz-inputs.js';
import { checkStore } from './fuzz-store.js';
import type { FuzzInput } from './fuzz-inputs.js';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 12);
const SEED_FOLDERS = ['../shared/bench/article-extraction-benchmark/html', '../shared/bench/trafilatura-eval/articles', '../shared/bench/hostile'];
/** Real pages used as mutation seeds (unit: files; enough variety, little memory). */
const MAX_SEEDS = 200;
/** Inputs listed as the slowest. */
const SLOWEST = 10;
/** One input in this many is also stored in a SQLite store, checked for poisoning (the store phase is slower per input). */
const STORE_EVERY = 10;

type Outcome = 'ok' | 'crash' | 'internal failure' | 'silent drop';
interface Result {
  /** The input's name and size (its bytes are written out only when it failed). */
  input: { name: string; bytes: { length: number } };
  outcome: Outcome;
  detail: string;
  cpuMs: number;
}

const seeds = loadSeeds();
const analyze = await createAnalyzer();
const random = createRandom(seed);
const results: Result[] = [];
const stored: FuzzInput[] = [];
const failures = join(tmpdir(), `triangulate-fuzz-${seed}`);
/** An input taking more CPU than this (ms) breaks the bound every input of 1 MB or less must keep. */
const SLOW_MS = 2000;
/**
 * Inputs slower than this (ms) are kept in memory to be timed again at the end: a long campaign's heap is large, and a
 * full collection that falls on one input (with the collector's threads, counted in the process's CPU) can multiply
 * its time; timed again, an input shows its own cost.
 */
const RETIME_MS = 500;
/** At most this many inputs kept to be timed again (unit: inputs). */
const MAX_RETIMED = 100;
const retimed = new Map<string, FuzzInput>();
const started = process.cpuUsage();
for (let index = 0; index < count; index++) {
  const input = generateInput(random, index, seeds);
  const result = runOne(input);
  // Failures and inputs over the work bound are kept, to be run again alone.
  if (result.outcome !== 'ok' || result.cpuMs > SLOW_MS) keep(input);
  if (result.cpuMs > RETIME_MS && retimed.size < MAX_RETIMED) retimed.set(input.name, input);
  if (index % STORE_EVERY === 0) stored.push(input);
  results.push({ ...result, input: { name: input.name, bytes: { length: input.bytes.length } } });
  if ((index + 1) % 1000 === 0) console.error(progress(index + 1));
}
const storeCheck = await checkStore(stored);
report();

function runOne(input: FuzzInput): Result {
  const before = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const read: ReadResult = { records: [], errors: [] };
  try {
    readBytes(input.bytes, input.name, read);
    const problems: string[] = [];
    for (const record of read.records) {
      const doc = analyze(record);
      toAnalysis(doc);
      const failed = doc.messages.find((m) => /stage \S+ failed/.test(m.message));
      if (failed) problems.push(`internal failure: ${failed.message}`);
      else if ((doc.data.clean?.body.length ?? 0) === 0 && doc.messages.length === 0 && read.errors.length === 0 && /[\p{L}\p{N}]/u.test(doc.text)) problems.push('silent drop: a document with text but no body and no message');
    }
    if (read.records.length === 0 && read.errors.length === 0) problems.push('silent drop: neither a document nor a message');
    const outcome: Outcome = problems.length === 0 ? 'ok' : problems[0]!.startsWith('internal') ? 'internal failure' : 'silent drop';
    return { input, outcome, detail: problems[0] ?? '', cpuMs: cpuMs() };
  } catch (error) {
    return { input, outcome: 'crash', detail: error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' ') : String(error), cpuMs: cpuMs() };
  }
}

/** A progress line with the outcomes so far and the slowest input yet, so that a campaign stopped early still says what it found. */
function progress(done: number): string {
  const failed = results.filter((r) => r.outcome !== 'ok');
  const slowest = results.reduce((worst, r) => (r.cpuMs > worst.cpuMs ? r : worst), results[0]!);
  return `${done} / ${count}: ${failed.length} failed so far (${failed.slice(0, 3).map((r) => `${r.input.name}: ${r.outcome}`).join('; ') || 'none'}); slowest ${slowest.input.name} ${slowest.cpuMs.toFixed(0)} ms`;
}

function keep(input: FuzzInput): void {
  mkdirSync(failures, { recursive: true });
  writeFileSync(join(failures, input.name.replace(/[^\w.-]/g, '_') || 'unnamed'), input.bytes);
}

function report(): void {
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const by = (outcome: Outcome) => results.filter((r) => r.outcome === outcome);
  const bytes = results.reduce((sum, r) => sum + r.input.bytes.length, 0);
  console.log(`fuzz: ${results.length} inputs (seed ${seed}, ${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(1)} CPU-s`);
  for (const outcome of ['crash', 'internal failure', 'silent drop'] as const) {
    const found = by(outcome);
    console.log(`${outcome === "crash" ? "crashes" : `${outcome}s`}: ${found.length}`);
    for (const r of found.slice(0, 10)) console.log(`  ${r.input.name} (${r.input.bytes.length} bytes): ${r.detail.slice(0, 200)}`);
  }
  console.log(`poisoned stores: ${storeCheck.poisoned.length} (${storeCheck.records} records of ${stored.length} inputs stored in ${storeCheck.batches} batches, a plain article stored and found after each)`);
  for (const line of storeCheck.poisoned.slice(0, 10)) console.log(`  ${line}`);
  console.log(`slowest ${SLOWEST} (CPU of the whole process, then of the input timed again alone at the end):`);
  for (const r of [...results].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, SLOWEST)) {
    const input = retimed.get(r.input.name);
    const again = input ? `, again ${runOne(input).cpuMs.toFixed(0)} ms` : '';
    console.log(`  ${r.cpuMs.toFixed(0).padStart(6)} ms${again}  ${r.input.name} (${r.input.bytes.length} bytes)`);
  }
  if (results.some((r) => r.outcome !== 'ok' || r.cpuMs > SLOW_MS)) console.log(`failing inputs and those over ${SLOW_MS} ms CPU written to ${failures}`);
  process.exitCode = results.some((r) => r.outcome !== 'ok') || storeCheck.poisoned.length > 0 ? 1 : 0;
}

function loadSeeds(): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const folder of SEED_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue; // the bench sets are optional; the generated kinds still run
    }
    const step = Math.max(1, Math.floor(names.length / (MAX_SEEDS / SEED_FOLDERS.length)));
    for (let i = 0; i < names.length; i += step) {
      const bytes = readFileSync(join(folder, names[i]!));
      found.push(names[i]!.endsWith('.gz') ? gunzipSync(bytes) : bytes);
    }
  }
  return found;
}
