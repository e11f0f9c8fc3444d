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

/** Whether any span holds the whole range (starts at or before it, ends at or after it); built once, asked per range. */
export function enclosure(spans: readonly Span[]): (range: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  let end = -Infinity;
  for (const [, e] of sorted) furthest.push((end = Math.max(end, e)));
  return ([from, to]) => {
    const last = lastStartingAtOrBefore(sorted, from);
    return last >= 0 && furthest[last]! >= to;
  };
}

/**
 * The first or last index, in the items' own order, of an item whose start lies in [from, to] and that passes a test:
 * a binary search where the items are sorted by start (a document's names are), else a scan of every item.
 */
export function startIndex<T>(items: readonly T[], startOf: (item: T) => number): StartIndex<T> {
  const sorted = items.every((item, i) => i === 0 || startOf(items[i - 1]!) <= startOf(item));
  const atOrAfter = (position: number) => {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (startOf(items[middle]!) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const inside = (item: T, from: number, to: number) => startOf(item) >= from && startOf(item) <= to;
  return {
    first(from, to, test = () => true) {
      if (!sorted) return items.findIndex((item) => inside(item, from, to) && test(item));
      for (let i = atOrAfter(from); i < items.length && startOf(items[i]!) <= to; i++) if (test(items[i]!)) return i;
      return -1;
    },
    last(from, to, test = () => true) {
      if (!sorted) return items.findLastIndex((item) => inside(item, from, to) && test(item));
      for (let i = atOrAfter(to + 1) - 1; i >= 0 && startOf(items[i]!) >= from; i--) if (test(items[i]!)) return i;
      return -1;
    },
  };
}

/** See `startIndex`. */
export interface StartIndex<T> {
  first(from: number, to: number, test?: (item: T) => boolean): number;
  last(from: number, to: number, test?: (item: T) => boolean): number;
}

/**
 * The index of the span holding a position (start inclusive, end exclusive), or -1: a binary search where the spans
 * are in order and do not overlap (a document's sentences), else the first such span in their own order.
 */
export function spanAt(spans: readonly Span[]): (position: number) => number {
  const ordered = spans.every((span, i) => i === 0 || spans[i - 1]![1] <= span[0]);
  return (position) => {
    if (!ordered) return spans.findIndex(([s, e]) => position >= s && position < e);
    const k = lastStartingAtOrBefore(spans, position);
    return k >= 0 && spans[k]![1] > position ? k : -1;
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
