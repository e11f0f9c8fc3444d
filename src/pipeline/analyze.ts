import type { NewsDoc } from '../doc/news-doc.js';
import { toNewsDoc } from '../read/to-news-doc.js';
import type { RawRecord } from '../read/read-inputs.js';
import { createClean } from '../stages/clean/clean.js';
import { createDetectLanguage, loadLanguageModel } from '../stages/detect-language/detect-language.js';
import { createFindCitations } from '../stages/find-citations/find-citations.js';
import { createSegment } from '../stages/segment/segment.js';
import { createExtractMentions } from '../stages/extract-entities/extract-mentions.js';
import { createExtractDescriptors } from '../stages/extract-descriptors/extract-descriptors.js';
import { createExtractQuotes } from '../stages/extract-quotes/extract-quotes.js';
import { createExtractQuantities } from '../stages/extract-quantities/extract-quantities.js';
import { createExtractDates } from '../stages/extract-dates/extract-dates.js';
import { DOCUMENT_BUDGET, withinBudget } from './budget.js';
import type { DocumentBudget } from './budget.js';
import { compose } from './compose.js';
import type { Stage } from './compose.js';

/**
 * Version of the analysis. Stored analyses made by another version are
 * redone; bump it whenever a stage's output changes.
 */
export const ANALYZER_VERSION = 'triangulate-21';

/** Which stages run: all of them, or only reading, cleaning, language and sentences (for benchmarks of that layer). */
export interface AnalyzerOptions {
  extraction?: boolean;
  /** How much of each document extraction reads, and for how long (pipeline/budget.ts). */
  budget?: DocumentBudget;
  /** The clock of the stages' time budget, in milliseconds (tests give one that they move themselves). */
  now?: () => number;
}

/** Builds the per-document pipeline (loads the language model once). */
export async function createAnalyzer({ extraction = true, budget = DOCUMENT_BUDGET, now }: AnalyzerOptions = {}): Promise<(record: RawRecord) => NewsDoc> {
  const model = await loadLanguageModel();
  const foundation = [createClean(), createDetectLanguage(model), createSegment()];
  const extract = withinBudget([createFindCitations(), createExtractMentions(), createExtractDescriptors(), createExtractQuotes(), createExtractDates(), createExtractQuantities()], budget, now);
  const pipeline: Stage = compose(extraction ? [...foundation, ...extract] : foundation);
  return (record) => {
    const doc = toNewsDoc(record);
    pipeline(doc);
    return doc;
  };
}
