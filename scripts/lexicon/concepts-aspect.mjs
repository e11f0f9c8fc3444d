// Russian aspect pairs for the concept bridge: a perfective verb → its imperfective partner ("заявить" →
// "заявлять"). The bilingual dictionaries mostly gloss one verb of a pair (Mueller: the imperfective), so a
// perfective in the text had no concept. The pairs are derived by the regular rules of Russian aspect
// morphology from the verbs the tables know, and each is kept only when OpenCorpora (through `az`) knows the
// derived word as an infinitive of the other aspect. The rules are data: nothing here is tied to a text.

/** Imperfective ending → perfective endings (the imperfective's suffix removed, consonant alternations undone). */
const SUFFIX_RULES = [
  ['ывать', ['ать', 'ыть']],
  ['ивать', ['ать', 'ить', 'еть']],
  ['авать', ['ать']],
  ['зывать', ['звать']],
  ['сходить', ['зойти']],
  ['дходить', ['дойти']],
  ['бходить', ['бойти']],
  ['тходить', ['тойти']],
  ['ходить', ['йти']],
  ['водить', ['вести']],
  ['возить', ['везти']],
  ['носить', ['нести']],
  ['инать', ['ать', 'нуть']],
  ['имать', ['ять', 'нять']],
  ['оминать', ['омнить']],
  ['ждать', ['дить']],
  ['щать', ['тить', 'стить']],
  ['чать', ['тить', 'чить']],
  ['шать', ['сить', 'шить']],
  ['жать', ['зить', 'жить', 'дить']],
  ['влять', ['вить']],
  ['блять', ['бить']],
  ['плять', ['пить']],
  ['млять', ['мить']],
  ['ять', ['ить', 'еть']],
  ['ать', ['ить', 'нуть']],
];
/**
 * Prefixes that make a perfective of a borrowed verb in -овать ("фиксировать" → "зафиксировать"); on other simple
 * verbs a prefix mostly changes the meaning too ("писать" → "описать"), so only these verbs take them.
 */
const PREFIXES = ['по', 'за', 'о', 'об', 'с', 'со', 'на', 'у', 'вы', 'про', 'под', 'при', 'раз', 'рас', 'из', 'ис', 'от', 'пере', 'в'];
const REFLEXIVE = /(ся|сь)$/u;

/** Perfective infinitives that may pair with an imperfective one, by rule (not yet checked against the dictionary). */
function perfectiveCandidates(verb) {
  const reflexive = REFLEXIVE.exec(verb)?.[0] ?? '';
  const base = reflexive ? verb.slice(0, -reflexive.length) : verb;
  const candidates = new Set();
  for (const [ending, replacements] of SUFFIX_RULES) {
    if (!base.endsWith(ending) || base.length - ending.length < 2) continue;
    // "-авать", "-ывать", "-ивать" have rules of their own: "ать" → "ить" would make "передавить" of "передавать".
    if (ending === 'ать' && base.endsWith('вать')) continue;
    for (const replacement of replacements) candidates.add(base.slice(0, -ending.length) + replacement + (reflexive && reflexiveAfter(replacement)));
  }
  if (/овать(ся|сь)?$/u.test(verb)) for (const prefix of PREFIXES) candidates.add(prefix + verb);
  candidates.delete(verb);
  return candidates;
}

/** The reflexive ending a verb takes: "-ся" after a consonant ("начаться"), "-сь" after a vowel ("разойтись"). */
function reflexiveAfter(verb) {
  return /[аеёиоуыэюя]$/u.test(verb) ? 'сь' : 'ся';
}

/**
 * Reflexive verbs the tables lack whose plain verb they know or pair (`[reflexive, plain]`: "завершиться" →
 * "завершить"), each known to OpenCorpora as an infinitive.
 */
export function reflexiveLinks(verbs, known, parse) {
  const links = [];
  for (const verb of verbs) {
    if (REFLEXIVE.test(verb) || !/(ть|ти|чь)$/u.test(verb)) continue;
    const reflexive = verb + reflexiveAfter(verb);
    if (!known.has(reflexive) && parse(reflexive).some((p) => p.known && p.lemma === reflexive && p.tags.has('INFN'))) links.push([reflexive, verb]);
  }
  return links;
}

/**
 * Pairs `[perfective, imperfective]` for every imperfective infinitive among `lemmas` (a language's table keys),
 * each confirmed by `parse` (OpenCorpora readings: { lemma, tags, known }).
 */
export function aspectPairs(lemmas, parse) {
  const infinitive = (word, aspect) => parse(word).some((p) => p.known && p.lemma === word && p.tags.has('INFN') && p.tags.has(aspect));
  const pairs = [];
  for (const verb of lemmas) {
    if (!/(ть|ти|чь)(ся|сь)?$/u.test(verb) || !infinitive(verb, 'impf')) continue;
    for (const candidate of perfectiveCandidates(verb)) if (infinitive(candidate, 'perf')) pairs.push([candidate, verb]);
  }
  return pairs;
}
