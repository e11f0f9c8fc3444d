/**
 * A trie of added texts, one code unit a level (read from the end for suffixes): a form's affixes are found in one
 * walk. A node's children are built on the first walk through it: French and Spanish have 3,000–5,000 suffixes, whose
 * 20,000 nodes took a fifth of a table's start-up, and a batch walks through few of them.
 */
export class AffixNode<T> {
  /** The value of the added text that ends at this node. */
  value?: T;
  private children: Map<number, AffixNode<T>> | null = null;
  /** The longer added texts below this node, until its children are built. */
  private below: Array<[string, T]> | null;

  /** A node `depth` code units down, holding `entries` (their texts all longer than `depth`). */
  constructor(
    private readonly fromEnd: boolean,
    private readonly depth: number,
    entries: Array<[string, T]>,
  ) {
    this.below = entries.length > 0 ? entries : null;
  }

  /** The child of this node by the next code unit, or undefined when no added text goes on that way. */
  next(unit: number): AffixNode<T> | undefined {
    if (this.below) this.grow(this.below);
    return this.children?.get(unit);
  }

  private grow(entries: Array<[string, T]>): void {
    this.below = null;
    const depth = this.depth + 1;
    const byUnit = new Map<number, Array<[string, T]>>();
    const values = new Map<number, T>();
    for (const entry of entries) {
      const add = entry[0];
      const unit = add.charCodeAt(this.fromEnd ? add.length - depth : depth - 1);
      if (add.length === depth) values.set(unit, entry[1]);
      else {
        const list = byUnit.get(unit);
        if (list) list.push(entry);
        else byUnit.set(unit, [entry]);
      }
    }
    this.children = new Map();
    for (const unit of new Set([...values.keys(), ...byUnit.keys()])) {
      const child = new AffixNode(this.fromEnd, depth, byUnit.get(unit) ?? []);
      if (values.has(unit)) child.value = values.get(unit);
      this.children.set(unit, child);
    }
  }
}

/** The trie of an index of added texts, read from their end (suffixes) or their start (prefixes). */
export function affixTrie<T>(index: ReadonlyMap<string, T>, fromEnd: boolean): AffixNode<T> {
  const longer: Array<[string, T]> = [];
  for (const entry of index) if (entry[0].length > 0) longer.push(entry);
  const root = new AffixNode(fromEnd, 0, longer);
  if (index.has('')) root.value = index.get('');
  return root;
}
