import { candidatePairs } from './candidates.js';
import { UnionFind } from './union-find.js';

/** A document as story clustering sees it: language-independent keys (entities, figures, dates) and a title. */
export interface StorySource {
  id: string;
  title: string | null;
  /** Keys the document is about: resolved entity ids, figure values, calendar dates. */
  keys: readonly string[];
  published: string | null;
}

/** A story of the dossier. */
export interface Story {
  id: string;
  title: string;
  documents: string[];
}

/**
 * A document joins a story when its overlap with one of the story's documents
 * reaches this: the idf-weighted keys they share over the smaller document's
 * (measured on our fixtures: same event 0.34–1.0, different events 0–0.28).
 */
const JOIN_SIMILARITY = 0.3;
/** Fewer shared keys than this is chance, whatever the overlap. */
const MIN_SHARED_KEYS = 2;

/**
 * Groups documents into stories, one document at a time (oldest first): a
 * document joins the stories of the earlier documents it matches (merging
 * them), or opens a new one. Candidates come from an inverted index over keys, so a document is
 * compared only with documents that share a key. The keys are
 * language-independent, so one event told in several languages is one story.
 */
export function clusterStories(sources: readonly StorySource[]): { stories: Story[]; storyOf: Map<string, string> } {
  const documentFrequency = new Map<string, number>();
  for (const source of sources) for (const key of new Set(source.keys)) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const total = sources.length;
  // A key no other document has can neither join nor separate: it is left out (weight 0).
  const weight = (key: string) => ((documentFrequency.get(key) ?? 1) > 1 ? Math.log(1 + total / documentFrequency.get(key)!) : 0);
  const vectors = sources.map((source) => vectorOf(source.keys, weight));
  const order = sources.map((_, i) => i).sort((a, b) => (sources[a]!.published ?? '').localeCompare(sources[b]!.published ?? '') || a - b);
  // Single link, kept incrementally: a document joins every story it matches, which merges them.
  const sets = new UnionFind(sources.length);
  const candidates = candidatePairs(vectors.map((v) => [...v.keys()]), order);
  for (const i of order) for (const j of candidates.get(i) ?? []) if (overlap(vectors[i]!, vectors[j]!) >= JOIN_SIMILARITY) sets.union(i, j);
  const roots = new Map<number, number[]>();
  for (const i of order) {
    const root = sets.find(i);
    const group = roots.get(root);
    if (group) group.push(i);
    else roots.set(root, [i]);
  }
  const members = [...roots.values()];
  const storyIndex: number[] = new Array(sources.length).fill(-1);
  members.forEach((docs, s) => docs.forEach((i) => (storyIndex[i] = s)));
  const stories = members.map((docs, s) => ({ id: `s${s + 1}`, title: titleOf(docs.map((i) => sources[i]!), docs.map((i) => vectors[i]!)), documents: docs.map((i) => sources[i]!.id) }));
  const storyOf = new Map(sources.map((source, i) => [source.id, stories[storyIndex[i]!]!.id]));
  return { stories, storyOf };
}

function vectorOf(keys: readonly string[], weight: (key: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const key of keys) if (weight(key) > 0) vector.set(key, weight(key));
  return vector;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let sharedWeight = 0;
  for (const [key, value] of a) {
    if (b.has(key)) {
      shared++;
      sharedWeight += value;
    }
  }
  if (shared < MIN_SHARED_KEYS) return 0;
  const total = (v: Map<string, number>) => [...v.values()].reduce((sum, x) => sum + x, 0);
  return sharedWeight / Math.min(total(a), total(b));
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [key, value] of a) {
    normA += value * value;
    const other = b.get(key);
    if (other !== undefined) dot += value * other;
  }
  for (const value of b.values()) normB += value * value;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/** The title of the document most like the others (the story's centre), else of the first one with a title. */
function titleOf(sources: readonly StorySource[], vectors: ReadonlyArray<Map<string, number>>): string {
  let best = -1;
  let bestScore = -1;
  sources.forEach((source, i) => {
    if (!source.title) return;
    const score = vectors.reduce((sum, other, j) => sum + (i === j ? 0 : cosine(vectors[i]!, other)), 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best >= 0 ? sources[best]!.title! : sources[0]!.id;
}
