import { editDistance } from './name-key.js';

/**
 * Keys indexed by themselves and each of their one-letter deletions, so that the keys one edit (a letter added, dropped
 * or changed) from a word are found by looking up the word's own deletions: work grows with the keys' lengths, not
 * with their number, where comparing the word with every key grew with both. Two keys one edit apart always share a
 * deletion ("abkyazov" and "ablyazov" both give "abyazov"); a shared deletion may also be two edits ("ab", "ba"), so
 * candidates are checked.
 */
export class OneEditIndex {
  /** Deletion (or the key itself) → the positions of the keys that give it, in the order added. */
  private readonly byVariant = new Map<string, number[]>();
  private readonly keys: string[] = [];
  /** Keys compared with a word so far: the work done, for tests of its bounds. */
  compared = 0;

  /** Adds a key at the next position (0, 1, …). */
  add(key: string): void {
    const position = this.keys.length;
    this.keys.push(key);
    for (const variant of new Set(variants(key))) {
      const list = this.byVariant.get(variant);
      if (list) list.push(position);
      else this.byVariant.set(variant, [position]);
    }
  }

  /** The first position (in the order added) whose key is at most one edit from `word`, or undefined. */
  first(word: string): number | undefined {
    let best: number | undefined;
    for (const variant of variants(word)) {
      for (const position of this.byVariant.get(variant) ?? []) {
        if (best !== undefined && position >= best) break;
        this.compared++;
        if (editDistance(this.keys[position]!, word, 1) <= 1) best = position;
      }
    }
    return best;
  }
}

/** A key and each of its one-letter deletions. */
function variants(key: string): string[] {
  const found = [key];
  for (let i = 0; i < key.length; i++) found.push(key.slice(0, i) + key.slice(i + 1));
  return found;
}
