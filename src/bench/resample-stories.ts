/**
 * A large corpus of stories made from real articles, for the cross-document
 * benchmark: each story is a real story of the development sets (the articles
 * their gold puts together: independent reports of one event, a text and its
 * human translation, or a single article), with its own names and figures;
 * each member keeps most of its article's sentences, and about one member in
 * ten is followed by a word-for-word repost with a credit line. A real story is
 * used again only when the corpus needs more stories than there are; each
 * reuse keeps a different window of every article's sentences and has its own
 * names and figures, so reuses of one story are alike the way two events of
 * one kind are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, shuffled } from '../link/stories/synthetic.js';
import { UnionFind } from '../link/shared/union-find.js';
import { SYLLABLES } from './generate-stories.js';

/** One generated member: its real story (all reuses of one real story count as one: they differ in names and figures only) and its text. */
export type ResampledArticle = { story: number; text: string };

/** Longest seed text kept (characters): longer articles are cut at a paragraph end, as the bench measures linking, not reading. */
const MAX_SEED = 6000;

/**
 * Real articles of `folders` (each a development set: `articles/*.txt` beside
 * a `gold.json`) grouped into the stories their gold gives: documents with the
 * same `story`, the `stories` lists, pairs marked `same`; every other article
 * is a story of its own. Missing folders are skipped.
 */
export function readSeedGroups(folders: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const folder of folders) {
    const texts = readArticles(join(folder, 'articles'));
    if (texts.size === 0) continue;
    const ids = [...texts.keys()];
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const union = new UnionFind(ids.length);
    for (const group of goldGroups(join(folder, 'gold.json'))) {
      const known = group.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
      for (const i of known.slice(1)) union.union(known[0]!, i);
    }
    const byRoot = new Map<number, string[]>();
    ids.forEach((id, i) => (byRoot.get(union.find(i)) ?? byRoot.set(union.find(i), []).get(union.find(i))!).push(texts.get(id)!));
    groups.push(...byRoot.values());
  }
  return groups;
}

/** The `.txt` articles of a folder by id (file name without `.txt`), each at most MAX_SEED characters. */
function readArticles(folder: string): Map<string, string> {
  const texts = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  } catch {
    return texts;
  }
  for (const name of names) {
    const text = readFileSync(join(folder, name), 'utf8').trim();
    if (text.length < 200) continue;
    const cut = text.length > MAX_SEED ? text.lastIndexOf('\n', MAX_SEED) : text.length;
    texts.set(name.slice(0, -4), text.slice(0, cut > 200 ? cut : MAX_SEED));
  }
  return texts;
}

/** Groups of document ids that a gold file says are one story, in whichever of its shapes it uses. */
function goldGroups(path: string): string[][] {
  let gold: { documents?: unknown; stories?: unknown; pairs?: unknown };
  try {
    gold = JSON.parse(readFileSync(path, 'utf8')) as typeof gold;
  } catch {
    return [];
  }
  const groups: string[][] = [];
  if (Array.isArray(gold.stories)) groups.push(...gold.stories.filter((g): g is string[] => Array.isArray(g)));
  if (Array.isArray(gold.pairs)) for (const pair of gold.pairs as Array<{ a?: string; b?: string; same?: boolean }>) if (pair.same && pair.a && pair.b) groups.push([pair.a, pair.b]);
  if (gold.documents && !Array.isArray(gold.documents) && typeof gold.documents === 'object') {
    const byStory = new Map<string, string[]>();
    for (const [id, doc] of Object.entries(gold.documents as Record<string, { story?: unknown }>))
      if (typeof doc?.story === 'string') (byStory.get(doc.story) ?? byStory.set(doc.story, []).get(doc.story)!).push(id);
    groups.push(...byStory.values());
  }
  return groups;
}

/**
 * `count` members of stories resampled from `groups` (each a real story's
 * articles), in a seeded order that interleaves stories the way a feed does.
 */
export function resampleStories(groups: readonly string[][], count: number, seed = 1): ResampledArticle[] {
  if (groups.length === 0) throw new Error('no seed articles to resample');
  const random = seededRandom(seed);
  const order = shuffled(groups, random);
  const members: ResampledArticle[] = [];
  for (let story = 0; members.length < count; story++) {
    const variant = Math.floor(story / order.length);
    const articles = order[story % order.length]!;
    for (const article of articles) {
      if (members.length >= count) break;
      const text = memberText(storyText(article, story, variant), random);
      members.push({ story: story % order.length, text });
      if (members.length < count && random() < 0.1) members.push({ story: story % order.length, text: `${text}\n\n(Reposted from Wire ${story % 97})` });
    }
  }
  // A feed interleaves stories but keeps each story's members roughly in order: sort by position plus a jitter.
  const jitter = seededRandom(seed + 1);
  return members
    .map((member, i) => ({ member, at: i + jitter() * 2000 }))
    .sort((a, b) => a.at - b.at)
    .map(({ member }) => member);
}

/** The seed's text for one story: a window of its paragraphs (after the title) chosen by the variant, with the story's names and figures. */
function storyText(seedText: string, story: number, variant: number): string[] {
  const paragraphs = seedText.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  const [title, ...rest] = paragraphs;
  const window = Math.max(3, Math.ceil(rest.length * 0.6));
  const start = variant === 0 || rest.length <= window ? 0 : (variant * 7) % (rest.length - window + 1);
  const renamed = (text: string) => renameFigures(renameNames(text, story), story);
  return [renamed(title ?? ''), ...rest.slice(start, start + window).map(renamed)];
}

/** A member: the title and a random 75–100 % of the article's sentences, in order. */
function memberText(paragraphs: readonly string[], random: () => number): string {
  const keep = 0.75 + random() * 0.25;
  const body = paragraphs
    .slice(1)
    .map((p) => p.split(/(?<=[.!?。])\s+/u).filter(() => random() < keep).join(' '))
    .filter(Boolean);
  return [paragraphs[0], ...body].join('\n\n');
}

/** Capitalised words inside a sentence (names, mostly) replaced by made-up names of the same script, the same for the whole story. */
function renameNames(text: string, story: number): string {
  return text.replace(/(?<=[\p{L}\p{N},;:]\s)(\p{Lu}\p{Ll}{2,})/gu, (word: string) => {
    const script = /\p{Script=Cyrillic}/u.test(word) ? 1 : 0;
    // The key is the word's first letters, so that most inflected forms of a name get the same replacement.
    let hash = Math.imul(story + 1, 2654435761);
    for (const ch of word.toLowerCase().slice(0, 4)) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619);
    let out = '';
    for (let k = 0; k < 3; k++) out += SYLLABLES[((hash >>> (k * 6)) >>> 0) % SYLLABLES.length]![script];
    return out.charAt(0).toUpperCase() + out.slice(1) + (script && word.length > 5 ? word.slice(-1) : '');
  });
}

/** Numbers of two or more digits (years from 1900 to 2099 excepted) scaled by the story's factor. */
function renameFigures(text: string, story: number): string {
  const factor = 0.5 + ((Math.imul(story + 7, 2246822519) >>> 0) % 1000) / 1000;
  return text.replace(/\b\d{2,}\b/g, (digits) => {
    const n = Number(digits);
    return n >= 1900 && n <= 2099 ? digits : String(Math.max(10, Math.round(n * factor)));
  });
}
