/**
 * The steps of a pre-order walk that the readers share: after a node whose children are done (or skipped), the
 * walk goes on at its next sibling, or at the next sibling of the nearest ancestor that has one, and stops at
 * `root`. Two forms: over all nodes, and over elements only (linkedom's element links pass over the text nodes,
 * half a page's nodes, in its own loop).
 */

interface Linked<T> {
  nextSibling: T | null;
  parentNode: T | null;
}

interface ElementLinked<T> {
  nextElementSibling?: T | null;
  parentNode: T | null;
}

/** The node the walk of `root`'s subtree takes after `node` and all it holds, or null when the subtree is done. */
export function nextOutside<T extends Linked<T>>(node: T, root: T): T | null {
  for (let current: T | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** `nextOutside` over elements only. */
export function nextElementOutside<T extends ElementLinked<T>>(node: T, root: T): T | null {
  for (let current: T | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}
