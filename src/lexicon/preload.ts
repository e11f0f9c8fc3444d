import { languages } from '../lang/index.js';
import { loadMorphology } from './lemma.js';
import { firstName } from './names.js';
import { place } from './places.js';

/**
 * Loads the tables of every language now rather than on each language's first word (about 1.3 CPU-seconds once
 * per process or worker): for benchmarks, which time documents and report this start-up apart.
 */
export function preloadLexicon(): void {
  for (const table of languages) {
    if (!table.lexicon) continue;
    loadMorphology(table.code);
    place('Preload', table.code);
    firstName('Preload', table.code);
  }
}
