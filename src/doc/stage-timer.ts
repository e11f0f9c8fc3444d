import type { NewsDoc } from './news-doc.js';

/**
 * One extraction stage's time on one document (see pipeline/budget.ts). A
 * stage asks it as it goes, paragraph by paragraph or name by name, with the
 * offset it is about to read; once the time is spent it stops there, and the
 * offset is kept so that the stages after it read the same part of the text.
 */
export class StageTimer {
  /** Where the stage stopped reading (a text offset), or null while it had time. */
  stoppedAt: number | null = null;

  constructor(
    private readonly deadline: number,
    private readonly now: () => number,
  ) {}

  /** Whether the time is spent; the first time it is, `at` is where the stage stops. */
  spent(at: number): boolean {
    if (this.stoppedAt !== null) return true;
    if (this.now() < this.deadline) return false;
    this.stoppedAt = at;
    return true;
  }
}

declare module './news-doc.js' {
  interface DataMap {
    /** The running stage's timer, set by the pipeline around each extraction stage. */
    timer: StageTimer;
  }
}

/** Whether the running stage should stop before reading the text at `at` (never, when no timer is set). */
export function outOfTime(doc: NewsDoc, at: number): boolean {
  return doc.data.timer?.spent(at) ?? false;
}
