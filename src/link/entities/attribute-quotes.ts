import type { Span } from '../../doc/news-doc.js';
import type { SpeakerGender } from '../../lang/types.js';
import { cuesFor } from '../../stages/extract-quotes/cues.js';
import type { FoundQuote, SpeakerRef } from '../../stages/extract-quotes/extract-quotes.js';
import { spanAt } from '../../text/span-index.js';
import type { EntityIndex } from './link-descriptors.js';
import type { ResolvedEntity } from './resolve-entities.js';

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

interface Resolved {
  speaker: string | null;
  speakerSpan: Span | null;
}

/** How far before a name its title may stand (unit: characters): "Mrs. " before "Selma Virtanen". */
const TITLE_CHARS = 16;

/** Titles and role words of every language that tell a person's gender ("mr", "mme", "г-жа"): the speech cues of all tables. */
const genderedWords = cuesFor(null).genderedWords;

/**
 * Resolves each quote's speaker: a name to its entity, a description to the
 * entity it describes, a pronoun to the nearest earlier person of its gender
 * (an organisation for "they"), and a quotation with no cue of its own to the
 * speaker of the quotation before it.
 */
export function attributeQuotes(sources: readonly QuoteSource[], index: EntityIndex): DossierQuote[] {
  const quotes: DossierQuote[] = [];
  sources.forEach((source, doc) => {
    const sentenceAt = spanAt(source.sentences);
    const people = new Resolver(index, doc, sentenceAt, source.text);
    let previous: Resolved = { speaker: null, speakerSpan: null };
    for (const quote of [...source.quotes].sort((a, b) => a.span[0] - b.span[0])) {
      const ref = quote.speaker;
      let resolved: Resolved =
        ref?.kind === 'previous' ? (quote.kind === 'direct' && previous.speaker ? previous : people.before(quote.span[0], null)) : people.resolve(ref, quote.span[0]);
      if (ref?.kind === 'previous' && quote.kind !== 'direct') resolved = { speaker: null, speakerSpan: null };
      if (quote.kind === 'direct' && resolved.speaker) previous = resolved;
      const medium = mediumOf(source, sentenceAt, quote.span, resolved.speakerSpan);
      quotes.push({ id: '', doc: source.id, kind: quote.kind, span: quote.span, text: source.text.slice(quote.span[0], quote.span[1]), ...resolved, medium, inComments: quote.inComments });
    }
  });
  quotes.forEach((quote, i) => (quote.id = `q${i + 1}`));
  return quotes;
}

/** Finds the entity a speaker reference stands for in one document. */
class Resolver {
  private readonly mentions: ReturnType<EntityIndex['resolvedMentions']>;
  /** The sentence of each mention's start (index into the document's sentences, -1 for none), by mention order. */
  private readonly sentenceOf: number[];
  private readonly genders = new Map<ResolvedEntity, 'masculine' | 'feminine'>();

  constructor(
    private readonly index: EntityIndex,
    private readonly doc: number,
    sentenceAt: (position: number) => number,
    text: string,
  ) {
    this.mentions = index.resolvedMentions(doc);
    this.sentenceOf = this.mentions.map(({ mention }) => sentenceAt(mention.span[0]));
    for (const { mention, entity } of this.mentions) {
      // A title inside the name or just before it: "Mrs. Selma Virtanen", "пан Петренко".
      const before = /([\p{L}-]+)\.?\s+$/u.exec(text.slice(Math.max(0, mention.span[0] - TITLE_CHARS), mention.span[0]))?.[1] ?? '';
      const gender = [mention.title ?? '', mention.text.split(/[\s.]/)[0] ?? '', before].map((w) => genderedWords.get(w.toLowerCase())).find(Boolean);
      if (gender && entity.type === 'person') this.genders.set(entity, gender);
    }
  }

  /** The entity of a name, a descriptor, a pronoun or a description. */
  resolve(ref: SpeakerRef | null, at: number): Resolved {
    if (ref === null || ref.kind === 'previous') return { speaker: null, speakerSpan: null };
    if (ref.kind === 'mention') return { speaker: this.index.mentionEntity(this.doc, ref.mention)?.id ?? null, speakerSpan: ref.span };
    const from = Math.min(ref.span[0], at);
    if (ref.kind === 'descriptor') return { speaker: this.index.descriptorEntity(this.doc, ref.descriptor)?.id ?? this.before(from, null).speaker, speakerSpan: ref.span };
    if (ref.kind === 'description') return { speaker: ref.institution ? this.organizationBefore(from) : ref.role ? this.before(from, null).speaker : null, speakerSpan: ref.span };
    if (ref.gender === 'plural') return { speaker: this.organizationBefore(from) ?? this.before(from, null).speaker, speakerSpan: ref.span };
    return { speaker: this.before(from, ref.gender).speaker, speakerSpan: ref.span };
  }

  /** The first person named in the nearest earlier sentence that names one of a compatible gender. */
  before(offset: number, gender: SpeakerGender | null): Resolved {
    const compatible: number[] = [];
    this.mentions.forEach(({ mention, entity }, i) => {
      if (entity.type === 'person' && mention.span[1] <= offset && !mention.inComments && this.fits(entity, gender)) compatible.push(i);
    });
    if (compatible.length === 0) return { speaker: null, speakerSpan: null };
    const nearest = this.sentenceOf[compatible.at(-1)!]!;
    const first = this.mentions[nearest < 0 ? compatible.at(-1)! : compatible.find((i) => this.sentenceOf[i] === nearest)!]!;
    return { speaker: first.entity.id, speakerSpan: first.mention.span };
  }

  private fits(entity: ResolvedEntity, gender: SpeakerGender | null): boolean {
    if (gender === null || gender === 'plural') return true;
    const known = this.genders.get(entity);
    return known === undefined || known === gender;
  }

  /** The nearest organisation named before the offset ("the group", "they"). */
  private organizationBefore(offset: number): string | null {
    return this.mentions.filter(({ mention, entity }) => entity.type === 'organization' && mention.span[1] <= offset).at(-1)?.entity.id ?? null;
  }
}

/** A cited source in the sentence of the quote or of its attribution. */
function mediumOf(source: QuoteSource, sentenceAt: (position: number) => number, span: Span, speakerSpan: Span | null): string | null {
  const sentenceOf = (at: number) => source.sentences[sentenceAt(at)];
  const sentences = [sentenceOf(span[0]), speakerSpan ? sentenceOf(speakerSpan[0]) : undefined].filter((s): s is Span => Boolean(s));
  return source.cites.find((cite) => sentences.some(([s, e]) => cite.span[0] >= s && cite.span[1] <= e))?.name ?? null;
}
