/**
 * Puts a document that clustering left alone into the story of its copy or translation. Story clustering compares
 * documents by their content words, names and figures, and a short local report and its translation can share too few
 * of them to be linked, though sentence alignment found the one to be the other's translation. A lone document joins
 * the group holding most of the documents it is `related` to (pairs of indexes); on a tie, the larger group, then the
 * one with the smallest member. Only lone documents move, in the order of their indexes: a relation never merges or
 * splits stories that clustering made, so one spurious relation (two reports written on one template) cannot chain
 * stories together. Returns the groups, emptied ones dropped, each sorted.
 */
export function joinLoneRelated(groups: readonly number[][], related: ReadonlyArray<readonly [number, number]>): number[][] {
  const moved = groups.map((group) => [...group]);
  if (related.length === 0) return moved;
  const groupOf = new Map<number, number>();
  moved.forEach((group, g) => group.forEach((i) => groupOf.set(i, g)));
  const partners = new Map<number, number[]>();
  for (const [a, b] of related) {
    if (a === b || !groupOf.has(a) || !groupOf.has(b)) continue;
    (partners.get(a) ?? partners.set(a, []).get(a)!).push(b);
    (partners.get(b) ?? partners.set(b, []).get(b)!).push(a);
  }
  const lone = moved.filter((group) => group.length === 1).map((group) => group[0]!).sort((x, y) => x - y);
  for (const i of lone) {
    const home = groupOf.get(i)!;
    if (moved[home]!.length !== 1) continue; // another lone document has joined it
    const target = partnerGroup(partners.get(i) ?? [], home, groupOf, moved);
    if (target === null) continue;
    moved[home] = [];
    moved[target]!.push(i);
    groupOf.set(i, target);
  }
  return moved.filter((group) => group.length > 0).map((group) => group.sort((x, y) => x - y));
}

/** The group most of a document's partners are in (not its own): then the larger group, then the smallest member. */
function partnerGroup(partners: readonly number[], own: number, groupOf: ReadonlyMap<number, number>, groups: readonly number[][]): number | null {
  const counts = new Map<number, number>();
  for (const p of partners) {
    const g = groupOf.get(p)!;
    if (g !== own) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [g, count] of counts) {
    if (best === null) {
      best = g;
      continue;
    }
    const [bestCount, size, bestSize] = [counts.get(best)!, groups[g]!.length, groups[best]!.length];
    if (count > bestCount || (count === bestCount && (size > bestSize || (size === bestSize && smallest(groups[g]!) < smallest(groups[best]!))))) best = g;
  }
  return best;
}

/** A group's smallest member (a loop: spreading a story of 100,000 members into Math.min overflows the stack). */
function smallest(group: readonly number[]): number {
  let least = Infinity;
  for (const member of group) if (member < least) least = member;
  return least;
}
