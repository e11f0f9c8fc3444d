import type * as chrono from 'chrono-node';
import type { DateParser } from './date-parser.js';

/** The day an expression names when read on its own against another reference; null when chrono reads nothing there. */
export type ShiftedDay = { year: number | null; month: number | null; day: number | null } | null;

/** Expressions whose reading is remembered, per reader and language (unit: distinct texts). */
const READINGS_KEPT = 20_000;

/**
 * Reads expressions on their own against a fixed reference, as `parser.parse(text, reference)[0]` does, and remembers
 * each per language: the same few ("yesterday", "on Monday", "um 10") come back in document after document. (Reading
 * several in one parse, joined by a separator, is not the same: "лет назад" after " ¶ " is no longer read.)
 */
export function createShiftedReadings(reference: Date): (parser: DateParser, texts: readonly string[]) => ReadonlyMap<string, ShiftedDay> {
  const readings = new Map<DateParser, Map<string, ShiftedDay>>();
  return (parser, texts) => {
    const known = readings.get(parser) ?? new Map<string, ShiftedDay>();
    readings.set(parser, known);
    if (known.size + texts.length > READINGS_KEPT) known.clear();
    for (const text of texts) if (!known.has(text)) known.set(text, dayOf(parser.parse(text, reference)[0]?.start));
    return known;
  };
}

function dayOf(components: chrono.ParsedComponents | undefined): ShiftedDay {
  return components ? { year: components.get('year'), month: components.get('month'), day: components.get('day') } : null;
}
