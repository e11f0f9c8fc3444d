import type { DocumentAnalysis } from '../dossier/document.js';
import { compareDocuments } from '../link/detect-relations.js';
import type { Relation, RelationSource } from '../link/detect-relations.js';
import { storedSentenceAnchors } from '../link/story-keys.js';
import { storyFeatures } from '../link/stories/features.js';
import type { DocumentStore } from '../store/store.js';

/** A new document's text is compared with at most this many of the stored documents it matched (those sharing the most rare keys). */
const MAX_COMPARED = 10;

/**
 * The store's side of the cross-document layer, done as documents arrive:
 * each new document is placed in a stored story (joining, merging or opening
 * one) and its text compared with the stored documents it matched, never
 * with the whole store. The relations are kept by content hash.
 */
export function linkIntoStore(store: DocumentStore, items: ReadonlyArray<{ hash: string; analysis: DocumentAnalysis }>): void {
  store.transaction(() => {
    for (const { hash, analysis } of items) {
      const { story, matches } = store.placeInStory(hash, { features: storyFeatures(analysis), language: analysis.language });
      const source = relationSource(hash, story, analysis);
      const relations: Relation[] = [];
      for (const other of matches.slice(0, MAX_COMPARED)) {
        const stored = store.analysis(other);
        const relation = stored ? compareDocuments(source, relationSource(other, story, stored)) : null;
        if (relation) relations.push(relation);
      }
      store.saveRelations(relations);
    }
  });
}

/** Places every stored document that has no story yet (a store written before stories were kept), in batches. */
export function placeUnplaced(store: DocumentStore, batch = 500): number {
  let placed = 0;
  for (let hashes = store.unplaced(batch); hashes.length > 0; hashes = store.unplaced(batch)) {
    const items = hashes.flatMap((hash) => {
      const analysis = store.analysis(hash);
      return analysis ? [{ hash, analysis }] : [];
    });
    if (items.length === 0) break;
    linkIntoStore(store, items);
    placed += items.length;
  }
  return placed;
}

function relationSource(id: string, story: string, analysis: DocumentAnalysis): RelationSource {
  return { id, story, language: analysis.language, published: analysis.published, reposted: Boolean(analysis.republishedFrom), text: analysis.text, sentences: analysis.sentences, anchors: storedSentenceAnchors(analysis) };
}
