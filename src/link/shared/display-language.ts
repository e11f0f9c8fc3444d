/**
 * The dossier's reading language: where sources in several languages say the
 * same thing (a claim, a timeline event, an entity's name), the wording of a
 * source in this language is shown. A product choice, not language knowledge.
 */
export const DISPLAY_LANGUAGE = 'en';
