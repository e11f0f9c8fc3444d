import type { StoryFeature } from './features.js';

/** A small seeded generator (mulberry32): tests shuffle and sample the same way on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Features of made-up documents for tests: each story has its own words and
 * names, every document also draws from words all stories use ("said",
 * "police"), and some stories share a generic key (a country).
 */
export function syntheticDocuments(stories: number, perStory: number, seed: number): Array<{ id: string; story: number; features: StoryFeature[] }> {
  const random = seededRandom(seed);
  const docs: Array<{ id: string; story: number; features: StoryFeature[] }> = [];
  for (let story = 0; story < stories; story++)
    for (let k = 0; k < perStory; k++) {
      const features = new Map<string, StoryFeature>();
      const add = (key: string, scale = 1) => features.set(key, { key, count: 1 + Math.floor(random() * 3), scale, portable: !key.startsWith('w:') });
      for (let i = 0; i < 12; i++) add(`w:story${story}-${Math.floor(random() * 20)}`);
      for (let i = 0; i < 3; i++) add(`e:name${story}-${Math.floor(random() * 4)}`);
      for (let i = 0; i < 10; i++) add(`w:common${Math.floor(random() * 60)}`);
      add(`e:country${story % 3}`, 0.25);
      docs.push({ id: `d${story}-${k}`, story, features: [...features.values()] });
    }
  return docs;
}
