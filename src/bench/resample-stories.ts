/**
 * A large corpus of stories made from real articles, for the cross-document
 * benchmark: each story starts from one real development article (several
 * languages), gets its own names and figures, and has members that keep a
 * different part of that article's sentences; about one member in ten is a
 * word-for-word repost with a credit line. A seed article is used by several
 * stories only when the corpus needs more stories than there are seeds; each
 * such story keeps a different window of the seed's sentences and its own
 * names and figures, so stories of one seed are alike the way two events of
 * one kind are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../link/stories/synthetic.js';
import { SYLLABLES } from './generate-stories.js';

/** One generated member: its story and its text. */
export type ResampledArticle = { story: number; text: string };

/** Longest seed text kept (characters): longer articles are cut at a paragraph end, as the bench measures linking, not reading. */
const MAX_SEED = 6000;

/** The `.txt` articles of `folders` (missing folders are skipped), each at most MAX_SEED characters, in a stable order. */
export function readSeeds(folders: readonly string[]): string[] {
  const seeds: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readFileSync(join(folder, name), 'utf8').trim();
      if (text.length < 200) continue;
      const cut = text.length > MAX_SEED ? text.lastIndexOf('\n', MAX_SEED) : text.length;
      seeds.push(text.slice(0, cut > 200 ? cut : MAX_SEED));
    }
  }
  return seeds;
}

/** `count` members of stories resampled from `seeds`, in a seeded order that interleaves stories the way a feed does. */
export function resampleStories(seeds: readonly string[], count: number, seed = 1): ResampledArticle[] {
  if (seeds.length === 0) throw new Error('no seed articles to resample');
  const random = seededRandom(seed);
  const members: ResampledArticle[] = [];
  for (let story = 0; members.length < count; story++) {
    // Story sizes are heavy-tailed: most stories have a few articles, some have dozens.
    const size = Math.min(count - members.length, 1 + Math.floor(2 / Math.pow(random() + 1e-3, 0.8)));
    const variant = Math.floor(story / seeds.length);
    const base = storyText(seeds[story % seeds.length]!, story, variant);
    for (let k = 0; k < size; k++) {
      const repost = k > 0 && random() < 0.1;
      const text = repost ? `${members[members.length - 1]!.text}\n\n(Reposted from Wire ${story % 97})` : memberText(base, random);
      members.push({ story, text });
    }
  }
  const order = seededRandom(seed + 1);
  // A feed interleaves stories but keeps each story's members roughly in order: sort by story start plus a jitter.
  return members
    .map((member, i) => ({ member, at: i + order() * 2000 }))
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

/** A member: the title and a random 55–100 % of the story's sentences, in order. */
function memberText(paragraphs: readonly string[], random: () => number): string {
  const keep = 0.55 + random() * 0.45;
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
