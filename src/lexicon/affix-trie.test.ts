import assert from 'node:assert/strict';
import { test } from 'node:test';
import { affixTrie } from './affix-trie.js';
import type { AffixNode } from './affix-trie.js';

/** The values met walking a word from its end (or start), shortest affix first, as a scan of every affix would list them. */
function walk<T>(trie: AffixNode<T>, word: string, fromEnd: boolean): T[] {
  const found: T[] = [];
  let node: AffixNode<T> | undefined = trie;
  for (let k = 0; node; k++) {
    if (node.value !== undefined) found.push(node.value);
    node = k < word.length ? node.next(word.charCodeAt(fromEnd ? word.length - 1 - k : k)) : undefined;
  }
  return found;
}

test('an affix trie meets every added text that ends (or begins) a word, shortest first', () => {
  const adds = ['', 's', 'es', 'ies', 'ungen', 'en', 'n', 'é', 'ées'];
  const index = new Map(adds.map((add) => [add, add]));
  for (const word of ['Regierungen', 'cities', 'glaces', 'passées', 'a', '']) {
    const scanned = adds.filter((add) => word.endsWith(add)).sort((a, b) => a.length - b.length);
    assert.deepEqual(walk(affixTrie(index, true), word, true), scanned, word);
    const prefixes = adds.filter((add) => word.startsWith(add)).sort((a, b) => a.length - b.length);
    assert.deepEqual(walk(affixTrie(index, false), word, false), prefixes, word);
  }
});
