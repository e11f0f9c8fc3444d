/** A trie of added texts, one code unit a level (read from the end for suffixes): a form's affixes are found in one walk. */
export interface AffixNode<T> {
  value?: T;
  next?: Map<number, AffixNode<T>>;
}

/** The trie of an index of added texts, read from their end (suffixes) or their start (prefixes). */
export function affixTrie<T>(index: ReadonlyMap<string, T>, fromEnd: boolean): AffixNode<T> {
  const root: AffixNode<T> = {};
  for (const [add, value] of index) {
    let node = root;
    for (let i = 0; i < add.length; i++) {
      const unit = add.charCodeAt(fromEnd ? add.length - 1 - i : i);
      node.next ??= new Map();
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = {}));
      node = child;
    }
    node.value = value;
  }
  return root;
}
