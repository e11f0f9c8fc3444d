// Readers for the concept bridge's sources: dictd dictionaries (.index + .dict.dz) and
// Apertium bilingual transducers (compiled .autobil.bin, printed by lttoolbox's lt-print).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';

/** Longest lemma read from a transducer, in characters (longer paths are patterns, not words). */
const MAX_LEMMA_CHARS = 40;
/** Steps of the walk of one transducer section; a section that needs more is a pattern (URLs). */
const MAX_SECTION_VISITS = 1_000_000;
const DICTD_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a dictd index number (base64 digits, most significant first). */
function dictdNumber(text) {
  let value = 0;
  for (const char of text) value = value * 64 + DICTD_BASE64.indexOf(char);
  return value;
}

/**
 * Every article of a dictd dictionary once, in file order (several index keys may point to
 * one article): [{ offset, text }]. The first line of `text` is the article's header.
 */
export function readDictd(basePath) {
  const index = fs.readFileSync(`${basePath}.index`, 'utf8');
  const data = zlib.gunzipSync(fs.readFileSync(`${basePath}.dict.dz`));
  const seen = new Set();
  const articles = [];
  for (const line of index.split('\n')) {
    const [key, offsetText, lengthText] = line.split('\t');
    if (!key || !lengthText || key.startsWith('00-database')) continue;
    const offset = dictdNumber(offsetText);
    if (seen.has(offset)) continue;
    seen.add(offset);
    articles.push({ offset, text: data.subarray(offset, offset + dictdNumber(lengthText)).toString('utf8') });
  }
  return articles.sort((a, b) => a.offset - b.offset);
}

/**
 * Every path of an Apertium bilingual transducer as [source, target] lexical units such as
 * ['уряд<n><m><nn>', 'правительство<n><nt><nn>'], by a depth-first walk of lt-print's AT&T
 * listing (sections separated by `--`; a state already on the path ends the walk: no loops).
 */
export function readApertiumPairs(binPath) {
  const listing = execFileSync('lt-print', [binPath], { maxBuffer: 1 << 30 }).toString('utf8');
  const pairs = [];
  for (const section of listing.split(/^--$/m)) walkSection(section, pairs);
  return pairs;
}

function walkSection(section, pairs) {
  const arcs = new Map();
  const finals = new Set();
  for (const line of section.split('\n')) {
    const fields = line.split('\t');
    if (fields.length >= 4) {
      const from = Number(fields[0]);
      if (!arcs.has(from)) arcs.set(from, []);
      arcs.get(from).push([Number(fields[1]), symbol(fields[2]), symbol(fields[3])]);
    } else if (fields[0] !== '' && /^\d+$/.test(fields[0])) finals.add(Number(fields[0]));
  }
  const onPath = new Set();
  const seen = new Set();
  const found = [];
  let budget = MAX_SECTION_VISITS;
  // The walk stops once both sides have reached their first tag: the lemmas and the part of
  // speech are all the bridge needs, and the tag sequences behind them multiply the paths.
  const visit = (state, source, target, sourceDone, targetDone) => {
    if (sourceDone && targetDone) {
      const key = `${source}\t${target}`;
      if (!seen.has(key)) found.push([source, target]);
      seen.add(key);
      return;
    }
    budget -= 1;
    if (budget < 0) return;
    onPath.add(state);
    for (const [next, input, output] of arcs.get(state) ?? []) {
      // Numerals are regular expressions in the transducer (digit loops): not lemmas.
      if (onPath.has(next) || /\d/u.test(input + output)) continue;
      if (source.length > MAX_LEMMA_CHARS || target.length > MAX_LEMMA_CHARS) continue;
      const inputTag = input.startsWith('<') && input.length > 1;
      const outputTag = output.startsWith('<') && output.length > 1;
      visit(
        next,
        sourceDone ? source : source + input,
        targetDone ? target : target + output,
        sourceDone || inputTag,
        targetDone || outputTag,
      );
    }
    onPath.delete(state);
  };
  visit(0, '', '', false, false);
  if (budget >= 0) pairs.push(...found);
}

function symbol(text) {
  if (text === 'ε') return '';
  if (text === '@_SPACE_@') return ' ';
  if (text === '@_TAB_@') return ' ';
  return text;
}

/** Splits an Apertium lexical unit into its lemma and its first tag ('уряд<n><m>' → ['уряд', 'n']). */
export function lexicalUnit(unit) {
  const at = unit.indexOf('<');
  const lemma = (at < 0 ? unit : unit.slice(0, at)).replace(/#/g, ' ').trim();
  const tag = at < 0 ? '' : unit.slice(at + 1, unit.indexOf('>', at));
  return [lemma, tag];
}

/** The installed version of a Debian package (`dpkg -s`), or 'unknown'. */
export function packageVersion(name) {
  try {
    const status = execFileSync('dpkg', ['-s', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    return /^Version: (.+)$/m.exec(status)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
