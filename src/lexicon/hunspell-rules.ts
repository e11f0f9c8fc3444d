/** One affix rule of a compiled Hunspell table, its condition compiled (conditions are shared RegExp objects). */
export interface Rule {
  flag: string;
  strip: string;
  add: string;
  cont: string;
  condition: RegExp | null;
  cross: boolean;
}

/**
 * The suffix rules that add one text, in table order, with the rules that strip the same text under the same
 * condition numbered as one group: a group's stem is built, tested and looked up once for all its rules. The groups
 * are numbered on the list's first use (`numberGroups`): most of a table's lists are never used in a batch.
 */
export interface RuleList {
  rules: Rule[];
  /** The group of each rule; null until numbered. */
  group: number[] | null;
  /** Each group's strip and condition (those of its first rule); empty until numbered. */
  groups: Array<Pick<Rule, 'strip' | 'condition'>>;
}

/** Numbers a list's rules by group of equal strip and condition (conditions are shared RegExp objects), in table order. */
export function numberGroups(list: RuleList): number[] {
  const { groups } = list;
  const group = list.rules.map((rule) => {
    // Lists are short (48 rules at most, in Ukrainian): a scan of the groups so far is cheaper than a keyed map.
    for (let g = 0; g < groups.length; g++) if (groups[g]!.strip === rule.strip && groups[g]!.condition === rule.condition) return g;
    groups.push({ strip: rule.strip, condition: rule.condition });
    return groups.length - 1;
  });
  list.group = group;
  return group;
}

/** A Hunspell condition as a regular expression; a malformed one matches nothing rather than throwing. */
export function safeRegExp(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return /(?!)/;
  }
}
