import type { Span } from '../../doc/news-doc.js';
import { languageTable } from '../../lang/index.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { enclosure, spanAt, spansWithin, startIndex } from '../../text/span-index.js';

/** A document as framing sees it. */
export interface FramingSource {
  id: string;
  text: string;
  language: string | null;
  sentences: readonly Span[];
}

/** An entity with where it is named and described. */
export interface FramedEntity {
  id: string;
  mentions: ReadonlyArray<{ doc: string; span: Span; inComments: boolean }>;
  descriptors: ReadonlyArray<{ doc: string; span: Span; text: string }>;
}

/** A quote with its resolved speaker. */
export interface FramedQuote {
  doc: string;
  span: Span;
  speaker: string | null;
  speakerSpan: Span | null;
  inComments: boolean;
}

/** Words of one document around one actor: what it is called, how its speech is introduced, what the writer hedges. */
export interface FramingRow {
  entity: string;
  doc: string;
  descriptors: Array<{ span: Span; text: string }>;
  /** Speech verbs introducing the actor's statements ("claimed", "assured", "a affirmé"). */
  verbs: Array<{ span: Span; text: string }>;
  /** Hedges on the actor or on its statements ("so-called", "allegedly", "soi-disant"). */
  hedges: Array<{ span: Span; text: string }>;
}

/** A hedge qualifies a name starting this close after it (unit: characters): "so-called Democratic Choice". */
const HEDGE_REACH = 40;

/**
 * The side-by-side framing table: for each actor and document, the
 * descriptors the document gives it, the verbs that introduce its speech and
 * the hedges on it or on what it says. Rows with nothing in them are left out.
 */
export function buildFraming(sources: readonly FramingSource[], entities: readonly FramedEntity[], quotes: readonly FramedQuote[]): FramingRow[] {
  const rows = new Map<string, FramingRow>();
  const row = (entity: string, doc: string) => {
    const key = `${entity}\0${doc}`;
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { entity, doc, descriptors: [], verbs: [], hedges: [] }));
    return found;
  };
  for (const entity of entities) for (const d of entity.descriptors) row(entity.id, d.doc).descriptors.push({ span: d.span, text: d.text });
  const mentionsOf = new Map<string, Array<{ entity: string; span: Span }>>();
  for (const entity of entities) for (const m of entity.mentions) if (!m.inComments) (mentionsOf.get(m.doc) ?? mentionsOf.set(m.doc, []).get(m.doc)!).push({ entity: entity.id, span: m.span });
  const quotesOf = new Map<string, FramedQuote[]>();
  for (const quote of quotes) (quotesOf.get(quote.doc) ?? quotesOf.set(quote.doc, []).get(quote.doc)!).push(quote);
  for (const source of sources) {
    const table = languageTable(source.language);
    if (!table) continue;
    // Sentences, verbs, hedges and names are looked up by binary search: a long document has thousands of each.
    const sentenceAt = spanAt(source.sentences);
    const inBody = enclosure(source.sentences);
    const reach = framedReach(source, sentenceAt, quotesOf.get(source.id) ?? [], mentionsOf.get(source.id) ?? []);
    const hedges = findWords(source.text, table.speech.hedges, reach).filter(inBody);
    const verbs = findWords(source.text, table.speech.verbs, reach);
    const [verbsWithin, hedgesWithin] = [spansWithin(verbs), spansWithin(hedges)];
    const used = new Set<number>();
    for (const quote of quotesOf.get(source.id) ?? []) {
      if (!quote.speaker || quote.inComments) continue;
      const sentence = source.sentences[sentenceAt(quote.span[0])] ?? quote.span;
      const anchor = quote.speakerSpan?.[0] ?? quote.span[0];
      // Inside the quote's sentence (the spans within it), and outside the quotation.
      const outside = (span: Span) => span[1] <= quote.span[0] || span[0] >= quote.span[1];
      const verb = verbsWithin(sentence).map((i) => verbs[i]!).filter(outside).sort((a, b) => Math.abs(a[0] - anchor) - Math.abs(b[0] - anchor))[0];
      if (verb) addOnce(row(quote.speaker, source.id).verbs, verb, source.text);
      for (const i of hedgesWithin(sentence)) {
        const hedge = hedges[i]!;
        if (!outside(hedge) || (verb && verb[0] === hedge[0])) continue;
        addOnce(row(quote.speaker, source.id).hedges, hedge, source.text);
        used.add(i);
      }
    }
    // The first name starting within reach after a hedge (names in text order; of names starting together, the first listed).
    const mentions = [...(mentionsOf.get(source.id) ?? [])].sort((a, b) => a.span[0] - b.span[0]);
    const mentionStarting = startIndex(mentions, (m) => m.span[0]);
    hedges.forEach((hedge, i) => {
      if (used.has(i)) return;
      const next = mentions[mentionStarting.first(hedge[1], hedge[1] + HEDGE_REACH)];
      if (next) addOnce(row(next.entity, source.id).hedges, hedge, source.text);
    });
  }
  return [...rows.values()];
}

function addOnce(list: Array<{ span: Span; text: string }>, span: Span, text: string): void {
  if (!list.some((item) => item.span[0] === span[0])) list.push({ span, text: text.slice(span[0], span[1]) });
}

/**
 * Where a verb or hedge can still frame something in a document: to the end of the last sentence holding a quote with
 * a speaker (verbs and hedges are taken from the quote's sentence) or to the last mention (a hedge frames the mention
 * after it). Past it nothing is looked for, so that a long document's framing costs what its analysed part does
 * (names and quotes are looked for within the analysis budget), not its length.
 */
function framedReach(source: FramingSource, sentenceAt: (position: number) => number, quotes: readonly FramedQuote[], mentions: ReadonlyArray<{ span: Span }>): number {
  let reach = 0;
  for (const quote of quotes) {
    if (!quote.speaker || quote.inComments) continue;
    const sentence = source.sentences[sentenceAt(quote.span[0])] ?? quote.span;
    reach = Math.max(reach, sentence[1]);
  }
  for (const mention of mentions) reach = Math.max(reach, mention.span[0]);
  return reach;
}

/**
 * Characters read past the reach, so that the whole-word checks at its end see the text that follows (unit:
 * characters; longer than any verb or hedge phrase).
 */
const REACH_MARGIN = 200;

const patterns = new Map<readonly string[], RegExp>();

/** Spans of the given lower-case words or phrases in the text up to `reach`, whole words only. */
function findWords(text: string, words: readonly string[], reach: number): Span[] {
  if (words.length === 0) return [];
  let pattern = patterns.get(words);
  if (!pattern) {
    const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/[-\s]/g, '[-\\s]'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(words, pattern);
  }
  const spans: Span[] = [];
  for (const match of text.slice(0, reach + REACH_MARGIN).matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (end <= reach) spans.push([match.index, end]);
  }
  return spans;
}
