import iconv from 'iconv-lite';

/** What decoding found: the text and the encoding it was in, or why it could not be read. */
export type Decoded = { ok: true; text: string; encoding: string; warning?: string } | { ok: false; message: string };

/** UTF-8 with stray bytes is still read as UTF-8 when its valid non-ASCII characters outnumber the bad sequences this many times. */
const MIN_VALID_PER_INVALID = 4;

/** Legacy single-byte encodings still served by news sites, tried when a file is not UTF-8. */
const LEGACY_ENCODINGS = ['windows-1251', 'koi8-r', 'windows-1252'] as const;

/** Above this share of implausible words, no candidate encoding is believed (unit: ratio of words with non-ASCII letters). */
const MAX_IMPLAUSIBLE_RATIO = 0.35;

/** Bytes looked at to tell binary from text. */
const SNIFF_BYTES = 8192;

/** Magic numbers of binary formats people drop into article folders by mistake. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Decodes file bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM,
 * a charset declared in HTML, or the most plausible of Windows-1251, KOI8-R
 * and Windows-1252. Binary and undecodable input gets a message instead.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, message: `this is ${binary}, not article text; convert it to text or HTML first` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a declared charset or a legacy single-byte encoding
  }
  const repaired = decodeUtf8Leniently(bytes, declared !== null && /^utf-?8$/i.test(declared));
  if (repaired) return repaired;
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return { ok: true, text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toLowerCase() };
  }
  return guessLegacy(bytes);
}

/**
 * UTF-8 with a few stray bytes (a Windows-1252 quote pasted into a UTF-8
 * page) is decoded with U+FFFD in their place, and says so. It must look
 * like UTF-8: declared so with at least as many valid non-ASCII characters
 * as bad sequences, or undeclared with far more.
 */
function decodeUtf8Leniently(bytes: Uint8Array, declaredUtf8: boolean): Decoded | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f) valid++;
  }
  const needed = declaredUtf8 ? 1 : MIN_VALID_PER_INVALID;
  if (invalid === 0 || valid < invalid * needed) return null;
  const warning = `${invalid} byte sequence${invalid === 1 ? ' is' : 's are'} not valid UTF-8 and ${invalid === 1 ? 'was' : 'were'} replaced by \ufffd; the rest was read as UTF-8`;
  return { ok: true, text, encoding: 'utf-8', warning };
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((byte, i) => bytes[i] === byte)) return name;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'a binary file (it contains NUL bytes)';
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05 ? 'a binary file (it is mostly control characters)' : null;
}

function guessLegacy(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: { text: string; encoding: string; ratio: number } | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const text = iconv.decode(buffer, encoding);
    const ratio = implausibleRatio(text);
    if (!best || ratio < best.ratio) best = { text, encoding, ratio };
  }
  if (!best || best.ratio > MAX_IMPLAUSIBLE_RATIO) {
    return { ok: false, message: 'the text is not UTF-8 and does not read as Windows-1251, KOI8-R or Windows-1252; save it as UTF-8' };
  }
  return { ok: true, text: best.text, encoding: best.encoding };
}

/**
 * Share of words with non-ASCII letters that a wrong decoding would produce:
 * words mixing Latin and Cyrillic ("cafй"), Latin words made mostly of
 * accented letters ("Ïðîòåñòû" is Cyrillic read as Windows-1252), and words
 * whose case flips inside ("пРОТЕСТЫ" is Windows-1251 read as KOI8-R).
 */
export function implausibleRatio(text: string): number {
  let words = 0;
  let bad = 0;
  for (const match of text.slice(0, 200_000).matchAll(/[\p{L}]+/gu)) {
    const word = match[0];
    if (!/[^\x00-\x7f]/.test(word)) continue;
    words++;
    const latin = (word.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
    const cyrillic = (word.match(/[\u0400-\u04ff]/g) ?? []).length;
    const accented = (word.match(/[\u00c0-\u024f]/g) ?? []).length;
    if (latin > 0 && cyrillic > 0) bad++;
    else if (word.length >= 3 && accented > word.length / 2) bad++;
    else if (/\p{Ll}\p{Lu}/u.test(word)) bad++;
    else if (/[^\p{L}]/u.test(word)) bad++;
  }
  for (const _ of text.slice(0, 200_000).matchAll(/[\u0080-\u009f\u00a4\u00a6\u00a8\u00ac\u00af\u00b1-\u00b3\u00b5\u00b8-\u00ba\u00bc-\u00be\u00d7\u00f7\u2020\u2021\u2030\u0192\u02c6\u02dc\ufffd]/g)) bad++;
  return words === 0 ? (bad > 0 ? 1 : 0) : bad / words;
}
