import { DISPLAY_LANGUAGE } from '../shared/display-language.js';
import type { Span } from '../../doc/news-doc.js';
import type { EntityType, Mention } from '../../stages/extract-entities/extract-mentions.js';
import { isDemonym } from '../../stages/extract-entities/knowledge.js';
import { baseKey } from '../../lexicon/index.js';
import { nameKey, romanize } from '../../text/name-key.js';
import { OneEditIndex } from '../../text/one-edit-index.js';
import { isAcronym } from '../../text/tokens.js';
import { UnionFind } from '../shared/union-find.js';

/** A document as the resolver sees it: its id, its text and its mentions. */
export interface MentionSource {
  id: string;
  text: string;
  language: string | null;
  mentions: readonly Mention[];
}

/** An entity of the dossier: one person, organisation or place across documents and languages. */
export interface ResolvedEntity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Array<{ doc: string; span: Span; text: string; inComments: boolean }>;
  /** Which mention of which document belongs here: `${docIndex}:${mentionIndex}`. */
  members: string[];
}

/** Names longer than this may differ by one letter and still be one name (unit: key characters): "Abkyazov" for "Ablyazov". */
const MIN_TYPO_KEY = 6;
/** Cognate words share this many first letters ("democratique"/"democratic"). */
const COGNATE_PREFIX = 4;

interface Item {
  doc: number;
  index: number;
  mention: Mention;
  /** The key of the name as written and of its base form (lemmas, the press's English spelling): "Клімкіна" → "klimkina", "klimkin". */
  key: string;
  baseKey: string;
  /** Base-form keys of the words. */
  words: string[];
}

/**
 * Groups mentions into entities: gazetteer names by their canonical form,
 * full names by their romanised key, acronyms with their expansions,
 * multi-word names across languages by cognate words, and surnames (or a
 * one-letter typo of one) with the full name they belong to.
 */
export function resolveEntities(sources: readonly MentionSource[]): ResolvedEntity[] {
  const items: Item[] = sources.flatMap((source, doc) =>
    source.mentions.map((mention, index) => {
      const language = source.language ?? DISPLAY_LANGUAGE;
      // "потока-2": the number is a word of its own, so that the word before it is read in its dictionary form.
      const text = mention.text.replace(/(\p{L})\s*[-‑–—]\s*(\d+)(?!\p{L})/gu, '$1 $2');
      const words = text.split(/[\s\u00a0]+/).map((word) => baseKey(word, language));
      return { doc, index, mention, key: nameKey(mention.text), baseKey: baseKey(text, language), words };
    }),
  );
  const sets = new UnionFind(items.length);
  const byLabel = new Map<string, number>();
  const label = (i: number, name: string) => {
    const seen = byLabel.get(name);
    if (seen === undefined) byLabel.set(name, i);
    else sets.union(seen, i);
  };
  items.forEach((item, i) => {
    const m = item.mention;
    if (m.known) label(i, `known:${m.known}`);
    else if (m.joinedWith !== null) {
      label(i, `person:${fullNameKey(sources[item.doc]!.mentions, item.index)}`);
      sets.union(i, i - item.index + m.joinedWith);
    }
    else {
      // First names differ more across languages than surnames ("Павел"/"Павло Клімкін"): the initial and the surname join.
      if (m.type === 'person' && item.words.length > 1) label(i, `person:${item.words[0]!.charAt(0)}|${item.words.at(-1)}`);
      // A person guessed from a first name alone ("Кандилли") still meets the same name typed otherwise elsewhere.
      if (item.words.length > 1 || m.type !== 'person' || m.guessed) {
        label(i, `name:${item.key}`);
        label(i, `name:${item.baseKey}`);
      }
    }
  });
  linkWithinDocuments(sources, items, sets);
  linkCognates(items, sets);
  linkSurnames(items, sets);
  return toEntities(sources, items, sets);
}

function fullNameKey(mentions: readonly Mention[], index: number): string {
  const first = mentions[mentions[index]!.joinedWith!]!;
  const words = `${first.text} ${mentions[index]!.text}`.split(/[\s\u00a0]+/).map(nameKey);
  return `${words[0]}|${words.at(-1)}`;
}

/** Acronyms defined in parentheses ("Bank Turan Alem (BTA Bank)") or matching the initials of a name in the same document ("DCK"). */
function linkWithinDocuments(sources: readonly MentionSource[], items: readonly Item[], sets: UnionFind): void {
  const byDoc = groupBy(items.map((_, i) => i), (i) => items[i]!.doc);
  for (const [doc, indices] of byDoc) {
    const text = sources[doc]!.text;
    for (let k = 0; k + 1 < indices.length; k++) {
      const a = items[indices[k]!]!;
      const b = items[indices[k + 1]!]!;
      // "Bank Turan Alem (BTA Bank)", "ЕС (European Union)": an acronym in the parentheses, or its expansion after one.
      // "European Union (Withdrawal) Act", "ЕС (Brexit)": one word after an acronym names another thing.
      const acronymPair = isAcronym(b.mention.text.split(/[\s\u00a0]+/)[0]!) || (isAcronym(a.mention.text) && /[\s\u00a0]/.test(b.mention.text.trim()));
      if (acronymPair && /^\s*\(\s*$/.test(text.slice(a.mention.span[1], b.mention.span[0])) && text[b.mention.span[1]] === ')') sets.union(indices[k]!, indices[k + 1]!);
    }
    const names = indices.filter((i) => items[i]!.words.length > 1 && items[i]!.mention.type !== 'person');
    // Each name's initials are found once: a document repeating an acronym would otherwise find them for every repeat.
    const initials = new Map<number, string[]>();
    const initialsAt = (j: number) => initials.get(j) ?? initials.set(j, initialsOf(items[j]!.mention.text)).get(j)!;
    for (const i of indices) {
      const acronym = items[i]!.mention.text.split(/[\s\u00a0]+/)[0]!;
      if (!isAcronym(acronym) || items[i]!.mention.known) continue;
      const match = names.find((j) => j !== i && initialsAt(j).includes(acronym.toUpperCase()));
      if (match !== undefined) sets.union(i, match);
    }
  }
}

/** Words this short are left out of initials (unit: letters): "of", "и", "в", "по". */
const MAX_SKIPPED_WORD = 2;

/**
 * The initials of a name: of its capitalised words ("Democratic Choice of Kazakhstan" → DCK), and of all its longer
 * words, where names capitalise only their first ("Збройні сили України" → ЗСУ, "Министерство иностранных дел" → МИД).
 */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s\u00a0]+/);
  const of = (list: string[]) => list.map((w) => w[0]).join('').toUpperCase();
  return [of(words.filter((w) => /^\p{Lu}/u.test(w))), of(words.filter((w) => /^\p{L}/u.test(w) && w.length > MAX_SKIPPED_WORD))];
}

/** Multi-word organisation names whose words are cognates, in any order: "Choix démocratique du Kazakhstan" ~ "Democratic Choice of Kazakhstan". */
function linkCognates(items: readonly Item[], sets: UnionFind): void {
  const bySignature = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.mention.type !== 'organization' || item.mention.known) return;
    const stems = item.mention.text.split(/[\s\u00a0]+/).map(nameKey).filter((w) => w.length >= COGNATE_PREFIX).map((w) => w.slice(0, COGNATE_PREFIX));
    if (stems.length < 2) return;
    const signature = stems.sort().join(' ');
    const seen = bySignature.get(signature);
    if (seen === undefined) bySignature.set(signature, i);
    else sets.union(seen, i);
  });
}

/** A one-word name joins the person whose surname it is (same document first), or whose surname it misspells by one letter in the same document. */
function linkSurnames(items: readonly Item[], sets: UnionFind): void {
  const people = items.map((_, i) => i).filter((i) => items[i]!.mention.type === 'person' && items[i]!.words.length > 1 && !items[i]!.mention.known);
  const peopleByDoc = groupBy(people, (i) => items[i]!.doc);
  const peopleBySurname = new Map<string, number>();
  for (const i of people) {
    for (const key of [items[i]!.words.at(-1)!, items[i]!.mention.surnameKey]) if (!peopleBySurname.has(key)) peopleBySurname.set(key, i);
  }
  // Per document, built when first asked: its people by last word and by surname key (the first of each), and, once a
  // name needs it, their last words for a one-letter slip ("Abkyazov"). Looking a name up in them is what scanning the
  // document's people in order would find, without work that grows with names times people.
  const byDoc = new Map<number, DocumentPeople>();
  const peopleOf = (doc: number): DocumentPeople => {
    let found = byDoc.get(doc);
    if (!found) {
      found = { byLastWord: new Map(), bySurname: new Map(), slips: null, order: peopleByDoc.get(doc) ?? [] };
      for (const p of found.order) {
        const { words, mention } = items[p]!;
        if (!found.byLastWord.has(words.at(-1)!)) found.byLastWord.set(words.at(-1)!, p);
        if (!found.bySurname.has(mention.surnameKey)) found.bySurname.set(mention.surnameKey, p);
      }
      byDoc.set(doc, found);
    }
    return found;
  };
  const singles = new Map<string, number>();
  // The person a one-word name joins depends only on its document and keys: a name repeated in a long document is looked for once.
  const foundFor = new Map<string, number | undefined>();
  items.forEach((item, i) => {
    if (item.words.length !== 1 || item.mention.known || isAcronym(item.mention.text) || item.mention.joinedWith !== null) return;
    const lookedFor = `${item.doc}\u0000${item.baseKey}\u0000${item.key}\u0000${item.mention.surnameKey}`;
    let found = foundFor.get(lookedFor);
    if (!foundFor.has(lookedFor)) {
      const sameDoc = peopleOf(item.doc);
      const slip = () => {
        if (!sameDoc.slips) {
          sameDoc.slips = new OneEditIndex();
          for (const p of sameDoc.order) sameDoc.slips.add(items[p]!.words.at(-1)!);
        }
        const position = sameDoc.slips.first(item.key);
        return position === undefined ? undefined : sameDoc.order[position];
      };
      found =
        firstOf([sameDoc.byLastWord.get(item.baseKey), sameDoc.byLastWord.get(item.key), sameDoc.bySurname.get(item.mention.surnameKey)]) ??
        peopleBySurname.get(item.baseKey) ??
        peopleBySurname.get(item.key) ??
        peopleBySurname.get(item.mention.surnameKey) ??
        (item.key.length >= MIN_TYPO_KEY ? slip() : undefined);
      foundFor.set(lookedFor, found);
    }
    if (found !== undefined) sets.union(found, i);
    else if (item.mention.type === 'person' || item.mention.type === 'other') {
      const twin = singles.get(item.baseKey);
      if (twin === undefined) singles.set(item.baseKey, i);
      else sets.union(twin, i);
    }
  });
}

/** A document's people (items of multi-word person names, in order) as linkSurnames looks them up. */
interface DocumentPeople {
  byLastWord: Map<string, number>;
  bySurname: Map<string, number>;
  /** Their last words, at their places in `order`; built when a name is first looked for one letter off. */
  slips: OneEditIndex | null;
  order: readonly number[];
}

/** The earliest of some items (the smallest index), or undefined when there is none. */
function firstOf(found: ReadonlyArray<number | undefined>): number | undefined {
  let first: number | undefined;
  for (const item of found) if (item !== undefined && (first === undefined || item < first)) first = item;
  return first;
}

function groupBy<K>(values: readonly number[], keyOf: (value: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

function toEntities(sources: readonly MentionSource[], items: readonly Item[], sets: UnionFind): ResolvedEntity[] {
  const groups = groupBy(items.map((_, i) => i), (i) => sets.find(i));
  const supported = [...groups.values()].map((members) => supportedMembers(items, members)).filter((members) => members.length > 0);
  const entities = supported.map((members) => {
    const list = members.map((i) => items[i]!);
    // Demonyms only weigh against another type: an entity whose mentions are all `other` is `other` anyway.
    const typed = list.some((item) => item.mention.type !== 'other');
    const type = majorityType(list.map((item) => ({ mention: item.mention, demonym: typed && item.mention.type === 'other' && isDemonym(item.mention.text, sources[item.doc]!.language) })));
    return {
      id: '',
      name: canonicalName(sources, list, type),
      type,
      mentions: list.map(({ doc, mention }) => ({ doc: sources[doc]!.id, span: mention.span, text: mention.text, inComments: mention.inComments })),
      members: list.map(({ doc, index }) => `${doc}:${index}`),
    };
  });
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  entities.forEach((entity, i) => (entity.id = `e${i + 1}`));
  return entities;
}

/** A name weak where it is seen most ("Saison", "Jahren": German nouns capitalised by grammar) is a common word. */
const MAX_WEAK_SHARE = 0.75;

/**
 * The members that make an entity. A weak mention (capitalised at a sentence start, a capitalised German noun) needs a
 * supported mention of the same name: in its own document, or in others when most of the name's mentions are
 * supported. A group weak nearly everywhere, with nothing the resources know about it, is no entity at all.
 */
function supportedMembers(items: readonly Item[], members: readonly number[]): number[] {
  const strong = members.filter((i) => !items[i]!.mention.weak);
  if (strong.length === 0) return [];
  const weakCount = members.length - strong.length;
  const vouched = members.some((i) => items[i]!.mention.known || items[i]!.mention.title);
  if (!vouched && weakCount > MAX_WEAK_SHARE * members.length) return [];
  if (strong.length >= weakCount) return [...members];
  const strongDocs = new Set(strong.map((i) => items[i]!.doc));
  return members.filter((i) => !items[i]!.mention.weak || strongDocs.has(items[i]!.doc));
}

/**
 * The type most of an entity's mentions give, a gazetteer name or a title counting three. `other` is mostly a name
 * left untyped and gives no vote, but a nationality or language word ("German", "Latin") is one by what it is: one
 * "German" read as a surname elsewhere does not make the word a person in thirty documents.
 */
function majorityType(typed: ReadonlyArray<{ mention: Mention; demonym: boolean }>): EntityType {
  const counts = new Map<EntityType, number>();
  const mentions = typed.map(({ mention }) => mention);
  for (const { mention: m, demonym } of typed) if (m.type !== 'other' || demonym) counts.set(m.type, (counts.get(m.type) ?? 0) + (m.known || m.title ? 3 : 1));
  const type = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
  // A speaker never given a first name or a title anywhere ("Autoriva said", "Gazprom said") is an organisation:
  // news introduces people by their full name at least once.
  const oneWordOnly = mentions.every((m) => !/[\s\u00a0]/.test(m.text.trim()) && !m.title && !m.known && !m.personName && m.joinedWith === null);
  return type === 'person' && oneWordOnly ? 'organization' : type;
}

/** The gazetteer's name, else the most frequent longest Latin-script form (romanised when only Cyrillic was seen). */
function canonicalName(sources: readonly MentionSource[], items: readonly Item[], type: EntityType): string {
  const known = items.find((item) => item.mention.known)?.mention.known;
  if (known) return known;
  const forms = new Map<string, number>();
  for (const item of items) {
    const mention = item.mention;
    const text = mention.joinedWith !== null ? `${sources[item.doc]!.mentions[mention.joinedWith]!.text} ${mention.text}` : mention.text;
    const form = text.replace(/[\s\u00a0]+/g, ' ').trim();
    const latin = /\p{Script=Latin}/u.test(form) ? form : romanize(form, sources[item.doc]!.language);
    // A person's full name beats any count of the bare surname; a form seen in Latin script beats a romanised one.
    const full = type === 'person' && latin.split(' ').length > 1 ? 1000 : 0;
    // Among equals, the English form: the dossier's common language.
    const english = sources[item.doc]!.language === DISPLAY_LANGUAGE ? 10 : 0;
    forms.set(latin, (forms.get(latin) ?? 0) + 1 + full + english + (/\p{Script=Latin}/u.test(form) ? 100 : 0));
  }
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}
