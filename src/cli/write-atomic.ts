import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader (or a run killed half-way) only ever sees
 * the old content or the whole new one: the content goes to a hidden
 * temporary file beside it, then a rename replaces the file at once.
 * Temporary files left by killed runs are removed.
 */
export function writeFileAtomic(path: string, content: string): void {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  removeAbandoned(folder, prefix);
  const temporary = join(folder, `${prefix}${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Temporary files of `prefix` whose process is gone. */
function removeAbandoned(folder: string, prefix: string): void {
  for (const name of readdirSync(folder)) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !running(pid)) rmSync(join(folder, name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
