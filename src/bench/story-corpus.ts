import { join } from 'node:path';
import { generateStoryArticle } from './generate-stories.js';
import { readSeedGroups, resampleStories } from './resample-stories.js';
import type { ResampledArticle } from './resample-stories.js';

/** The development sets the story benches resample by default. */
const DEV_SETS = ['semeval-2022', 'ecb-plus', 'wmt21', 'bsnlp', 'polnear'].map((set) => join('..', 'shared', 'bench', set));

/**
 * The story benches' corpus: `count` articles resampled from the real stories of `folders` (the development sets by
 * default), or, without any of them, template-generated articles; and a line saying which.
 */
export function storyCorpus(count: number, folders: readonly string[] = []): { corpus: ResampledArticle[]; description: string } {
  const seeds = readSeedGroups(folders.length ? folders : DEV_SETS);
  if (!seeds.length) return { corpus: Array.from({ length: count }, (_, i) => generateStoryArticle(i)), description: `${count} template-generated articles (${Math.ceil(count / 12)} stories, 5 languages)` };
  const corpus = resampleStories(seeds, count);
  const used = new Set(corpus.map((article) => article.story)).size;
  return { corpus, description: `${count} articles resampled from ${seeds.flat().length} real articles in ${seeds.length} real stories (${used} of them used; a reuse with other names and figures counts as the same story)` };
}
