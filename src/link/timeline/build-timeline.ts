import { DISPLAY_LANGUAGE } from '../shared/display-language.js';
import type { Span } from '../../doc/news-doc.js';

/** A dated mention as the timeline reads it. */
export interface TimelineSource {
  doc: string;
  span: Span;
  date: string;
  to: string | null;
  /** The sentence the date stands in: what happened on it. */
  sentence: string;
  language: string | null;
}

/** An entry of the dossier's timeline. */
export interface TimelineEntry {
  date: string;
  to: string | null;
  event: string;
  documents: string[];
  evidence: Array<{ doc: string; span: Span }>;
}

/** An event is told in at most this many words of its sentence. */
const MAX_EVENT_WORDS = 30;

/**
 * Dated events from all documents, in calendar order: mentions of the same
 * day (or span of days) are one entry with all their sources; the event is
 * told in the words of an English source where there is one.
 */
export function buildTimeline(dates: readonly TimelineSource[]): TimelineEntry[] {
  const byDate = new Map<string, TimelineSource[]>();
  for (const mention of dates) {
    const key = `${mention.date}|${mention.to ?? ''}`;
    const group = byDate.get(key);
    if (group) group.push(mention);
    else byDate.set(key, [mention]);
  }
  return [...byDate.values()]
    .map((group) => {
      const lead = group.find((m) => m.language === DISPLAY_LANGUAGE) ?? group[0]!;
      const words = lead.sentence.split(/\s+/).filter(Boolean);
      const event = words.length > MAX_EVENT_WORDS ? `${words.slice(0, MAX_EVENT_WORDS).join(' ')}…` : words.join(' ');
      return { date: lead.date, to: lead.to, event, documents: [...new Set(group.map((m) => m.doc))], evidence: group.map((m) => ({ doc: m.doc, span: m.span })) };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || b.documents.length - a.documents.length);
}
