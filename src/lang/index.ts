import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import type { LanguageTable } from './types.js';

export type { LanguageTable, Phrase, RemovedKind, CitationCue, BoilerplateTable, NumberTable } from './types.js';

/** Every language Triangulate has tables for. Adding a language is adding its file here. */
export const languages: readonly LanguageTable[] = [en, fr, ru, uk, de, es].map(withoutPrototypes);

/**
 * The tables' records (number words, scales, units, currencies…) are looked up with words of the text. As object
 * literals they would also answer "constructor", "toString" or "__proto__" with Object.prototype's members: "the
 * constructor told reporters" came out as a figure of no value. Every plain object of a table loses its prototype once,
 * here, so that only the words the table lists are found.
 */
function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) value.forEach(withoutPrototypes);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    Object.values(value).forEach(withoutPrototypes);
    Object.setPrototypeOf(value, null);
  }
  return value;
}

const byCode = new Map(languages.map((table) => [table.code, table]));

/** The table for an ISO 639-1 code, or null when Triangulate has none. */
export function languageTable(code: string | null | undefined): LanguageTable | null {
  return (code && byCode.get(code)) || null;
}

/** The two-letter code an input's declared language starts with ("de-DE", "EN" → "de", "en"), or null when none is declared. */
export function declaredCode(declared: string | null | undefined): string | null {
  return declared ? declared.toLowerCase().slice(0, 2) : null;
}
