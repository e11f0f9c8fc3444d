import type { StoryFeature } from '../stories/features.js';
import { storyCandidates } from '../stories/story-candidates.js';
import { batchRarity, weighVector } from '../stories/vectors.js';

/**
 * Each document proposes relation candidates through this many of its
 * heaviest keys, more than a story needs: a translation shares its content
 * words' concepts, which weigh less than its names and may not be among the
 * first 40 (the German page of the examples and its English source).
 */
const RELATION_TOP_KEYS = 100;

/** What candidate finding reads of a document: its story features and its date. */
export interface CandidateSource {
  features: readonly StoryFeature[];
  published: string | null;
}

/**
 * Pairs of documents worth comparing for shared text, whatever story they
 * were put in: each document's nearest neighbours in the story features'
 * inverted index, once over all its features (its own language) and once over
 * the portable ones alone (names, figures, days, cognates: other languages).
 * Work grows with the documents times the candidates each keeps, not with
 * their square. Each pair comes once, as [smaller index, larger index].
 */
export function relationCandidates(sources: readonly CandidateSource[]): Array<[number, number]> {
  const rarity = batchRarity(sources.map((source) => source.features));
  const published = sources.map((source) => source.published);
  const full = storyCandidates(sources.map((source) => weighVector(source.features, rarity)), published, RELATION_TOP_KEYS);
  const portable = storyCandidates(sources.map((source) => weighVector(source.features.filter((f) => f.portable), rarity)), published, RELATION_TOP_KEYS);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  sources.forEach((_, i) => {
    for (const j of [...full[i]!, ...portable[i]!]) {
      const [x, y] = i < j ? [i, j] : [j, i];
      const key = x * sources.length + y;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([x, y]);
    }
  });
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
