import { gap, isAcronym, isCapitalised, isRomanNumeral } from '../../text/tokens.js';
import type { Token } from '../../text/tokens.js';
import type { EntityType, Mention } from './extract-mentions.js';
import { isCommonNoun, isCommonWord, isDemonym, knownName, lemmaOf, nameKind } from './knowledge.js';
import { lexiconMemo } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { lemmatize, place } from '../../lexicon/index.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** The type of a name by its own words and the words beside it: the resources, a title, organisation and place words, a speech verb, the dictionaries. */
export function typeOf(name: string, single: boolean, known: EntityType | null, title: string | null, nextWord: string, spoken: boolean, lexicon: Lexicon): EntityType {
  if (known) return known;
  // The evidence of the name's own words comes in an order, the words beside it in between: the first that tells wins.
  const own = ownType((single ? '1' : '0') + name, lexicon);
  if (own.by === By.Club) return own.type;
  if (title) return 'person';
  if (own.by < By.OrganizationWord) return own.type;
  if (lexicon.organizationWords.has(nextWord)) return 'organization';
  if (own.by === By.OrganizationWord) return own.type;
  if (lexicon.placeWords.has(nextWord)) return 'place';
  if (own.by < By.Kinds) return own.type;
  // News that writes people in its own script: a speaker named in another script is a firm ("Ryanair заявила").
  if (spoken) return own.foreignSpeaker ? 'organization' : 'person';
  return own.type;
}

/** Which of a name's own words told its type, in the order typeOf reads them. */
const enum By {
  Club,
  Initials,
  Demonym,
  Opening,
  OrganizationWord,
  PlaceWord,
  Acronym,
  CompoundHead,
  Kinds,
}

/** What a name's own words say of its type: the first evidence that tells, and whether a speaker of that name is a firm. */
interface OwnType {
  by: By;
  type: EntityType;
  foreignSpeaker: boolean;
}

/** The type of a name by its words alone (key: "1" for a one-word run, else "0", then the name), remembered per lexicon. */
const ownType = lexiconMemo((key, lexicon): OwnType => {
  const [single, name] = [key[0] === '1', key.slice(1)];
  const told = (by: By, type: EntityType): OwnType => ({ by, type, foreignSpeaker: false });
  if (!single && clubName(name, lexicon)) return told(By.Club, 'organization');
  // "J. R. R. Tolkien", "J. P. Morgan": initials before a capitalised word.
  if (/^(\p{Lu}\.[\s\u00a0]*)+\p{Lu}[\p{L}'’-]+$/u.test(name)) return told(By.Initials, 'person');
  if (single && isDemonym(name, lexicon.language)) return told(By.Demonym, 'other');
  // Organisation and place words count in any case form ("комитета", "морю"), and inside hyphenated names ("Даунинг-стрит"): their lemmas are compared too.
  const words = name.toLowerCase().split(/[\s\u00a0-]+/).flatMap((w) => [w, lemmaOf(w, lexicon.language)]);
  // "Provinz Suruga", "Schlacht um Verdun": a kind that opens the name says what it is.
  const opening = single ? -1 : [lexicon.placeKindsInNames, lexicon.organizationKindsInNames, lexicon.otherKindsInNames].findIndex((kinds) => kinds.has(words[0]!));
  if (opening >= 0) return told(By.Opening, (['place', 'organization', 'other'] as const)[opening]!);
  if (words.some((w) => lexicon.organizationWords.has(w))) return told(By.OrganizationWord, 'organization');
  if (words.length > 2 && words.some((w) => lexicon.placeWords.has(w))) return told(By.PlaceWord, 'place');
  // An acronym names an organisation ("NATO", "ЗСУ"); with figures in it, a model or standard ("PDP-11", "DSM-5", "CYP3A4");
  // a roman numeral is an ordinal ("Elizabeth II", "World War II").
  if (name.split(/[\s\u00a0]+/).some((w) => isAcronym(w) && !/\d/.test(w) && !isRomanNumeral(w))) return told(By.Acronym, 'organization');
  // Where nouns compound, the head of one word names its kind: "Marienkirche", "Reinoldikirche", "Bundesministerium".
  const head = single && lexicon.capitalizesNouns ? compoundHead(name.toLowerCase(), lexicon) : null;
  if (head) return told(By.CompoundHead, head);
  const kinds = kindsOf(name, lexicon);
  return { by: By.Kinds, type: typeByKinds(name, single, kinds, lexicon), foreignSpeaker: lexicon.ownScriptLetter !== null && !lexicon.ownScriptLetter.test(name) && !kinds.includes('first-name') };
});

/** The type of a name by what the dictionaries know of each of its words, when nothing else told it. */
function typeByKinds(name: string, single: boolean, kinds: ReturnType<typeof kindsOf>, lexicon: Lexicon): EntityType {
  // A first name opens a person's name ("Тереза Мэй"); alone it proves little ("Lloyd", "Asia").
  if ((!single && kinds[0] === 'first-name') || (kinds.at(-1) === 'surname' && (single || kinds[0] !== null))) return 'person';
  if (single && (kinds[0] === 'place' || kinds[0] === 'organization')) return kinds[0];
  const parts = name.split(/[\s\u00a0]+/);
  // "Северной Ирландии", "Western Europe": common words before a known place make a place.
  if (!single && knownName(parts.at(-1)!, lexicon.language)?.type === 'place' && parts.slice(0, -1).every((w) => isCapitalised(w) && isCommonWord(w, lexicon.language))) return 'place';
  // A name that holds a place but is none ("Boston Celtics", "Feyenoord Rotterdam", "Bruins de Boston") is a club or firm of that place.
  if (!single && parts.some((w) => knownName(w, lexicon.language)?.type === 'place')) return 'organization';
  // Capitalised words alone make a person only when the dictionary knows none of them as a common word ("Silicon Valley").
  if (!single && /^[\p{Lu}][\p{L}'’-]+([\s\u00a0]+[\p{Lu}][\p{L}'’-]+){1,3}$/u.test(name) && !parts.some((w) => isCommonNoun(w, lexicon.language))) return 'person';
  return 'other';
}

/**
 * The name of a club, team or firm by its shape: a head or tail word ("FC Metz", "Real Madrid", "Sheffield United"),
 * or a known place and a plural ("Florida Panthers", "Los Angeles Lakers"; not "Victoria Falls", a place word).
 */
function clubName(name: string, lexicon: Lexicon): boolean {
  const parts = name.split(/[\s\u00a0]+/);
  const last = parts.at(-1)!;
  if (lexicon.organizationHeads.has(parts[0]!) || lexicon.organizationTails.has(last)) return true;
  const plural = /\p{Ll}s$/u.test(last) && !lexicon.placeWords.has(last.toLowerCase()) && lemmaOf(last, lexicon.language) !== last.toLowerCase();
  const prefix = parts.slice(0, -1).join(' ');
  return plural && lexicon.language !== null && (knownName(prefix, lexicon.language)?.type === 'place' || place(prefix, lexicon.language) !== null) && !knownName(name, lexicon.language);
}

/** What typeByContext needs to know of a name already typed by its words. */
export interface TypedName {
  name: string;
  single: boolean;
  type: EntityType;
  /** The resources know the name. */
  known: boolean;
  title: string | null;
  /** A kind of product was cut from the front of the run ("Massengutfrachter Baltic Star"). */
  productBefore: boolean;
}

/** The type of a name corrected by the word just before it: a preposition of place, a kind of product, a lower-case kind of thing. */
export function typeByContext(text: string, tokens: readonly Token[], first: number, typed: TypedName, lexicon: Lexicon): EntityType {
  const { name, single, known, title, productBefore } = typed;
  let type = typed.type;
  const before = tokens[first - 1];
  // "in Gaevka", "в Еремеевке": a single name nothing else types, after a preposition of place, is a place.
  const placed = before !== undefined && /^[\s\u00a0]+$/.test(gap(text, before, tokens[first]!)) && lexicon.placePrepositions.has(before.text.toLowerCase());
  // "la Maurétanie", "l'Essex": an article that never comes before a person's name.
  const article = before !== undefined && /^([\s\u00a0]+|['’])$/.test(gap(text, before, tokens[first]!)) && lexicon.placeArticles.has(before.text.toLowerCase());
  if (type === 'other' && single && (placed || article) && !isAcronym(name) && !isDemonym(name, lexicon.language)) type = 'place';
  // "в Монтгомери", "из Галисии": after a preposition that almost never precedes a person, a person guessed by its ending is a place.
  if (type === 'person' && single && placed && !known && !title && lexicon.placeOnlyPrepositions.has(before.text.toLowerCase())) type = 'place';
  // "the tanker Baltic Star", "газопровода «Северный поток-2»": a name after a kind of product is a product.
  const kindBefore = before !== undefined && /^[\s\u00a0"'«„“‘]+$/.test(gap(text, before, tokens[first]!)) ? lemmaOf(before.text, lexicon.language) : '';
  if (!known && !title && (productBefore || lexicon.productWords.has(kindBefore) || lexicon.productWords.has(before?.text.toLowerCase() ?? ''))) type = 'product';
  // "the river Danube", "группа Korn", "певица Алиса": a lower-case kind of thing just before a name nothing else
  // types; a kind of place wins over a person's name guessed from its ending ("города Монтгомери").
  const kind = kindBefore && !isCapitalised(before!.text) ? kindOf(kindBefore, lexicon) : null;
  if (kind && (type === 'other' || (kind === 'place' && type === 'person' && !known && !title))) type = kind;
  // "la ville de Nusco", "the city of Thane", "región del Nilo": a kind of place, a connector, then the name.
  if (type === 'other' && single && placeKindAcross(text, tokens, first, lexicon)) type = 'place';
  return type;
}

/**
 * The likeliest type of a one-word name that neither its words nor its context typed: a town of the place table
 * ("Lünen", "Jabalpur": left out of knownName because towns are named after people), else a person by a first name
 * ("Imelda", "Ольга").
 */
export function guessType(name: string, lexicon: Lexicon): EntityType | null {
  if (/[\s\u00a0]/.test(name) || isAcronym(name) || isDemonym(name, lexicon.language)) return null;
  if (lexicon.language && place(name, lexicon.language)) return 'place';
  // "Антоновка", "Новодмитровка", "Berryville": the ending of a place name, past a stem of a few letters.
  const lower = name.toLowerCase();
  if (lexicon.placeEndings.some((ending) => lower.endsWith(ending) && lower.length - ending.length >= MIN_PLACE_STEM)) return 'place';
  // "West", "Grant": a first name that is also a common word proves nothing.
  const common = lexicon.language !== null && lemmatize(name.toLowerCase(), lexicon.language).source === 'dictionary';
  return !common && nameKind(name, lexicon.language) === 'first-name' ? 'person' : null;
}

/** A place ending needs a stem this long before it (unit: letters): "Антоновка", not "Вовка". */
const MIN_PLACE_STEM = 3;

/** Lower-case words allowed between an apposition's comma and its kind word ("a small town", "an American actor"). */
const MAX_APPOSITION_WORDS = 3;

/**
 * "Thane, a city in Maharashtra", "Moist, a Canadian band", "Кучурган, приток Днестра": an apposition whose head is a
 * kind of place, organisation or person types the name before it.
 */
export function typeByApposition(text: string, tokens: readonly Token[], last: number, lexicon: Lexicon): EntityType | null {
  const comma = tokens[last + 1];
  if (!comma || !/^,[\s\u00a0]+$/.test(gap(text, tokens[last]!, comma))) return null;
  for (let k = last + 1; k < tokens.length && k <= last + MAX_APPOSITION_WORDS + 1 && tokens[k]!.sentence === tokens[last]!.sentence; k++) {
    const word = tokens[k]!.text;
    const determiner = k === last + 1 && lexicon.determiners.has(word.toLowerCase());
    if (((isCapitalised(word) && !isDemonym(word, lexicon.language)) || lexicon.functionWords.has(word.toLowerCase())) && !determiner) return null;
    const kind = kindOf(lemmaOf(word, lexicon.language), lexicon);
    // "Smith, the company's chief": a possessive kind word is not the head.
    if (kind) return /^['’]s\b/.test(text.slice(tokens[k]!.end)) ? null : kind;
    if (k > last + 1 && !/^[\s\u00a0]+$/.test(gap(text, tokens[k - 1]!, tokens[k]!))) return null;
  }
  return null;
}

/** A lower-case place word and a connector just before the name ("ville de", "city of", "región del"). */
function placeKindAcross(text: string, tokens: readonly Token[], first: number, lexicon: Lexicon): boolean {
  const connector = tokens[first - 1];
  const kind = tokens[first - 2];
  if (!connector || !kind || !lexicon.connectors.has(connector.text.toLowerCase()) || lexicon.conjunctions.has(connector.text.toLowerCase())) return false;
  if (!/^([\s\u00a0]+|['’])$/.test(gap(text, connector, tokens[first]!)) || !/^[\s\u00a0]+$/.test(gap(text, kind, connector))) return false;
  return !isCapitalised(kind.text) && lexicon.placeWords.has(lemmaOf(kind.text, lexicon.language));
}

/** Whether a word of the name is a first name or surname by the dictionaries. */
export function holdsPersonName(name: string, lexicon: Lexicon): boolean {
  return name.split(/[\s\u00a0]+/).some((w) => { const kind = nameKind(w, lexicon.language); return kind === 'first-name' || kind === 'surname'; });
}

/** The type a lower-case kind of thing gives the name after it: a place, an organisation, a person's role. */
function kindOf(kind: string, lexicon: Lexicon): EntityType | null {
  if (lexicon.placeWords.has(kind)) return 'place';
  if (lexicon.organizationWords.has(kind)) return 'organization';
  return lexicon.roleNouns.has(kind) || lexicon.titles.has(kind) ? 'person' : null;
}

/** The kind of name each word is by the dictionaries (first name, surname, place…). */
function kindsOf(name: string, lexicon: Lexicon): ReturnType<typeof nameKind>[] {
  return name.split(/[\s\u00a0]+/).map((word) => nameKind(word, lexicon.language));
}

/**
 * Names listed together are things of one kind: "Castrop, Lünen, Unna und Schwerte", "Jabalpur and Thane",
 * "Отрадово, Сухое, Щербанка". A name nothing typed takes the one type its typed neighbours in the list agree on.
 */
export function typeLists(text: string, mentions: Mention[], lexicon: Lexicon): void {
  const conjunctions = [...lexicon.conjunctions].map(escapeRegExp).join('|');
  const link = new RegExp(`^[\\s\\u00a0]*(,[\\s\\u00a0]*(${conjunctions})?|(${conjunctions}))[\\s\\u00a0]+$`, 'iu');
  let chain: Mention[] = [];
  const settle = () => {
    const types = new Set(chain.filter((m) => m.type !== 'other' && m.type !== 'product' && !m.weak && !m.guessed).map((m) => m.type));
    if (chain.length > 1 && types.size === 1) {
      const [type] = types;
      for (const m of chain) {
        if ((m.type === 'other' || m.guessed) && !isDemonym(m.text, lexicon.language)) Object.assign(m, { type, guessed: false });
      }
    }
  };
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (previous && previous.span[1] <= m.span[0] && link.test(text.slice(previous.span[1], m.span[0]))) chain.push(m);
    else {
      settle();
      chain = [m];
    }
  });
  settle();
}

/** Place and organisation words this long are read as the head of a compound (unit: letters): "-kirche", not "-see". */
const MIN_COMPOUND_HEAD = 5;

function compoundHead(word: string, lexicon: Lexicon): EntityType | null {
  const endsIn = (words: Set<string>) => [...words].some((w) => w.length >= MIN_COMPOUND_HEAD && word.length > w.length && word.endsWith(w));
  if (endsIn(lexicon.organizationWords)) return 'organization';
  return endsIn(lexicon.placeWords) ? 'place' : null;
}
