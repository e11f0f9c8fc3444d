export { lemma, lemmatize, MAX_COMPOUND, type Lemma } from './lemma.js';
export { place, placeOfAdjective, type Place } from './places.js';
export { romanise, type RomanisationScheme } from './romanise.js';
export { baseKey, nameKeys, firstName, type NameKeys, type FirstName } from './names.js';
export { concepts, sharedConcepts } from './concepts.js';
export { wordConcepts, NAME_CONCEPT } from './word-concepts.js';
