import type { Span } from '../doc/news-doc.js';
import type { FoundQuote } from '../stages/extract-quotes/extract-quotes.js';
import type { EntityIndex } from './link-descriptors.js';

/** A document as quote attribution sees it. */
export interface QuoteSource {
  id: string;
  text: string;
  sentences: readonly Span[];
  quotes: readonly FoundQuote[];
  /** Sources the document cites ("Facebook", "Ukraine 24 TV"), a quote's medium when in its sentence. */
  cites: ReadonlyArray<{ name: string; span: Span }>;
}

/** A quote of the dossier, its speaker resolved to an entity. */
export interface DossierQuote {
  id: string;
  doc: string;
  kind: 'direct' | 'reported';
  span: Span;
  text: string;
  speaker: string | null;
  speakerSpan: Span | null;
  /** Where it was said, when the text says so: "On his Facebook page, he said that …" → "Facebook". */
  medium: string | null;
  inComments: boolean;
}

/**
 * Resolves each quote's speaker: a name to its entity, a description to the
 * entity it describes, a pronoun to the person named first in the nearest
 * earlier sentence, and an unattributed quotation to the speaker before it.
 */
export function attributeQuotes(sources: readonly QuoteSource[], index: EntityIndex): DossierQuote[] {
  const quotes: DossierQuote[] = [];
  sources.forEach((source, doc) => {
    let previous: { speaker: string | null; speakerSpan: Span | null } = { speaker: null, speakerSpan: null };
    for (const quote of [...source.quotes].sort((a, b) => a.span[0] - b.span[0])) {
      const ref = quote.speaker;
      let resolved: { speaker: string | null; speakerSpan: Span | null } = { speaker: null, speakerSpan: null };
      if (ref?.kind === 'mention') resolved = { speaker: index.mentionEntity(doc, ref.mention)?.id ?? null, speakerSpan: ref.span };
      else if (ref?.kind === 'descriptor') resolved = { speaker: index.descriptorEntity(doc, ref.descriptor)?.id ?? null, speakerSpan: ref.span };
      else if (ref?.kind === 'pronoun') {
        const before = index.personBefore(doc, Math.min(ref.span[0], quote.span[0]), source.sentences);
        resolved = { speaker: before?.entity.id ?? null, speakerSpan: ref.span };
      } else if (ref?.kind === 'previous' && quote.kind === 'direct') resolved = previous;
      if (quote.kind === 'direct' && resolved.speaker) previous = resolved;
      const medium = mediumOf(source, quote.span, resolved.speakerSpan);
      quotes.push({ id: '', doc: source.id, kind: quote.kind, span: quote.span, text: source.text.slice(quote.span[0], quote.span[1]), ...resolved, medium, inComments: quote.inComments });
    }
  });
  quotes.forEach((quote, i) => (quote.id = `q${i + 1}`));
  return quotes;
}

/** A cited source in the sentence of the quote or of its attribution. */
function mediumOf(source: QuoteSource, span: Span, speakerSpan: Span | null): string | null {
  const sentenceOf = (at: number) => source.sentences.find(([s, e]) => at >= s && at < e);
  const sentences = [sentenceOf(span[0]), speakerSpan ? sentenceOf(speakerSpan[0]) : undefined].filter((s): s is Span => Boolean(s));
  return source.cites.find((cite) => sentences.some(([s, e]) => cite.span[0] >= s && cite.span[1] <= e))?.name ?? null;
}
