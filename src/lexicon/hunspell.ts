import { affixTrie, AffixNode } from './affix-trie.js';
import { numberGroups, safeRegExp, type Rule, type RuleList } from './hunspell-rules.js';
import { KEY_HASH_START, keyHash, SortedLines } from './sorted-lines.js';
import { escapeRegExp } from '../text/escape-regexp.js';

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

interface Entry {
  flags: string;
  pos: string | null;
}

/** Analyses and stem entries remembered per table; the cache is cleared when full (unit: entries). */
const CACHE_SIZE = 100_000;
const NO_ENTRIES: readonly Entry[] = [];
const NO_ANALYSES: readonly Analysis[] = [];
const NO_AFFIXES = new AffixNode<never>(true, 0, []);

/**
 * How a table writes a word among its stems: its `ignore` characters dropped and its input conversions applied. Most
 * forms hold neither and are returned as they are.
 */
export function stemForm(table: Pick<HunspellRules, 'ignore' | 'iconv'>): (word: string) => string {
  const ignore = table.ignore ? new RegExp(`[${table.ignore.replace(/[\]\\^-]/g, '\\$&')}]`, 'gu') : null;
  const iconvCue = table.iconv.length > 0 ? new RegExp(table.iconv.map(([from]) => escapeRegExp(from)).join('|'), 'u') : null;
  return (word) => {
    let form = ignore ? word.replace(ignore, '') : word;
    if (iconvCue?.test(form)) for (const [from, to] of table.iconv) form = form.replaceAll(from, to);
    return form;
  };
}

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
  /** The table's affix rules as written, compiled on the first analysis that strips affixes (see `affixes`). */
  private readonly ruleRows: HunspellRules['rules'];
  private compiled: AffixRules | null = null;
  /** The flags some suffix rule's continuation flags hold (a rule of such a flag may take a second suffix); found on first use. */
  private continuingFlags: Set<string> | null = null;
  /** Per flag, the suffix rules whose continuation flags hold it (the second suffix level), table order; found on demand. */
  private readonly continuingRules = new Map<string, Rule[]>();
  /** The same as tries, built on demand. */
  private readonly continuing = new Map<string, AffixNode<RuleList>>();
  /**
   * Analyses by form, outside compounds [0] and as a compound's last part [1]: a word's case variants, its readings
   * and compound parts ask again. Keyed by the form itself, which its caller holds already (a key joined with the mode
   * was a new string per entry), and a form with no analysis shares one empty list: most of a German word's compound
   * cuts have none.
   */
  private readonly analysed: readonly [Map<string, readonly Analysis[]>, Map<string, readonly Analysis[]>] = [new Map(), new Map()];
  /** Parsed entries by stem, none included: the rules of one word build the same stems many times. */
  private readonly stemEntries = new Map<string, readonly Entry[]>();
  private readonly special: HunspellRules['special'];
  /** The form as the table writes its stems: ignored characters dropped, conversions applied. */
  private readonly normalised: (word: string) => string;
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
    this.normalised = stemForm(table);
    this.ruleRows = table.rules;
  }

  /**
   * The affix rules by added text and as tries, compiled on first use: a table asked only whether a word is one of its
   * stems (a name in a text of another language, see lemma.ts) never needs them, and compiling the conditions of
   * French or Spanish (5,000–7,000 rules) costs 20–40 ms of a process that adds one document.
   */
  private get affixes(): AffixRules {
    this.compiled ??= affixRules(this.ruleRows);
    return this.compiled;
  }

  /** Compiles the affix rules now rather than on the first analysis (a process that preloads its tables). */
  compileRules(): void {
    void this.affixes;
  }

  /** Whether the affix rules have been compiled yet: the work done, for tests of what a stem look-up costs. */
  get rulesCompiled(): boolean {
    return this.compiled !== null;
  }

  /** Whether the dictionary lets words be glued into compounds (German). */
  get compounds(): boolean {
    return Boolean(this.special.COMPOUNDBEGIN || this.special.COMPOUNDFLAG);
  }

  /** Every analysis of a form as written, best first (the stem itself, then the shortest affix). */
  analyse(word: string, inCompound = false): readonly Analysis[] {
    const cache = this.analysed[inCompound ? 1 : 0];
    let found = cache.get(word);
    if (!found) {
      if (this.analysed[0].size + this.analysed[1].size >= CACHE_SIZE) for (const other of this.analysed) other.clear();
      const fresh = this.analyseAfresh(word, inCompound);
      found = fresh.length > 0 ? fresh : NO_ANALYSES;
      cache.set(word, found);
    }
    return found;
  }

  private analyseAfresh(word: string, inCompound: boolean): Analysis[] {
    this.analysesDone++;
    const form = this.normalised(word);
    const found: Analysis[] = [];
    this.inCompound = inCompound;
    for (const entry of this.entries(form)) if (this.usable(entry.flags, false)) found.push({ lemma: form, pos: entry.pos });
    this.stripSuffixes(form, '', found, true);
    this.stripPrefixes(form, found);
    return found;
  }

  /**
   * The analyses of a form as a dictionary stem on its own, without affixes: a look-up, where `analyse` tries every
   * affix the form may end or begin with.
   */
  analyseStem(word: string): Analysis[] {
    const form = this.normalised(word);
    const found: Analysis[] = [];
    this.inCompound = false;
    for (const entry of this.entries(form)) if (this.usable(entry.flags, false)) found.push({ lemma: form, pos: entry.pos });
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
    if (!this.stems.mayHold(stem)) return NO_ENTRIES;
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
    let node: AffixNode<RuleList> | undefined = requiredCont ? this.suffixesContinuing(requiredCont) : this.affixes.suffixTrie;
    const limit = Math.min(MAX_AFFIX, form.length);
    // The added texts that end the form, shortest first, read off the trie one code unit at a time from the end.
    for (let k = 0; node; k++) {
      if (node.value) this.stripSuffixList(form, form.length - k, node.value, found, outer, prefixFlag, derived);
      node = k < limit ? node.next(form.charCodeAt(form.length - 1 - k)) : undefined;
    }
  }

  /**
   * The rules of one added text on the form's first `cut` code units. A group's stem is looked up once, by its hash
   * first once the table's filter is built: most candidate stems are in no dictionary and are never built; a stem is
   * built and its condition tested only when the dictionary may hold it or a second suffix may follow.
   */
  private stripSuffixList(form: string, cut: number, list: RuleList, found: Analysis[], outer: boolean, prefixFlag: string, derived: string | undefined): void {
    const group = list.group ?? numberGroups(list);
    const baseHash = keyHash(KEY_HASH_START, form, 0, cut);
    // Per group: whether the dictionary may hold its stem (undefined until asked), the stem ('' when refused) and its entries.
    const held: boolean[] = new Array(list.groups.length);
    const stems: string[] = new Array(list.groups.length);
    const groupEntries: Array<readonly Entry[]> = new Array(list.groups.length);
    for (let r = 0; r < list.rules.length; r++) {
      const rule = list.rules[r]!;
      if (prefixFlag && !rule.cross) continue;
      const g = group[r]!;
      const { strip, condition } = list.groups[g]!;
      if (cut === 0 && !strip) continue;
      held[g] ??= this.stems.mayHoldJoined(form, cut, strip, baseHash);
      const continuing = outer && !prefixFlag && this.continues(rule.flag);
      if (!held[g] && !continuing) continue;
      let stem = stems[g];
      if (stem === undefined) {
        const built = form.slice(0, cut) + strip;
        stem = stems[g] = condition && !condition.test(built) ? '' : built;
        groupEntries[g] = stem && held[g] ? this.entries(stem) : NO_ENTRIES;
      }
      if (!stem) continue;
      for (const entry of groupEntries[g]!) {
        if (!entry.flags.includes(rule.flag) || !this.usable(entry.flags, true)) continue;
        if (prefixFlag && !entry.flags.includes(prefixFlag) && !rule.cont.includes(prefixFlag)) continue;
        found.push(derived ? { lemma: stem, pos: entry.pos, derived } : { lemma: stem, pos: entry.pos });
      }
      if (continuing) this.stripSuffixes(stem, rule.flag, found, false, '', stem);
    }
  }

  /** Whether some suffix rule may follow a rule of `flag` (its continuation flags hold it). */
  private continues(flag: string): boolean {
    if (!this.continuingFlags) {
      const flags = new Set<string>();
      for (const list of this.affixes.suffixes.values()) for (const rule of list.rules) for (let c = 0; c < rule.cont.length; c++) flags.add(rule.cont.charAt(c));
      this.continuingFlags = flags;
    }
    return this.continuingFlags.has(flag);
  }

  /**
   * The suffix rules whose continuation flags hold `flag`, in table order (by added text, then within it), found on the
   * flag's first use: French has 25,000 such pairs, and a batch meets few of its 178 flags.
   */
  private rulesContinuing(flag: string): Rule[] {
    let rules = this.continuingRules.get(flag);
    if (!rules) {
      rules = [];
      for (const list of this.affixes.suffixes.values()) for (const rule of list.rules) if (rule.cont.includes(flag)) rules.push(rule);
      this.continuingRules.set(flag, rules);
    }
    return rules;
  }

  /** The suffix rules that may follow a rule of `flag` (their continuation flags hold it) as a trie; most flags have none. */
  private suffixesContinuing(flag: string): AffixNode<RuleList> {
    let trie = this.continuing.get(flag);
    if (!trie) {
      const byAdd = new Map<string, RuleList>();
      for (const rule of this.rulesContinuing(flag)) {
        const list = byAdd.get(rule.add);
        if (list) list.rules.push(rule);
        else byAdd.set(rule.add, { rules: [rule], group: null, groups: [] });
      }
      trie = byAdd.size === 0 ? NO_AFFIXES : affixTrie(byAdd, true);
      this.continuing.set(flag, trie);
    }
    return trie;
  }

  private stripPrefixes(form: string, found: Analysis[]): void {
    const limit = Math.min(MAX_AFFIX, form.length - 1);
    // The added texts that begin the form, shortest first (none is empty), one code unit at a time.
    let node = this.affixes.prefixTrie.next(form.charCodeAt(0));
    for (let k = 1; node && k <= limit; node = node.next(form.charCodeAt(k)), k++) {
      const rules = node.value;
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

/** A table's affix rules: suffixes and prefixes by the text they add, and the same as tries read from the word's ends. */
interface AffixRules {
  suffixes: Map<string, RuleList>;
  prefixes: Map<string, Rule[]>;
  suffixTrie: AffixNode<RuleList>;
  prefixTrie: AffixNode<Rule[]>;
}

/** Compiles a table's rule rows, each condition once. */
function affixRules(ruleRows: HunspellRules['rules']): AffixRules {
  const suffixes = new Map<string, RuleList>();
  const prefixes = new Map<string, Rule[]>();
  const conditions = new Map<string, RegExp>();
  // Indexed loops rather than destructuring: this runs once per table, before V8 has optimised it, where each
  // destructured array costs an iterator (French and Spanish have 5,000–7,000 rules).
  for (let r = 0; r < ruleRows.length; r++) {
    const row = ruleRows[r]!;
    const kind = row[0];
    const condition = row[5];
    let pattern: RegExp | null = null;
    if (condition) {
      pattern = conditions.get(kind + condition) ?? null;
      if (!pattern) {
        pattern = safeRegExp(kind === 'S' ? `${condition}$` : `^${condition}`);
        conditions.set(kind + condition, pattern);
      }
    }
    const add = row[3];
    const rule = { flag: row[1], strip: row[2], add, cont: row[4], condition: pattern, cross: row[6] === 1 };
    if (kind === 'S') {
      const list = suffixes.get(add);
      if (list) list.rules.push(rule);
      else suffixes.set(add, { rules: [rule], group: null, groups: [] });
    } else {
      const list = prefixes.get(add);
      if (list) list.push(rule);
      else prefixes.set(add, [rule]);
    }
  }
  return { suffixes, prefixes, suffixTrie: affixTrie(suffixes, true), prefixTrie: affixTrie(prefixes, false) };
}
