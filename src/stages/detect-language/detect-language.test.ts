import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguageModel } from './detect-language.js';

test('the shipped fastText model tells the six languages apart on article sentences', async () => {
  const model = await loadLanguageModel();
  const samples: Record<string, string> = {
    en: 'The bulk carrier ran aground in the strait on Sunday, and traffic was suspended for two days.',
    fr: 'Le vraquier s’est échoué dimanche dans le détroit, et le trafic a été suspendu pendant deux jours.',
    ru: 'Сухогруз сел на мель в проливе в воскресенье, и движение судов было приостановлено на два дня.',
    uk: 'Суховантаж сів на мілину в протоці в неділю, і рух суден було зупинено на два дні.',
    de: 'Der Frachter ist am Sonntag in der Meerenge auf Grund gelaufen, der Verkehr wurde zwei Tage lang eingestellt.',
    es: 'El granelero encalló el domingo en el estrecho y el tráfico quedó suspendido durante dos días.',
  };
  for (const [code, text] of Object.entries(samples)) assert.equal(model.identify(text).code, code, text);
  assert.deepEqual(model.identify('   '), { code: null, confidence: 0 });
});
