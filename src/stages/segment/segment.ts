import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { languageTable } from '../../lang/index.js';
import type { NamedStage } from '../../pipeline/compose.js';

declare module '../../doc/news-doc.js' {
  interface DataMap {
    /** Sentences of the body, in order. */
    sentences: Span[];
  }
}

/** Splits the body into sentences; needs clean and detect-language first. */
export function createSegment(): NamedStage {
  return {
    name: 'segment',
    run(doc: NewsDoc) {
      const code = doc.data.language?.code ?? null;
      doc.data.sentences = (doc.data.clean?.body ?? []).flatMap((span) => sentenceSpans(doc.text, span, code));
    },
  };
}

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new Map<string, Set<string>>();

/**
 * Sentences of one paragraph by Intl.Segmenter, re-joined where the segmenter
 * split after an abbreviation of the language ("Mr. Jones", "M. Macron",
 * "1 янв. 2022 г. в Москве") or after an initial ("J. K. Rowling").
 */
export function sentenceSpans(text: string, span: Span, language: string | null): Span[] {
  const code = language ?? 'und';
  let segmenter = segmenters.get(code);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'sentence' });
    segmenters.set(code, segmenter);
  }
  const abbreviations = abbreviationsOf(language);
  const paragraph = text.slice(span[0], span[1]);
  const spans: Span[] = [];
  let joinNext = false;
  for (const piece of segmenter.segment(paragraph)) {
    const start = span[0] + piece.index;
    const end = start + piece.segment.trimEnd().length;
    if (end <= start) continue;
    const last = spans.at(-1);
    if (joinNext && last) last[1] = end;
    else spans.push([start, end]);
    joinNext = endsWithAbbreviation(piece.segment.trimEnd(), abbreviations);
  }
  return spans;
}

function abbreviationsOf(language: string | null): Set<string> {
  const code = language ?? 'und';
  let set = abbreviationSets.get(code);
  if (!set) {
    set = new Set((languageTable(language)?.abbreviations ?? []).map((a) => a.toLowerCase()));
    abbreviationSets.set(code, set);
  }
  return set;
}

function endsWithAbbreviation(sentence: string, abbreviations: Set<string>): boolean {
  const match = /(?:^|[\s(«"“])([\p{L}.]+)\.$/u.exec(sentence);
  if (!match) return false;
  const token = match[1]!;
  return /^\p{Lu}$/u.test(token) || abbreviations.has(token.toLowerCase());
}
