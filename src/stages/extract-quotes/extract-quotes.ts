import type { NewsDoc, Span } from '../../doc/news-doc.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { outOfTime } from '../../doc/stage-timer.js';
import { paragraphsOf } from '../clean/paragraphs.js';
import type { Paragraph } from '../clean/paragraphs.js';
import { enclosure, spansWithin, startIndex } from '../../text/span-index.js';
import { sentenceSpans } from '../segment/segment.js';
import { attributeDirect } from './attribute-direct.js';
import type { DirectContext } from './attribute-direct.js';
import { cuesFor } from './cues.js';
import { findDirectQuotes } from './find-direct.js';
import type { DirectQuote } from './find-direct.js';
import { findReported } from './find-reported.js';
import type { SpeakerRef } from './speaker.js';

export type { SpeakerRef } from './speaker.js';

/** A direct or reported statement in one document. */
export interface FoundQuote {
  kind: 'direct' | 'reported';
  span: Span;
  speaker: SpeakerRef | null;
  inComments: boolean;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    quotes: FoundQuote[];
  }
}

/** Finds direct quotations and reported speech with the words that attribute them; needs mentions and descriptors first. */
export function createExtractQuotes(): NamedStage {
  return {
    name: 'extract-quotes',
    run(doc: NewsDoc) {
      const language = doc.data.language?.code ?? null;
      const cues = cuesFor(language);
      const paragraphs = readWhileInTime<ReadParagraph>(doc, [...headlineOf(doc), ...paragraphsOf(doc)]).map((p) => ({ ...p, direct: findDirectQuotes(doc.text, p.span, cues.lexicon) }));
      const mentions = doc.data.mentions ?? [];
      const descriptors = doc.data.descriptors ?? [];
      const context: DirectContext = {
        text: doc.text,
        masked: maskQuoted(doc.text, paragraphs.flatMap((p) => p.direct)),
        cues,
        mentions,
        descriptors,
        mentionsByStart: startIndex(mentions, (m) => m.span[0]),
        descriptorsByStart: startIndex(descriptors, (d) => d.span[0]),
      };
      const inName = enclosure(mentions.map((m) => m.span));
      const sentencesWithin = spansWithin(doc.data.sentences ?? []);
      const quotes: FoundQuote[] = [];
      for (const { span, inComments, direct, headline } of paragraphs) {
        if (outOfTime(doc, span[0])) break;
        for (const quote of direct) {
          // A name in quotation marks («Democratic Choice of Kazakhstan») is no quotation.
          if (inName(quote.span)) continue;
          const { speaker, near } = attributeDirect(context, quote.outer, span);
          // A short quotation counts only when a speech verb beside it attributes it: “No,” he said; called it “pathetic”.
          if (quote.short && !near) continue;
          quotes.push({ kind: 'direct', span: quote.span, speaker, inComments });
        }
        // The headline and comments are not segmented with the body.
        const sentences = inComments || headline ? sentenceSpans(doc.text, span, language) : sentencesWithin(span).map((i) => doc.data.sentences![i]!);
        for (const sentence of sentences) {
          for (const statement of findReported(context, sentence)) quotes.push({ kind: 'reported', ...statement, inComments });
        }
      }
      doc.data.quotes = quotes;
    },
  };
}

/** A paragraph the stage reads: the body's and comments', or the headline. */
type ReadParagraph = Paragraph & { headline?: boolean };

/** The headline, read like a paragraph: headlines quote ("Lindqvist: ‘We will reopen the harbour’"). */
function headlineOf(doc: NewsDoc): ReadParagraph[] {
  const span = doc.data.clean?.titleSpan;
  return span ? [{ span, inComments: false, headline: true }] : [];
}

/** The paragraphs before the first one the stage has no time left for (see doc/stage-timer.ts). */
function readWhileInTime<P extends Paragraph>(doc: NewsDoc, paragraphs: readonly P[]): P[] {
  const stop = paragraphs.findIndex((p) => outOfTime(doc, p.span[0]));
  return stop < 0 ? [...paragraphs] : paragraphs.slice(0, stop);
}

/** The text with every quotation's words blanked (offsets kept), so cues and clauses are read outside quotations only. */
function maskQuoted(text: string, quotes: readonly DirectQuote[]): string {
  if (quotes.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { span } of [...quotes].sort((a, b) => a.span[0] - b.span[0])) {
    if (span[0] < at) continue;
    parts.push(text.slice(at, span[0]), text.slice(span[0], span[1]).replace(/[^\n]/g, ' '));
    at = span[1];
  }
  parts.push(text.slice(at));
  return parts.join('');
}
