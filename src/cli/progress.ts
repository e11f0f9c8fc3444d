/** Redraws at most this often (unit: ms). */
const REDRAW_MS = 100;
const WIDTH = 30;

/**
 * A progress bar on stderr for long runs in a terminal; nothing when stderr is
 * not a terminal (a pipe, a log file) or under CI.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number): void; end(): void } | null {
  if (!stream.isTTY || process.env.CI) return null;
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < REDRAW_MS) return;
      last = now;
      const share = total ? done / total : 1;
      const filled = Math.round(share * WIDTH);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${Math.round(share * 100)}%`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
