import { DISPLAY_LANGUAGE } from './display-language.js';
import { MemoryPostings, StoryIndex } from './story-index.js';

/** A document as story clustering sees it: language-independent keys (entities, figures, dates) and a title. */
export interface StorySource {
  id: string;
  title: string | null;
  /** Keys the document is about: resolved entity ids, figure values, calendar dates. */
  keys: readonly string[];
  published: string | null;
  language: string | null;
}

/** A story of the dossier. */
export interface Story {
  id: string;
  title: string;
  documents: string[];
}

/**
 * Groups documents into stories, one document at a time (oldest first),
 * through the incremental story index: a document joins the stories of the
 * earlier documents it matches (merging them), or opens a new one. The keys
 * are language-independent, so one event told in several languages is one story.
 */
export function clusterStories(sources: readonly StorySource[]): { stories: Story[]; storyOf: Map<string, string> } {
  const order = sources.map((_, i) => i).sort((a, b) => (sources[a]!.published ?? '').localeCompare(sources[b]!.published ?? '') || a - b);
  const postings = new MemoryPostings();
  const index = new StoryIndex(postings);
  for (const i of order) index.add(String(i), sources[i]!.keys);
  const groups = new Map<string, number[]>();
  for (const i of order) {
    const story = postings.storyOf(String(i))!;
    (groups.get(story) ?? groups.set(story, []).get(story)!).push(i);
  }
  const documentFrequency = new Map<string, number>();
  for (const source of sources) for (const key of new Set(source.keys)) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const weight = (key: string) => ((documentFrequency.get(key) ?? 1) > 1 ? Math.log(1 + sources.length / documentFrequency.get(key)!) : 0);
  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const members of groups.values()) {
    const id = `s${stories.length + 1}`;
    const list = members.map((i) => sources[i]!);
    stories.push({ id, title: titleOf(list, list.map((source) => vectorOf(source.keys, weight))), documents: list.map((source) => source.id) });
    for (const source of list) storyOf.set(source.id, id);
  }
  return { stories, storyOf };
}

function vectorOf(keys: readonly string[], weight: (key: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const key of keys) if (weight(key) > 0) vector.set(key, weight(key));
  return vector;
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

/** Documents looked at to title a story. */
const TITLE_SAMPLE = 50;

/** The title of the document most like the others (the story's centre), preferring the reading language; else the first id. */
function titleOf(sources: readonly StorySource[], vectors: ReadonlyArray<Map<string, number>>): string {
  // Centrality over the first documents only: a story of thousands needs no quadratic pass for a title.
  const sample = sources.slice(0, TITLE_SAMPLE);
  const titled = sample.map((source, i) => ({ source, i })).filter(({ source }) => source.title);
  const readable = titled.filter(({ source }) => source.language === DISPLAY_LANGUAGE);
  let best = -1;
  let bestScore = -1;
  for (const { i } of readable.length > 0 ? readable : titled) {
    const score = sample.reduce((sum, _, j) => sum + (i === j ? 0 : cosine(vectors[i]!, vectors[j]!)), 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best >= 0 ? sources[best]!.title! : sources[0]!.id;
}
