import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The inputs that do not exist, each as a message naming it ("notes/: no such file or folder"). */
export function missingInputs(paths: readonly string[], cwd = process.cwd()): string[] {
  return paths.filter((path) => !existsSync(resolve(cwd, path))).map((path) => `${path}: no such file or folder`);
}

/**
 * Makes sure `--out` is a folder this process can write, creating it when
 * missing, before any analysis runs. Returns a message when it cannot be, or
 * null. Folders are created one level at a time: Node's recursive mkdir spins
 * forever under /proc (it retries ENOENT), so "--out /proc/x" would hang.
 */
export function prepareOutputFolder(out: string, cwd = process.cwd()): string | null {
  const target = resolve(cwd, out);
  const missing: string[] = [];
  let existing = target;
  while (!existsSync(existing)) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (!statSync(existing).isDirectory()) return `--out ${out}: ${existing === target ? 'is not a folder' : `${existing} is not a folder`}`;
  try {
    accessSync(existing, constants.W_OK);
    for (const folder of missing) mkdirSync(folder);
    // Permission bits are not the whole story (read-only mounts, /proc, /sys): write and remove a probe file.
    const probe = join(target, `.triangulate-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return null;
  } catch (error) {
    return `--out ${out}: cannot write there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
