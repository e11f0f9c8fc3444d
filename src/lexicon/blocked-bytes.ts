import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LEXICON_DIR, UNPACKED_DIR, gzippedUnder, readBuilt, readPackedTable, unpackedName, writeBuilt } from './data-files.js';
import { SortedBytes } from './sorted-bytes.js';

/**
 * A sorted table (lines `key\tvalue` in byte order, as SortedBytes reads) looked up in its unpacked copy on disk, one
 * block at a time, instead of read whole. An English article asks the English concept tables (8.6 MB) a few hundred
 * questions; reading them whole cost about 30 ms and 2,200 page faults in every process, most of it memory touched
 * once. The build writes beside the copy the first key of each block (`blockIndexFile`); a look-up finds its block
 * among those keys and reads that block only, kept for the next look-up.
 */
export class BlockedBytes {
  /** The blocks read so far, by number, each a SortedBytes over its whole lines: at most the whole table, as before. */
  private readonly blocks = new Map<number, SortedBytes>();

  constructor(
    private readonly fd: number,
    private readonly index: BlockIndex,
  ) {}

  /** The value of a key (what follows its first tab, '' when the line has none), or undefined when no line has it. */
  get(key: string): string | undefined {
    const block = this.blockOf(Buffer.from(key, 'utf8'));
    return block < 0 ? undefined : this.block(block).get(key);
  }

  /** The number of the last block whose first key sorts at or before `key`, or -1 when the key sorts before them all. */
  private blockOf(key: Buffer): number {
    const { firstKeys } = this.index;
    let low = 0;
    let high = firstKeys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (Buffer.compare(firstKeys[middle]!, key) <= 0) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  private block(number: number): SortedBytes {
    let block = this.blocks.get(number);
    if (!block) {
      const { starts, size } = this.index;
      const start = starts[number]!;
      const bytes = Buffer.allocUnsafe((number + 1 < starts.length ? starts[number + 1]! : size) - start);
      let read = 0;
      while (read < bytes.length) {
        const got = readSync(this.fd, bytes, read, bytes.length - read, start + read);
        if (got === 0) break;
        read += got;
      }
      block = new SortedBytes(bytes.subarray(0, read));
      this.blocks.set(number, block);
    }
    return block;
  }
}

/** Where each block of a table starts (byte offsets, the first 0), its first key, and the table's size in bytes. */
interface BlockIndex {
  starts: number[];
  firstKeys: Buffer[];
  size: number;
}

/** The format named on a block index's first line. */
const BLOCK_INDEX_FORMAT = 'triangulate.blocks/1';
/** A block starts at the first line that starts at or after each multiple of this (unit: bytes): a page of memory. */
const BLOCK_BYTES = 4096;

/**
 * The block index of a sorted table's bytes: a JSON header line (format, the table's size), then one line a block,
 * `start\tfirst key` (a line's key is what precedes its first tab: the tables' keys hold no tab or newline).
 */
export function blockIndexFile(table: Buffer): string {
  const lines = [JSON.stringify({ format: BLOCK_INDEX_FORMAT, size: table.length })];
  let start = 0;
  while (start < table.length) {
    const tab = table.indexOf(9, start);
    const newline = table.indexOf(10, start);
    const keyEnd = Math.min(tab < 0 ? table.length : tab, newline < 0 ? table.length : newline);
    lines.push(`${start}\t${table.toString('utf8', start, keyEnd)}`);
    // The next block: the first line starting at or after the next multiple of BLOCK_BYTES.
    const boundary = (Math.floor(start / BLOCK_BYTES) + 1) * BLOCK_BYTES;
    const lineEnd = table.indexOf(10, boundary - 1);
    start = lineEnd < 0 ? table.length : lineEnd + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** A block index read from its file, or null when the file is not one or describes a table of another size. */
export function readBlockIndex(file: Buffer, tableSize: number): BlockIndex | null {
  const lines = file.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  let header: { format?: string; size?: number };
  try {
    header = JSON.parse(lines[0] ?? '') as typeof header;
  } catch {
    return null;
  }
  if (header.format !== BLOCK_INDEX_FORMAT || header.size !== tableSize) return null;
  const starts: number[] = [];
  const firstKeys: Buffer[] = [];
  for (const line of lines.slice(1)) {
    const tab = line.indexOf('\t');
    const start = Number(line.slice(0, tab));
    if (tab < 0 || !Number.isSafeInteger(start) || start < (starts.at(-1) ?? -1) || start >= tableSize) return null;
    starts.push(start);
    firstKeys.push(Buffer.from(line.slice(tab + 1), 'utf8'));
  }
  return starts[0] === 0 || tableSize === 0 ? { starts, firstKeys, size: tableSize } : null;
}

/** The built block index of a table (`concepts/en.gpl.tsv.gz` → `concepts/en.gpl.tsv.blocks`, beside its copy). */
function blockIndexName(relative: string): string {
  return relative.replace(/\.tsv\.gz$/, '.tsv.blocks');
}

/** Writes the block index of every table under `folder` of `packed` beside its copy (part of the build). Returns the tables. */
export function writeBlockIndexes(folder: string, packed: URL = LEXICON_DIR, unpacked: URL = UNPACKED_DIR): string[] {
  const tables = gzippedUnder(packed, folder);
  for (const relative of tables) writeBuilt(blockIndexName(relative), blockIndexFile(readPackedTable(relative, packed, unpacked)!), unpacked);
  return tables;
}

/**
 * A table to look up by key: read by block from its unpacked copy when the build wrote the copy and its block index
 * after the table, else read whole (from the copy or the gzip) as SortedBytes; null when there is no table.
 */
export function openSortedTable(relative: string, packed: URL = LEXICON_DIR, unpacked: URL = UNPACKED_DIR): BlockedBytes | SortedBytes | null {
  // The build writes the copy, then its index: an index written after the table describes the copy, whose size it checks.
  const indexFile = readBuilt(blockIndexName(relative), relative, packed, unpacked);
  const fd = indexFile ? openQuietly(new URL(unpackedName(relative), unpacked)) : null;
  if (fd !== null) {
    const index = readBlockIndex(indexFile!, fstatSync(fd).size);
    if (index) return new BlockedBytes(fd, index);
    closeSync(fd);
  }
  const bytes = readPackedTable(relative, packed, unpacked);
  return bytes ? new SortedBytes(bytes) : null;
}

function openQuietly(url: URL): number | null {
  try {
    return openSync(url, 'r');
  } catch {
    return null;
  }
}
