import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo, languageMemo, RecentCache } from './memo.js';

test('a recent cache drops the entry used longest ago, and a read counts as a use', () => {
  const cache = new RecentCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.get('a'), 1); // a is now newer than b
  cache.set('c', 3);
  assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [1, undefined, 3]);
});

test('a bounded memo keeps the keys in use when it turns over, and forgets those unused for a generation', () => {
  const computed: string[] = [];
  const upper = boundedMemo((key) => {
    computed.push(key);
    return key.toUpperCase();
  }, 4);
  // Generations of two entries: "hot" is asked between newcomers, so each turnover finds it in use.
  for (const key of ['hot', 'a', 'hot', 'b', 'hot', 'c', 'hot', 'd', 'hot']) assert.equal(upper(key), key.toUpperCase());
  assert.deepEqual(computed, ['hot', 'a', 'b', 'c', 'd']);
  // "a" went unused for two turnovers: it is computed again.
  upper('a');
  assert.deepEqual(computed, ['hot', 'a', 'b', 'c', 'd', 'a']);
});

test('a bounded memo caches null results (a name no table knows), and a language memo keeps each language apart within one bound', () => {
  let calls = 0;
  const none = boundedMemo(() => {
    calls++;
    return null;
  }, 10);
  none('x');
  none('x');
  assert.equal(calls, 1);
  const computed: string[] = [];
  const tagged = languageMemo((language, word) => {
    computed.push(`${language}:${word}`);
    return `${word}/${language}`;
  }, 4);
  assert.equal(tagged('de', 'Haus'), 'Haus/de');
  assert.equal(tagged('en', 'Haus'), 'Haus/en');
  tagged('de', 'Haus');
  // Two entries set in all languages together fill a generation: four more turn it over twice, and "Haus" in German,
  // unused since, is computed again.
  for (const [language, word] of [['fr', 'maison'], ['es', 'casa'], ['it', 'casa'], ['pt', 'casa']] as const) tagged(language, word);
  tagged('de', 'Haus');
  assert.deepEqual(computed, ['de:Haus', 'en:Haus', 'fr:maison', 'es:casa', 'it:casa', 'pt:casa', 'de:Haus']);
});
