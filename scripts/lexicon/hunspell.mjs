// Compiles a Hunspell dictionary (.aff + .dic) into one compact table for src/lexicon/hunspell.ts: its first
// line the affix rules as JSON (flags decoded to single characters), then the stems, sorted in code-unit order
// (the runtime finds a stem by binary search in the text as read), each with its flags and, where the
// dictionary gives it (French "po:nom"), a part of speech; a stem listed twice (homonyms) is one line. Affixes are stripped at lookup time rather than
// expanded here: Ukrainian alone expands to millions of forms, which would not fit the size budget.
import { readFileSync } from 'node:fs';

/** Splits a flag field by the dictionary's FLAG mode into an array of flag strings. */
function splitFlags(field, mode) {
  if (!field) return [];
  if (mode === 'long') return field.match(/../gu) ?? [];
  if (mode === 'num') return field.split(',').filter(Boolean);
  return [...field];
}

/** Reads an .aff file: FLAG mode, special flags, IGNORE characters and the SFX/PFX rules. */
export function parseAff(text) {
  const aff = { mode: 'char', special: {}, ignore: '', iconv: [], rules: [], cross: {} };
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    const parts = line.trim().split(/\s+/);
    const head = parts[0];
    if (head === 'FLAG') aff.mode = parts[1] === 'UTF-8' ? 'char' : parts[1];
    else if (['NEEDAFFIX', 'FORBIDDENWORD', 'ONLYINCOMPOUND', 'COMPOUNDBEGIN', 'COMPOUNDMIDDLE', 'COMPOUNDEND', 'COMPOUNDFLAG', 'COMPOUNDPERMITFLAG', 'CIRCUMFIX', 'KEEPCASE'].includes(head) && parts[1]) aff.special[head] = parts[1];
    else if (head === 'IGNORE') aff.ignore = parts[1] ?? '';
    else if (head === 'ICONV' && parts.length === 3) aff.iconv.push([parts[1], parts[2]]);
    else if ((head === 'SFX' || head === 'PFX') && parts.length >= 4) {
      if (parts.length === 4 && /^\d+$/.test(parts[3]) && (parts[2] === 'Y' || parts[2] === 'N')) {
        aff.cross[parts[1]] = parts[2] === 'Y';
        continue;
      }
      const [, flag, strip, addField, condition = '.'] = parts;
      const [add, cont = ''] = addField.split('/');
      aff.rules.push({ kind: head === 'SFX' ? 'S' : 'P', flag, strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, cont, condition });
    }
  }
  return aff;
}

/** Maps every flag the dictionary uses to one private-use character, so the runtime reads flags as plain strings. */
function flagCoder(mode) {
  const codes = new Map();
  return (field) =>
    splitFlags(field, mode)
      .map((flag) => {
        if (!codes.has(flag)) codes.set(flag, String.fromCodePoint(0xe000 + codes.size));
        return codes.get(flag);
      })
      .join('');
}

/** Reads a .dic file into `stem → flags` lines, keeping a part of speech from "po:" fields when present. */
function parseDic(text, code, ignore) {
  const lines = text.split(/\r?\n/).slice(1);
  const out = [];
  const strip = ignore ? new RegExp(`[${ignore.replace(/[\]\\^-]/g, '\\$&')}]`, 'gu') : null;
  for (const raw of lines) {
    if (!raw || /^\s/.test(raw)) continue;
    const [entry, ...morph] = raw.split(/\t|\s+(?=\p{L}{2}:)/u);
    const slash = entry.search(/(?<!\\)\//);
    let stem = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/').trim();
    if (strip) stem = stem.replace(strip, '');
    if (!stem || /\s/.test(stem)) continue;
    const flags = slash < 0 ? '' : code(entry.slice(slash + 1).trim());
    const pos = morph.join(' ').match(/po:(\S+)/)?.[1] ?? '';
    out.push(pos ? `${stem}\t${flags}\t${pos}` : flags ? `${stem}\t${flags}` : stem);
  }
  return out;
}

/** Compiles one dictionary into the table the runtime loads. */
export function compileHunspell(affPath, dicPath) {
  const aff = parseAff(readFileSync(affPath, 'utf8'));
  const code = flagCoder(aff.mode);
  const special = Object.fromEntries(Object.entries(aff.special).map(([k, v]) => [k, code(v)]));
  const rules = aff.rules.map((r) => [r.kind, code(r.flag), r.strip, r.add, code(r.cont), r.condition === '.' ? '' : r.condition, aff.cross[r.flag] ? 1 : 0]);
  const stems = parseDic(readFileSync(dicPath, 'utf8'), code, aff.ignore);
  const header = { format: 'triangulate.hunspell/2', special, ignore: aff.ignore, iconv: aff.iconv, rules };
  return [JSON.stringify(header), ...sortedStems(stems)].join('\n');
}

/** Joins the entries of a stem listed more than once, as src/lexicon/hunspell.ts reads them. */
const ENTRY_SEPARATOR = '\u0001';

/** `stem\tentry` lines, one a stem (its entries joined, in dictionary order), sorted by stem in code-unit order. */
function sortedStems(lines) {
  const byStem = new Map();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const stem = tab < 0 ? line : line.slice(0, tab);
    const entry = tab < 0 ? '' : line.slice(tab + 1);
    byStem.set(stem, byStem.has(stem) ? `${byStem.get(stem)}${ENTRY_SEPARATOR}${entry}` : entry);
  }
  return [...byStem.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((stem) => `${stem}\t${byStem.get(stem)}`);
}
