import { SortedLines } from './sorted-lines.js';

/**
 * A compiled Hunspell table (scripts/lexicon/hunspell.mjs), the first line of its file as JSON; flags are single
 * characters. The lines after it are the stems, sorted, one a line: `stem\tentry`, several entries of one stem
 * joined by ENTRY_SEPARATOR, an entry `flags` or `flags\tpart of speech`.
 */
export interface HunspellRules {
  format: 'triangulate.hunspell/2';
  special: Partial<Record<'NEEDAFFIX' | 'FORBIDDENWORD' | 'ONLYINCOMPOUND' | 'COMPOUNDBEGIN' | 'COMPOUNDMIDDLE' | 'COMPOUNDEND' | 'COMPOUNDFLAG' | 'COMPOUNDPERMITFLAG' | 'CIRCUMFIX' | 'KEEPCASE', string>>;
  ignore: string;
  /** Input conversions applied before lookup (Ukrainian: the apostrophes ʼ and ’ are written ').*/
  iconv: Array<[string, string]>;
  /** [kind (S suffix, P prefix), flag, strip, add, continuation flags, condition, cross-product 0/1]. */
  rules: Array<['S' | 'P', string, string, string, string, string, 0 | 1]>;
}

/** One way a word form comes from a dictionary stem. */
export interface Analysis {
  lemma: string;
  pos: string | null;
  /** With two suffixes, the derived word between them ("Regierungen" = regieren + -ung + -en: "Regierung"). */
  derived?: string;
}

interface Rule {
  flag: string;
  strip: string;
  add: string;
  cont: string;
  condition: RegExp | null;
  cross: boolean;
}

interface Entry {
  flags: string;
  pos: string | null;
}

/**
 * The suffix rules that add one text, in table order, with the rules that strip the same text under the same
 * condition numbered as one group: a group's stem is built, tested and looked up once for all its rules.
 */
interface RuleList {
  rules: Rule[];
  /** The group of each rule. */
  group: number[];
  /** Each group's strip and condition (those of its first rule). */
  groups: Array<Pick<Rule, 'strip' | 'condition'>>;
}

/** Analyses and stem entries remembered per table; the cache is cleared when full (unit: entries). */
const CACHE_SIZE = 100_000;
const NO_ENTRIES: readonly Entry[] = [];

/** Joins the entries of a stem listed more than once (homonyms with other flags); the build script writes the same. */
export const ENTRY_SEPARATOR = '\u0001';

/** Longest affix a rule adds, in characters: bounds the work per word. */
const MAX_AFFIX = 12;

/**
 * Hunspell's analysis without its expansion: a word is a stem in the dictionary, or a stem plus one or two
 * suffixes and an optional prefix whose rules the stem's flags allow ("ships" = "ship" + SFX S).
 */
export class HunspellAnalyzer {
  /** Stem → its entries, `flags` or `flags\tpart of speech`, several joined by ENTRY_SEPARATOR. */
  private readonly stems: SortedLines;
  private readonly suffixes = new Map<string, RuleList>();
  private readonly prefixes = new Map<string, Rule[]>();
  /** Suffix rules by added text, only those whose continuation flags hold a flag (the second suffix level), built on demand. */
  private readonly continuing = new Map<string, Map<string, RuleList>>();
  /** Analyses by `inCompound` (0/1) and form: a word's case variants, its readings and compound parts ask again. */
  private readonly analysed = new Map<string, readonly Analysis[]>();
  /** Parsed entries by stem, none included: the rules of one word build the same stems many times. */
  private readonly stemEntries = new Map<string, readonly Entry[]>();
  private readonly special: HunspellRules['special'];
  private readonly ignore: RegExp | null;
  private readonly iconv: ReadonlyArray<[string, string]>;
  /** Forms analysed afresh (not from the cache) since the table was loaded: the work done, for tests of its bounds. */
  analysesDone = 0;
  /** While analysing the last part of a compound, stems allowed only inside compounds count ("Maß|nahme"). */
  private inCompound = false;

  /** `text` is a compiled table file: its rules as JSON on the first line, then the sorted stems. */
  constructor(text: string) {
    const newline = text.indexOf('\n');
    const table = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as HunspellRules;
    if (table.format !== 'triangulate.hunspell/2') throw new Error(`Unknown Hunspell table format ${String(table.format)}`);
    this.stems = new SortedLines(newline < 0 ? '' : text.slice(newline + 1));
    this.special = table.special;
    this.iconv = table.iconv;
    this.ignore = table.ignore ? new RegExp(`[${table.ignore.replace(/[\]\\^-]/g, '\\$&')}]`, 'gu') : null;
    const conditions = new Map<string, RegExp>();
    const suffixes = new Map<string, Rule[]>();
    for (const [kind, flag, strip, add, cont, condition, cross] of table.rules) {
      let pattern: RegExp | null = null;
      if (condition) {
        pattern = conditions.get(kind + condition) ?? null;
        if (!pattern) {
          pattern = safeRegExp(kind === 'S' ? `${condition}$` : `^${condition}`);
          conditions.set(kind + condition, pattern);
        }
      }
      const index = kind === 'S' ? suffixes : this.prefixes;
      const rule = { flag, strip, add, cont, condition: pattern, cross: cross === 1 };
      const list = index.get(add);
      if (list) list.push(rule);
      else index.set(add, [rule]);
    }
    for (const [add, rules] of suffixes) this.suffixes.set(add, ruleList(rules));
  }

  /** Whether the dictionary lets words be glued into compounds (German). */
  get compounds(): boolean {
    return Boolean(this.special.COMPOUNDBEGIN || this.special.COMPOUNDFLAG);
  }

  /** Every analysis of a form as written, best first (the stem itself, then the shortest affix). */
  analyse(word: string, inCompound = false): readonly Analysis[] {
    const key = (inCompound ? '1' : '0') + word;
    let found = this.analysed.get(key);
    if (!found) {
      if (this.analysed.size >= CACHE_SIZE) this.analysed.clear();
      found = this.analyseAfresh(word, inCompound);
      this.analysed.set(key, found);
    }
    return found;
  }

  private analyseAfresh(word: string, inCompound: boolean): Analysis[] {
    this.analysesDone++;
    let form = this.ignore ? word.replace(this.ignore, '') : word;
    for (const [from, to] of this.iconv) form = form.replaceAll(from, to);
    const found: Analysis[] = [];
    this.inCompound = inCompound;
    for (const entry of this.entries(form)) if (this.usable(entry.flags, false)) found.push({ lemma: form, pos: entry.pos });
    this.stripSuffixes(form, '', found, true);
    this.stripPrefixes(form, found);
    return found;
  }

  /** Whether a stem with these flags may stand in a compound ("Regierungs|chef"). */
  compoundPart(word: string, last: boolean): Analysis | null {
    const part = this.special.COMPOUNDFLAG;
    const position = last ? this.special.COMPOUNDEND : this.special.COMPOUNDBEGIN;
    for (const entry of this.entries(word)) {
      if ((part && entry.flags.includes(part)) || (position && entry.flags.includes(position))) return { lemma: word, pos: entry.pos };
    }
    return null;
  }

  private entries(stem: string): readonly Entry[] {
    let entries = this.stemEntries.get(stem);
    if (!entries) {
      if (this.stemEntries.size >= CACHE_SIZE) this.stemEntries.clear();
      const raw = this.stems.get(stem);
      entries =
        raw === undefined
          ? NO_ENTRIES
          : raw.split(ENTRY_SEPARATOR).map((entry) => {
              const tab = entry.indexOf('\t');
              return tab < 0 ? { flags: entry, pos: null } : { flags: entry.slice(0, tab), pos: entry.slice(tab + 1) };
            });
      this.stemEntries.set(stem, entries);
    }
    return entries;
  }

  private usable(flags: string, viaAffix: boolean): boolean {
    const { NEEDAFFIX, FORBIDDENWORD, ONLYINCOMPOUND } = this.special;
    if (FORBIDDENWORD && flags.includes(FORBIDDENWORD)) return false;
    if (ONLYINCOMPOUND && flags.includes(ONLYINCOMPOUND) && !this.inCompound) return false;
    return viaAffix || !NEEDAFFIX || !flags.includes(NEEDAFFIX);
  }

  /** Suffix stripping, with a second suffix level through continuation flags ("-ungen" = "-ung" + "-en"). */
  private stripSuffixes(form: string, requiredCont: string, found: Analysis[], outer: boolean, prefixFlag = '', derived?: string): void {
    // The whole form may be an affix when the rule strips the whole stem (French "ont" = "avoir" − "avoir" + "ont").
    const index = requiredCont ? this.suffixesContinuing(requiredCont) : this.suffixes;
    if (index.size === 0) return;
    const limit = Math.min(MAX_AFFIX, form.length);
    for (let k = 0; k <= limit; k++) {
      const list = index.get(form.slice(form.length - k));
      if (!list) continue;
      const base = form.slice(0, form.length - k);
      // Per group: its stem, null when the condition refuses it, undefined until a rule of the group asks.
      const stems: Array<string | null | undefined> = new Array(list.groups.length);
      for (let r = 0; r < list.rules.length; r++) {
        const rule = list.rules[r]!;
        if (prefixFlag && !rule.cross) continue;
        const g = list.group[r]!;
        let stem = stems[g];
        if (stem === undefined) {
          const { strip, condition } = list.groups[g]!;
          const built = base + strip;
          stem = stems[g] = !built || (condition && !condition.test(built)) ? null : built;
        }
        if (stem === null) continue;
        for (const entry of this.entries(stem)) {
          if (!entry.flags.includes(rule.flag) || !this.usable(entry.flags, true)) continue;
          if (prefixFlag && !entry.flags.includes(prefixFlag) && !rule.cont.includes(prefixFlag)) continue;
          found.push(derived ? { lemma: stem, pos: entry.pos, derived } : { lemma: stem, pos: entry.pos });
        }
        if (outer && !prefixFlag) this.stripSuffixes(stem, rule.flag, found, false, '', stem);
      }
    }
  }

  /** The suffix rules that may follow a rule of `flag` (their continuation flags hold it); most flags have none. */
  private suffixesContinuing(flag: string): Map<string, RuleList> {
    let index = this.continuing.get(flag);
    if (!index) {
      index = new Map();
      for (const [add, list] of this.suffixes) {
        const kept = list.rules.filter((rule) => rule.cont.includes(flag));
        if (kept.length > 0) index.set(add, ruleList(kept));
      }
      this.continuing.set(flag, index);
    }
    return index;
  }

  private stripPrefixes(form: string, found: Analysis[]): void {
    const limit = Math.min(MAX_AFFIX, form.length - 1);
    for (let k = 1; k <= limit; k++) {
      const rules = this.prefixes.get(form.slice(0, k));
      if (!rules) continue;
      for (const rule of rules) {
        const stem = rule.strip + form.slice(k);
        if (rule.condition && !rule.condition.test(stem)) continue;
        for (const entry of this.entries(stem)) {
          if (entry.flags.includes(rule.flag) && this.usable(entry.flags, true)) found.push({ lemma: stem, pos: entry.pos });
        }
        if (rule.cross) this.stripSuffixes(stem, '', found, false, rule.flag);
      }
    }
  }
}

/** Rules in table order, numbered by group of equal strip and condition (conditions are shared RegExp objects). */
function ruleList(rules: Rule[]): RuleList {
  const groups: RuleList['groups'] = [];
  const numbers = new Map<string, number>();
  const group = rules.map((rule) => {
    const key = `${rule.strip}\u0000${rule.condition?.source ?? ''}`;
    let number = numbers.get(key);
    if (number === undefined) {
      number = groups.length;
      numbers.set(key, number);
      groups.push({ strip: rule.strip, condition: rule.condition });
    }
    return number;
  });
  return { rules, group, groups };
}

/** A Hunspell condition as a regular expression; a malformed one matches nothing rather than throwing. */
function safeRegExp(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return /(?!)/;
  }
}
