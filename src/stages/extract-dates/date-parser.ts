import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';

/** What the date stages ask of chrono-node: the expressions of a text, read against a reference date. */
export interface DateParser {
  parse(text: string, reference?: Date): chrono.ParsedResult[];
}

/** The part of a chrono-node locale module (`chrono-node/<code>`) used here. */
interface ChronoLocale {
  Chrono: new (configuration: ChronoConfiguration) => DateParser;
  casual: ChronoConfiguration;
}

/** A chrono-node configuration: its parsers, then its refiners. */
interface ChronoConfiguration {
  parsers: chrono.Parser[];
  refiners: chrono.Refiner[];
}

const parsers = new Map<string, DateParser>();
const require = createRequire(import.meta.url);
const locales = new Map<string, boolean>();

/** Whether chrono-node has a locale for a language code (`chrono-node/<code>`: it, nl, pt, zh, ja… besides those with a table here). */
export function hasLocale(code: string): boolean {
  let found = locales.get(code);
  if (found === undefined) {
    found = /^[a-z]{2}$/.test(code);
    try {
      if (found) require.resolve(`chrono-node/${code}`);
    } catch {
      found = false;
    }
    locales.set(code, found);
  }
  return found;
}

/**
 * The chrono-node parser of a language (English when chrono has none), loaded on its first use: chrono's index loads
 * all its locales, a third of a CPU-second at start-up, where a batch in English needs one.
 */
export function dateParser(language: string | null): DateParser {
  const code = language && hasLocale(language) ? language : 'en';
  let parser = parsers.get(code);
  if (!parser) {
    const locale = require(`chrono-node/${code}`) as ChronoLocale;
    parser = new locale.Chrono({ parsers: locale.casual.parsers.map(withSettledPattern), refiners: locale.casual.refiners });
    parsers.set(code, parser);
  }
  return parser;
}

/**
 * A chrono parser whose pattern is built on its first use only. Chrono asks each parser for its pattern on every
 * parse, and several rebuild it each time (the French and German time-unit parsers, `RUTimeUnitWithinFormatParser`
 * build a new RegExp per call: a quarter of the cost of reading a French paragraph); the pattern depends only on the
 * parsing options, which are always the defaults here. Chrono's patterns carry neither the `g` nor the `y` flag, so
 * one RegExp object can serve every parse.
 */
export function withSettledPattern(parser: chrono.Parser): chrono.Parser {
  let pattern: RegExp | null = null;
  return {
    pattern: (context) => (pattern ??= quickerToCompile(parser.pattern(context))),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** A bounded run of white space in a pattern's source (`\\s{0,3}`), as chrono writes them between the words of an expression. */
const BOUNDED_SPACE = /\\s\{0,\d+\}/g;

/**
 * The pattern with its bounded runs of white space unbounded. V8 compiles a pattern to machine code on its second use,
 * and unrolls each bounded repetition: chrono's English "3 days ago" and "3 days later" patterns, with twenty such runs
 * inside a group repeated up to ten times, took 0.3 CPU-s each to compile (0.06 s unbounded), once per process and
 * worker. A text whose words stand more than five spaces apart inside one date expression is read as one expression.
 */
function quickerToCompile(pattern: RegExp): RegExp {
  const source = pattern.source.replace(BOUNDED_SPACE, '\\s*');
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}
