import { readFileSync } from 'node:fs';

/** Clock ticks a second in /proc (USER_HZ, 100 on Linux). */
const TICKS = 100;

/**
 * CPU seconds the calling thread has used, read from /proc/thread-self/stat (Linux), or null elsewhere. Node 20 has no
 * per-thread CPU clock; worker threads share `process.cpuUsage()`, so the benchmark of workers reads this. Resolution: 10 ms.
 */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The command name, in parentheses, may hold spaces: the fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}
