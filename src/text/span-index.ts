/** A span of text, [start, end) in code units (the same shape as the document's standoff spans). */
type Span = readonly [number, number];

/**
 * Whether a position lies inside any of the spans, answered by binary search over the spans sorted by start with the
 * furthest end so far: a stage that asks this of every figure or word of a flood does not rescan every span each time.
 */
export function coverage(spans: readonly Span[]): (position: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  let end = -Infinity;
  for (const [, e] of sorted) furthest.push((end = Math.max(end, e)));
  return (position) => {
    const last = lastStartingAtOrBefore(sorted, position);
    return last >= 0 && furthest[last]! > position;
  };
}

/** The indices of the spans lying wholly inside a range, in their own order; built once, asked per range. */
export function spansWithin(spans: readonly Span[]): (range: Span) => number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0]);
  const starts = order.map((i) => spans[i]!);
  return ([from, to]) => {
    const inside: number[] = [];
    for (let k = lastStartingAtOrBefore(starts, from - 1) + 1; k < starts.length && starts[k]![0] <= to; k++) if (starts[k]![1] <= to) inside.push(order[k]!);
    return inside.sort((a, b) => a - b);
  };
}

/** The last index whose span starts at or before `position` in spans sorted by start, or -1. */
function lastStartingAtOrBefore(sorted: readonly Span[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]![0] <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
