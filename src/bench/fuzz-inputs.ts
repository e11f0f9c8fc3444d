import iconv from 'iconv-lite';
import { seededRandom } from '../link/stories/synthetic.js';

/** A seeded generator for a campaign that can be replayed. */
export const createRandom = seededRandom;

/** One generated input: a file name (its extension picks the format) and its bytes. */
export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** Pieces repeated into floods: the shapes that were once super-linear. */
export const FLOOD_PIECES = [
  '<br>', ' <wbr>', ' <!---->', '<span> </span>', '<a href="#">click</a>', '<div/>', '<', '<p>Para graph text. </p>', '<div>\n</div>', '<script>x',
  'J. R. R. ', 'U.S. ', 'В. В. ', 'Mr. Smith ', 'Jan. ', 'e.g. ', 'The cat sat on the mat. ', 'John says:\n', 'PARIS, Jan 17 (Reuters) - ',
  '«', '"', '“Quote,” he said. ', '1,000,000 ', '12.5% ', '$3bn ', '2022-01-05 ', 'http://example.com/a ', '#tag ', '@user ', '。', '！？',
  // Words that an object answers with its own members, where the text's words are looked up in tables.
  'two constructor toString __proto__ hasOwnProperty, he said. ',
];
const DEEP_OPENERS = ['<div>', '<b>', '<table><tr><td>', '<ul><li>', '<blockquote>', '<span>', '<p>'];
const EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.json', '.jsonl', '.xhtml', ''];

/** Generates the `index`-th input of a campaign from real pages (`seeds`) and the kinds below. */
export function generateInput(random: Random, index: number, seeds: readonly Uint8Array[]): FuzzInput {
  const kinds = [randomBytes, mutatePage, mutatePage, deepNesting, flood, brokenJson, mixedEncodings, spliced];
  const kind = kinds[index % kinds.length]!;
  return kind(random, index, seeds);
}

function randomBytes(random: Random, index: number): FuzzInput {
  const length = between(random, 0, 4096);
  const bytes = new Uint8Array(length);
  const printable = random() < 0.5;
  for (let i = 0; i < length; i++) bytes[i] = printable ? between(random, 32, 126) : between(random, 0, 255);
  return { name: `random-${index}${pick(random, EXTENSIONS)}`, bytes };
}

/** A real page cut, with slices deleted, duplicated or overwritten by random bytes. */
function mutatePage(random: Random, index: number, seeds: readonly Uint8Array[]): FuzzInput {
  if (seeds.length === 0) return randomBytes(random, index);
  let bytes = Buffer.from(pick(random, seeds));
  for (let step = between(random, 1, 6); step > 0; step--) {
    const at = between(random, 0, bytes.length);
    const length = between(random, 1, Math.min(4096, Math.max(1, bytes.length - at)));
    const operation = between(random, 0, 4);
    if (operation === 0) bytes = bytes.subarray(0, at);
    else if (operation === 1) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]);
    else if (operation === 2) bytes = Buffer.concat([bytes.subarray(0, at), ...Array<Buffer>(between(random, 2, 200)).fill(bytes.subarray(at, at + Math.min(length, 64))), bytes.subarray(at)]);
    else if (operation === 3) for (let i = 0; i < 16 && at + i < bytes.length; i++) bytes[at + i] = between(random, 0, 255);
    else bytes = Buffer.concat([bytes.subarray(0, at), utf8(pick(random, ['<html>', '<body>', '</html>', '<!--', '<script>', '<![CDATA[', '\u0000', '&#xD800;', '&amp', '<head>'])), bytes.subarray(at)]);
  }
  return { name: `page-${index}${pick(random, ['.html', '.html', '.htm', '.txt', ''])}`, bytes };
}

function deepNesting(random: Random, index: number): FuzzInput {
  const depth = between(random, 100, 20_000);
  if (random() < 0.3) return { name: `deep-${index}.json`, bytes: utf8(`${'['.repeat(depth)}"text"${']'.repeat(random() < 0.5 ? depth : 0)}`) };
  const opener = pick(random, DEEP_OPENERS);
  const name = opener.slice(1, opener.indexOf('>'));
  const closer = random() < 0.5 ? `</${name}>` : '';
  return { name: `deep-${index}.html`, bytes: utf8(`<html><body>${opener.repeat(depth)}Some text. More text.${closer.repeat(depth)}</body></html>`) };
}

function flood(random: Random, index: number): FuzzInput {
  const piece = pick(random, FLOOD_PIECES);
  const times = between(random, 100, Math.floor(200_000 / piece.length));
  const body = piece.repeat(times);
  const html = piece.includes('<') || random() < 0.3;
  return { name: `flood-${index}${html ? '.html' : '.txt'}`, bytes: utf8(html ? `<html><body><p>${body}</p></body></html>` : body) };
}

/** JSON and JSONL records: truncated, mistyped, nested, with odd fields. */
function brokenJson(random: Random, index: number): FuzzInput {
  const record = () => ({
    id: pick(random, ['a', '', 1, null, { x: 1 }, 'a'.repeat(300)]),
    title: pick(random, ['Title', null, 5, ['x'], '\u0000']),
    text: pick(random, ['The harbour closed on Monday, officials said.', '', null, 42, { nested: true }, '<p>html inside</p>', 'x'.repeat(10_000)]),
    published: pick(random, ['2022-01-05', 'yesterday', -1, null]),
    // Field names that are an object's own members ("__proto__" as a key of its own, as JSON.parse makes it).
    ...(random() < 0.2 ? { ['__proto__']: { text: 'inherited?' }, constructor: 'x', toString: 1 } : {}),
  });
  const records = Array.from({ length: between(random, 0, 20) }, record);
  const jsonl = random() < 0.5;
  let text = jsonl ? records.map((r) => JSON.stringify(r)).join(pick(random, ['\n', '\r\n', '\n\n', ''])) : JSON.stringify(random() < 0.2 ? { articles: records } : records);
  if (random() < 0.5) text = text.slice(0, between(random, 0, text.length));
  return { name: `json-${index}${jsonl ? '.jsonl' : '.json'}`, bytes: utf8(text) };
}

/** Text in several encodings in one file, UTF-16 without its BOM, or UTF-8 with stray bytes. */
function mixedEncodings(random: Random, index: number): FuzzInput {
  const samples = ['Протесты в Казахстане начались в воскресенье.', 'Le président a déclaré que la sécurité était rétablie.', '東京で地震があった。', 'Die Regierung hat am Montag reagiert.'];
  const parts = Array.from({ length: between(random, 2, 8) }, () => iconv.encode(pick(random, samples), pick(random, ['utf-8', 'windows-1251', 'koi8-r', 'windows-1252', 'utf-16le', 'shift_jis'])));
  const declared = random() < 0.5 ? utf8(`<meta charset="${pick(random, ['utf-8', 'windows-1251', 'bogus', 'koi8-r'])}">`) : new Uint8Array();
  return { name: `encoding-${index}${declared.length ? '.html' : '.txt'}`, bytes: Buffer.concat([declared, ...parts]) };
}

/** Two real pages glued (two `<html>`), or a page behind a stray preamble. */
function spliced(random: Random, index: number, seeds: readonly Uint8Array[]): FuzzInput {
  if (seeds.length === 0) return flood(random, index);
  const preamble = utf8(pick(random, ['<b>Warning</b>: mysql_connect() failed<br>', '<script>var x=1</script>', 'PHP Notice: undefined index\n', '']));
  return { name: `spliced-${index}.html`, bytes: Buffer.concat([preamble, pick(random, seeds), random() < 0.5 ? pick(random, seeds) : new Uint8Array()]) };
}
