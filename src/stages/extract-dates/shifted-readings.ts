import type * as chrono from 'chrono-node';
import { boundedMemo } from '../../text/memo.js';
import type { DateParser } from './date-parser.js';

/** The day an expression names when read on its own against another reference; null when chrono reads nothing there. */
export type ShiftedDay = { year: number | null; month: number | null; day: number | null } | null;

/** Expressions whose reading is remembered, per reader and language (unit: distinct texts). */
const READINGS_KEPT = 20_000;

/**
 * Reads an expression on its own against a fixed reference, as `parser.parse(text, reference)[0]` does, and remembers
 * it per parser (one per language): the same few ("yesterday", "on Monday", "um 10") come back in document after
 * document. (Reading several in one parse, joined by a separator, is not the same: "лет назад" after " ¶ " is no
 * longer read.)
 */
export function createShiftedReadings(reference: Date): (parser: DateParser, text: string) => ShiftedDay {
  const readers = new Map<DateParser, (text: string) => ShiftedDay>();
  return (parser, text) => {
    let read = readers.get(parser);
    if (!read) readers.set(parser, (read = boundedMemo((expression) => dayOf(parser.parse(expression, reference)[0]?.start), READINGS_KEPT)));
    return read(text);
  };
}

function dayOf(components: chrono.ParsedComponents | undefined): ShiftedDay {
  return components ? { year: components.get('year'), month: components.get('month'), day: components.get('day') } : null;
}
