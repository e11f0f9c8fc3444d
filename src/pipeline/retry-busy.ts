/** Attempts at one unit of writes while another process holds the store (with the store's own 2 s wait each: about a minute in all). */
const MAX_ATTEMPTS = 25;
/** Pause before the first retry, doubled up to MAX_PAUSE_MS (unit: ms). */
const FIRST_PAUSE_MS = 20;
const MAX_PAUSE_MS = 500;

/** Whether an error is SQLite's "database is locked" (SQLITE_BUSY and its variants): another writer, worth waiting for. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs a unit of writes (one transaction, all or nothing), and runs it again
 * after a pause while the store is busy with another process's writes; the
 * pause yields, so a server keeps answering. Any other error is thrown at once.
 */
export async function retryBusy<T>(work: () => T, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1, pause = FIRST_PAUSE_MS; ; attempt++, pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || attempt >= attempts) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
  }
}
