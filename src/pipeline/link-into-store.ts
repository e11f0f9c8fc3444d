import type { DocMessage } from '../doc/news-doc.js';
import type { DocumentAnalysis } from '../dossier/document.js';
import { compareDocuments, MAX_SENTENCES, PreparedTexts } from '../link/relations/detect-relations.js';
import type { Relation, RelationSource } from '../link/relations/detect-relations.js';
import { storedSentenceAnchors } from '../link/stories/story-keys.js';
import { storyFeatures } from '../link/stories/features.js';
import type { StoryPlacement } from '../link/stories/story-index.js';
import type { Regrouped, RegroupSource } from '../link/stories/regroup-stories.js';
import type { DocumentStore } from '../store/store.js';
import { isBusy, retryBusy } from './retry-busy.js';
import { RecentCache } from '../text/memo.js';
import { decodePrint, encodePrint, mayRelate, probeOf } from '../link/relations/text-print.js';
import { keyDocument } from '../link/relations/sentence-keys.js';
import type { KeyedDocument } from '../link/relations/sentence-keys.js';

/**
 * Documents whose read analysis and keyed text are kept per store, those
 * used last: the documents of a growing story are compared with each
 * newcomer, and reading and keying them again each time would cost more
 * than the comparison.
 */
const KEPT_TEXTS = 500;

/** Per store: stored documents as relation detection reads them, and their prepared texts (both by content hash). */
const kept = new WeakMap<DocumentStore, { sources: RecentCache<RelationSource>; prepared: PreparedTexts }>();

/**
 * The store's side of the cross-document layer, done as a document arrives:
 * it is placed in a stored story (joining, merging or opening one) and its
 * text compared with the stored documents it matched, never with the whole
 * store (those sharing the most rare keys, and the most portable ones: see
 * StoryIndex.place). The relations are kept by content hash. Call it inside the
 * transaction that saves the document, so that both happen or neither does.
 * `prepared` is what prepareLink gives, worked out beforehand where that is cheaper.
 */
export function linkDocument(store: DocumentStore, hash: string, analysis: DocumentAnalysis, prepared: LinkPreparation = prepareLink(analysis)): void {
  const { matches } = store.placeInStory(hash, prepared.placement);
  store.saveRegroupSource(hash, regroupSourceOf(analysis, prepared.placement));
  const cache = kept.get(store) ?? kept.set(store, { sources: new RecentCache(KEPT_TEXTS), prepared: new PreparedTexts(KEPT_TEXTS) }).get(store)!;
  const source = relationSource(hash, analysis);
  cache.prepared.keep(hash, prepared.keyed);
  const probe = probeOf(source.language, cache.prepared.shingles(source), cache.prepared.keys(source));
  // A stored document no longer kept is read back only if its print says the comparison could find something.
  const prints = store.prints(matches.filter((other) => !cache.sources.get(other)));
  const relations: Relation[] = [];
  for (const other of matches) {
    const print = prints.get(other);
    if (print && !mayRelate(probe, decodePrint(print.language, print.print))) continue;
    const stored = storedSource(store, cache.sources, other);
    const relation = stored && compareDocuments(source, stored, cache.prepared);
    if (relation) relations.push(relation);
  }
  cache.sources.set(hash, source);
  const print = encodePrint(probe);
  if (print) store.savePrint(hash, source.language, print);
  store.saveRelations(relations);
}

/** A stored document as relation detection reads it: from the cache, else read from the store (undefined if it is gone). */
function storedSource(store: DocumentStore, sources: RecentCache<RelationSource>, hash: string): RelationSource | undefined {
  const known = sources.get(hash);
  if (known) return known;
  const analysis = store.analysis(hash);
  return analysis ? sources.set(hash, relationSource(hash, analysis)) : undefined;
}

/**
 * Stories holding more documents than this together are not all regrouped after a run: regrouping reads each member
 * and clusters them at once (unit: documents).
 */
export const MAX_REGROUPED = 2000;
/** A run regroups at most this many stored documents per document it read, and this many more (unit: documents). */
const REGROUPED_PER_DOCUMENT = 2;
const REGROUPED_BASE = 50;

/**
 * After a run, the stories holding its documents are grouped again from all their members (see regroupStories): one
 * document at a time, the order of arrival decides; over the run, it does not. Documents in `placed` (what the run
 * still holds of those it placed) are read from it, the others from what the store saved of them as they were placed
 * (or, failing that, worked out from their analyses). The work is bounded by the run's size.
 */
export function regroupTouched(store: DocumentStore, hashes: readonly string[], placed: ReadonlyMap<string, RegroupSource>): Regrouped {
  const budget = Math.min(MAX_REGROUPED, REGROUPED_PER_DOCUMENT * hashes.length + REGROUPED_BASE);
  const read = (hash: string) => {
    const known = placed.get(hash) ?? store.regroupSource(hash);
    if (known) return known;
    // A document placed by a version that did not save it.
    const analysis = store.analysis(hash);
    return analysis ? regroupSourceOf(analysis) : null;
  };
  return store.transaction(() => store.regroupStories(hashes, read, budget));
}

/** What regrouping reads of a document. */
export function regroupSourceOf(analysis: DocumentAnalysis, placement: StoryPlacement = placementOf(analysis)): RegroupSource {
  return { features: placement.features, language: placement.language, published: analysis.published };
}

/**
 * What linking works out from a new document alone, before it meets the store: its placement in stories and its
 * sentences keyed for alignment across languages. Both look up every content word in the lexicon, so a run works
 * them out in the thread that analysed the document (see WorkerOptions.linking), not in the one that links.
 */
export interface LinkPreparation {
  placement: StoryPlacement;
  keyed: KeyedDocument;
}

/** The LinkPreparation of an analysis: what linkDocument reads of it besides the store. */
export function prepareLink(analysis: DocumentAnalysis): LinkPreparation {
  return { placement: placementOf(analysis), keyed: keyDocument(keyedSource(analysis), MAX_SENTENCES) };
}

/** What the story index needs of a document: its features and its language. */
export function placementOf(analysis: DocumentAnalysis): StoryPlacement {
  return { features: storyFeatures(analysis), language: analysis.language };
}

/**
 * Places every stored document that has no story yet (a store written before
 * stories were kept, or damaged by an older version), one transaction each. A
 * document that cannot be placed is removed, to be analysed again from its
 * input, and reported through `onProblem`: it never blocks the store.
 */
export async function placeUnplaced(store: DocumentStore, onProblem: (message: DocMessage) => void = () => {}, batch = 500): Promise<number> {
  let placed = 0;
  const skipped = new Set<string>();
  for (let hashes = store.unplaced(batch); ; hashes = store.unplaced(batch + skipped.size)) {
    const todo = hashes.filter((hash) => !skipped.has(hash));
    if (todo.length === 0) return placed;
    for (const hash of todo) {
      try {
        await retryBusy(() => store.transaction(() => placeStored(store, hash)));
        placed++;
      } catch (error) {
        skipped.add(hash);
        onProblem(repairMessage(store, hash, error));
      }
    }
  }
}

function placeStored(store: DocumentStore, hash: string): void {
  const analysis = store.analysis(hash);
  if (!analysis) throw new Error('its stored analysis cannot be read');
  linkDocument(store, hash, analysis);
}

/** Removes a stored document that could not be placed (unless the store was only busy) and says so. */
function repairMessage(store: DocumentStore, hash: string, error: unknown): DocMessage {
  const reason = error instanceof Error ? error.message : String(error);
  if (isBusy(error)) return { source: 'store', line: null, message: `stored document ${hash} was not placed in a story: the store stayed busy (${reason}); the next run places it`, fatal: false };
  try {
    store.remove(hash);
  } catch (removal) {
    return { source: 'store', line: null, message: `stored document ${hash} could not be placed in a story (${reason}) nor removed (${removal instanceof Error ? removal.message : String(removal)}); it was skipped`, fatal: false };
  }
  return { source: 'store', line: null, message: `stored document ${hash} could not be placed in a story (${reason}); it was removed and is analysed again when its input is read`, fatal: false };
}

function relationSource(id: string, analysis: DocumentAnalysis): RelationSource {
  const provenance = { republishedFrom: analysis.republishedFrom, credit: analysis.credit, outlet: analysis.outlet, cites: analysis.cites };
  return { id, story: null, published: analysis.published, ...provenance, ...keyedSource(analysis) };
}

function keyedSource(analysis: DocumentAnalysis): Pick<RelationSource, 'language' | 'text' | 'sentences' | 'anchors'> {
  return { language: analysis.language, text: analysis.text, sentences: analysis.sentences, anchors: storedSentenceAnchors(analysis) };
}
