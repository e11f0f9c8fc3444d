import type { RelationSource } from './detect-relations.js';

/** A document for relation tests: its sentences joined by spaces, with their spans and no anchors. */
export function documentOf(id: string, language: string | null, sentences: readonly string[], extra: Partial<RelationSource> = {}): RelationSource {
  let text = '';
  const spans: Array<[number, number]> = [];
  for (const sentence of sentences) {
    spans.push([text.length, text.length + sentence.length]);
    text += `${sentence} `;
  }
  return { id, language, published: null, text, story: null, sentences: spans, anchors: spans.map(() => new Set<string>()), ...extra };
}

/** A short English report and its Russian translation, sentence by sentence; the second sentence has no name, figure or date. */
export const BUDGET_EN = [
  'The city council approved a new budget for the hospital on Tuesday.',
  'First on the list was water.',
  'The mayor said the money would pay for doctors and nurses.',
  'Work on the new building will begin in the spring.',
  'Residents welcomed the decision.',
];
export const BUDGET_RU = [
  'Городской совет во вторник утвердил новый бюджет больницы.',
  'Первой в списке была вода.',
  'Мэр сказал, что деньги пойдут на оплату врачей и медсестёр.',
  'Строительство нового здания начнётся весной.',
  'Жители приветствовали решение.',
];
/** A Russian report of a football final: another story altogether. */
export const FINAL_RU = ['Хозяева выиграли финал кубка по пенальти.', 'Их вратарь отбил два удара.', 'Болельщики праздновали на улицах до утра.'];
