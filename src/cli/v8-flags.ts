import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimises a function once it has run through this much of its budget (unit: bytes of bytecode executed; Node
 * 20's V8 defaults to 67,584). At the default an analysis run optimises and re-optimises hundreds of functions that
 * run for a few hundred milliseconds, on background threads: about 1 CPU-s of compiling for one 1 MB article
 * (en-1MB: 1.1 s of 2.5 CPU-s), more than the optimised code saves. About fifteen times the budget optimises only
 * what runs long: en-1MB 2.5 → 2.1 CPU-s, 299 semeval articles 10.1–11.1 → 8.9–9.1 CPU-s.
 */
const INTERRUPT_BUDGET = 1024 * 1024;

/**
 * How far a V8 heap may grow past what its last full collection kept before it collects again (unit: percent). V8
 * picks the factor itself, up to four times, from how cheap collecting has been, and for the thread that saves and
 * links documents it is cheap: over 10,000 resampled news documents its full collections took under 0.3 % of its time,
 * and it let 263 MB of live objects grow to 931 MB. Over a long run that slack is most of the memory used: 20,000
 * documents peaked at 2,289 MB over all threads. At 50 % they peak at 1,602 MB in the same time and CPU (235 against
 * 238 s, 334 against 336 CPU-s), and 100,000 at 2,687 MB instead of 3,854 (27.6 against 28.9 minutes), with the same
 * stories; a 1 MB text costs the same through the CLI. It applies to every thread of the process.
 */
const HEAP_GROWING_PERCENT = 50;

/** The V8 flags a Triangulate run works with. */
export const RUN_FLAGS: readonly string[] = [`--interrupt-budget=${INTERRUPT_BUDGET}`, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`];

/**
 * Sets the run's V8 flags. Call it first, before the modules that do the work are loaded: the flags change no result,
 * only when code is compiled and when memory is collected. V8 ignores a flag it does not know without a word; the test
 * beside this file checks that this Node knows each.
 */
export function setRunFlags(): void {
  for (const flag of RUN_FLAGS) setFlagsFromString(flag);
}
