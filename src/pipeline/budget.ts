import type { NewsDoc, Span } from '../doc/news-doc.js';
import { warn } from '../doc/news-doc.js';
import { StageTimer } from '../doc/stage-timer.js';
import type { NamedStage } from './compose.js';

/**
 * How much of one document the extraction stages read. A long feature is
 * 30,000–60,000 characters in a few hundred paragraphs; past these limits
 * (a 300 KB single-line dateline flood, 16,000 "X says:" lines) the stages
 * read the first part only, and the document says so.
 */
export const DOCUMENT_BUDGET = {
  /** Body and comment text read by extraction (unit: characters). */
  characters: 120_000,
  /** Body paragraphs read by extraction (unit: paragraphs). */
  paragraphs: 1_500,
  /** Reader comments read by extraction (unit: comments). */
  comments: 300,
  /** A longer paragraph is given to extraction in pieces cut at sentence ends (unit: characters). */
  paragraphCharacters: 5_000,
  /**
   * Time each extraction stage may spend on one document (unit: milliseconds of wall time). Over the 6,647
   * development documents the slowest stage took 0.74 s (names, in the first Ukrainian document, which loads the
   * Ukrainian tables), and 120,000 characters in four languages take the names stage about 2 s: the limit stops a
   * stage that runs away on an input no bound above foresaw, on a busy machine too, without cutting a long feature.
   */
  stageMilliseconds: 5_000,
};

export type DocumentBudget = typeof DOCUMENT_BUDGET;

/** Slots of `doc.data` that a view replaces; the stages' own slots are copied back to the document. */
const VIEWED = new Set(['clean', 'sentences', 'timer']);

/**
 * Wraps extraction stages so that they read a document within the budget:
 * the view shares the text, the messages and every other slot, and holds a
 * bounded body, its sentences and comments; what the stages write is copied
 * back to the document. A document within the budget is given as it is.
 * Each stage runs with a StageTimer of `stageMilliseconds`: a stage that
 * spends it stops where it is, says so on the document, and the stages after
 * it read only the text before that point, so that names, quotes, dates and
 * figures come from the same part of the document.
 */
export function withinBudget(stages: readonly NamedStage[], budget: DocumentBudget = DOCUMENT_BUDGET, now: () => number = () => performance.now()): NamedStage[] {
  const views = new WeakMap<NewsDoc, NewsDoc | null>();
  const viewOf = (doc: NewsDoc): NewsDoc | null => {
    if (!views.has(doc)) views.set(doc, boundedView(doc, budget));
    return views.get(doc)!;
  };
  return stages.map((stage) => ({
    name: stage.name,
    run(doc: NewsDoc) {
      const view = viewOf(doc) ?? doc;
      const timer = new StageTimer(now() + budget.stageMilliseconds, now);
      view.data.timer = timer;
      try {
        stage.run(view);
      } finally {
        if (view !== doc) for (const [key, value] of Object.entries(view.data)) if (!VIEWED.has(key)) (doc.data as Record<string, unknown>)[key] = value;
        delete view.data.timer;
      }
      if (timer.stoppedAt === null) return;
      warn(doc, `stage ${stage.name} stopped at character ${timer.stoppedAt} of ${doc.text.length}: it had spent its time on this document (${budget.stageMilliseconds} ms); the stages after it read the text before that point`);
      views.set(doc, viewBefore(view, timer.stoppedAt));
    },
  }));
}

/** A view of a document whose body, sentences and comments end at or before `offset` (the other slots shared). */
function viewBefore(doc: NewsDoc, offset: number): NewsDoc {
  const clean = doc.data.clean;
  const before = ([, end]: Span) => end <= offset;
  return {
    ...doc,
    data: {
      ...doc.data,
      ...(clean ? { clean: { ...clean, body: clean.body.filter(before), comments: clean.comments.filter((c) => before(c.span)) } } : {}),
      sentences: (doc.data.sentences ?? []).filter(before),
    },
  };
}

/** The bounded view of a document, or null when it is within the budget. */
export function boundedView(doc: NewsDoc, budget: DocumentBudget): NewsDoc | null {
  const clean = doc.data.clean;
  if (!clean) return null;
  const sentences = doc.data.sentences ?? [];
  const total = clean.body.reduce((sum, [s, e]) => sum + e - s, 0) + clean.comments.reduce((sum, c) => sum + c.span[1] - c.span[0], 0);
  const longest = Math.max(0, ...clean.body.map(([s, e]) => e - s));
  if (total <= budget.characters && clean.body.length <= budget.paragraphs && clean.comments.length <= budget.comments && longest <= budget.paragraphCharacters) return null;
  const body: Span[] = [];
  let characters = 0;
  reading: for (const paragraph of clean.body) {
    for (const piece of pieces(paragraph, sentences, budget.paragraphCharacters)) {
      if (characters + piece[1] - piece[0] > budget.characters || body.length >= budget.paragraphs) break reading;
      body.push(piece);
      characters += piece[1] - piece[0];
    }
  }
  const comments = clean.comments.slice(0, budget.comments).filter((comment) => (characters += comment.span[1] - comment.span[0]) <= budget.characters);
  const readTo = body.at(-1)?.[1] ?? 0;
  const kept = sentences.filter(([, end]) => end <= readTo);
  if (readTo < (clean.body.at(-1)?.[1] ?? 0) || comments.length < clean.comments.length) {
    warn(doc, `the body (${clean.body.length} paragraphs, ${total} characters with comments) is over the analysis budget (${budget.paragraphs} paragraphs, ${budget.characters} characters); names, quotes, dates and figures were looked for in the first ${body.length} pieces and ${comments.length} comments only`);
  }
  return { ...doc, data: { ...doc.data, clean: { ...clean, body, comments }, sentences: kept } };
}

/** A paragraph cut at sentence ends into pieces of at most `limit` characters (a longer sentence stays whole). */
function pieces(paragraph: Span, sentences: readonly Span[], limit: number): Span[] {
  if (paragraph[1] - paragraph[0] <= limit) return [paragraph];
  const result: Span[] = [];
  let start = paragraph[0];
  let end = start;
  for (const [s, e] of sentencesIn(paragraph, sentences)) {
    if (e - start > limit && end > start) {
      result.push([start, end]);
      start = s;
    }
    end = e;
  }
  if (paragraph[1] > start) result.push([start, paragraph[1]]);
  return result;
}

/** Sentences inside a paragraph, found by binary search in the sorted sentence list. */
function sentencesIn(paragraph: Span, sentences: readonly Span[]): Span[] {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]![0] < paragraph[0]) low = middle + 1;
    else high = middle;
  }
  const found: Span[] = [];
  for (let i = low; i < sentences.length && sentences[i]![1] <= paragraph[1]; i++) found.push(sentences[i]!);
  return found;
}
