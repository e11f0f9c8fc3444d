/** A regular expression as its source and flags, compiled where it is used. */
export type PatternSource = Pick<RegExp, 'source' | 'flags'>;

/**
 * Builds a citation-cue pattern from a template in which `{source}` stands for
 * a proper name: up to six capitalised words, acronyms or numbers
 * ("RIA Novosti", "RFE/RL", "Ukraine 24", "Агентство Франс Пресс").
 * Bounded repetition keeps matching linear on pathological text. The pattern is
 * left as its source for the stage to compile: each Unicode property class
 * costs V8 about 40 µs to parse, and building the 32 cues of the six languages
 * took 16 ms of every start and every worker, where a document needs one
 * language's.
 */
export function cue(template: string, flags = 'u'): PatternSource {
  // A period belongs to a name only inside it ("RIA.ru", "U.S"), never at its end ("Анадолу. Движение").
  const inner = String.raw`(?:[\p{L}\p{N}/&'’-]|\.(?=[\p{L}\p{N}])){0,40}`;
  const word = String.raw`[\p{Lu}]${inner}`;
  const next = String.raw`(?:\s(?:[\p{Lu}\d]${inner}|de|of|des|der|del|für|y|и|і|і))`;
  const name = String.raw`(?<source>${word}${next}{0,5})`;
  // Scraped text is full of no-break spaces: a space in a template matches any run of white space.
  return { source: template.replace(/ /g, String.raw`\s+`).replace('{source}', name), flags };
}
