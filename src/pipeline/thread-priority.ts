import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * How much lower than the thread that started it an analysis worker runs (unit: nice steps; Linux gives a thread of
 * nice 10 about a tenth of a core it shares with one of nice 0). The thread that saves, places and compares every
 * document is what a long run waits for, while the workers work ahead of it within a bounded window: on two cores,
 * three busy threads each got about two thirds of a core, and the one everybody waits for took 1.27 times its CPU time
 * to run (20,000 resampled news documents, twice); 1.19–1.22 in four runs with the workers lowered. A worker still
 * takes every core the calling thread leaves idle.
 */
export const WORKER_NICE_STEP = 10;
/** The lowest priority there is (Linux, macOS). */
const LOWEST = 19;

/**
 * Lowers the calling thread's scheduling priority by `step` (Linux, where each thread has its own; the thread is named
 * by its id from /proc/thread-self). Returns its priority now, or null where threads have no priority of their own or
 * it cannot be changed: the thread then runs as it did.
 */
export function lowerThreadPriority(step = WORKER_NICE_STEP): number | null {
  const thread = threadId();
  if (thread === null) return null;
  try {
    setPriority(thread, Math.min(LOWEST, getPriority(thread) + step));
    return getPriority(thread);
  } catch {
    return null;
  }
}

/** The calling thread's scheduling priority (its nice value), or null where threads have none of their own. */
export function threadPriority(): number | null {
  const thread = threadId();
  try {
    return thread === null ? null : getPriority(thread);
  } catch {
    return null;
  }
}

/** The calling thread's id (Linux: /proc/thread-self links to `<pid>/task/<tid>`), or null. */
function threadId(): number | null {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(thread) && thread > 0 ? thread : null;
  } catch {
    return null;
  }
}
