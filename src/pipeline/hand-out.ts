/**
 * Which records each analysis worker is given next. Records are handed out within a window ahead of the caller (who
 * takes results in input order), and each worker gets records of its own languages: a worker's caches then hold the
 * words of its languages, and each word is worked out by one worker, where workers sharing every language each worked
 * it out again (two workers spent about a fifth more CPU between them than one alone on the wmt21 texts). A language
 * becomes a worker's when it is the first given a record of it, unless that worker has more languages than another;
 * a worker with no record of its languages left takes those of the first record left, whoever's they are, so that no
 * worker waits while there is work.
 */
export class HandOut {
  private readonly handed: Uint8Array;
  /** The first record not handed out. */
  private next = 0;
  /** Records not handed out. */
  private left: number;
  /** One past the last record handed out. */
  end = 0;
  private readonly hints: Array<string | null | undefined>;
  /** Language → the worker whose language it is. */
  private readonly owners = new Map<string | null, number>();
  /** Per worker, how many languages are its own. */
  private readonly owned: number[];

  /** `count` records, `workers` workers, and the language hint of a record by its place (asked once each, when needed). */
  constructor(
    count: number,
    workers: number,
    private readonly hintOf: (index: number) => string | null,
  ) {
    this.handed = new Uint8Array(count);
    this.left = count;
    this.hints = new Array(count);
    this.owned = new Array(workers).fill(0);
  }

  /** Whether a record before `limit` is still to be handed out. */
  available(limit: number): boolean {
    return this.next < Math.min(limit, this.handed.length);
  }

  /** Whether every record has been handed out. */
  get finished(): boolean {
    return this.left === 0;
  }

  /** Records still to be handed out. */
  get remaining(): number {
    return this.left;
  }

  /** At most `size` records for `worker`, all before `limit`, in input order, now handed out (none when none is available). */
  take(worker: number, limit: number, size: number): number[] {
    if (!this.available(limit)) return [];
    const end = Math.min(limit, this.handed.length);
    const batch = this.batch(worker, end, size);
    for (const i of batch) this.handed[i] = 1;
    this.left -= batch.length;
    this.end = Math.max(this.end, batch.at(-1)! + 1);
    while (this.next < this.handed.length && this.handed[this.next]) this.next++;
    return batch;
  }

  private batch(worker: number, end: number, size: number): number[] {
    const own = this.collect(end, size, (language) => this.owners.get(language) === worker);
    if (own.length > 0) return own;
    if (this.owned[worker]! <= Math.min(...this.owned)) {
      for (let i = this.next; i < end; i++) {
        const language = this.hint(i);
        if (this.handed[i] || this.owners.has(language)) continue;
        this.owners.set(language, worker);
        this.owned[worker]!++;
        return this.collect(end, size, (other) => other === language);
      }
    }
    const first = this.hint(this.next);
    return this.collect(end, size, (language) => language === first);
  }

  private collect(end: number, size: number, wanted: (language: string | null) => boolean): number[] {
    const batch: number[] = [];
    for (let i = this.next; i < end && batch.length < size; i++) if (!this.handed[i] && wanted(this.hint(i))) batch.push(i);
    return batch;
  }

  private hint(index: number): string | null {
    let hint = this.hints[index];
    if (hint === undefined) hint = this.hints[index] = this.hintOf(index);
    return hint;
  }
}
