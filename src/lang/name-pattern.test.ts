import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languages } from './index.js';
import { cue } from './name-pattern.js';

test('a citation cue compiles to a pattern that takes the cited name, up to six words, not the stop after it', () => {
  const pattern = cue(String.raw`\b(?:told|according to) {source}`);
  assert.equal(pattern.flags, 'u');
  const compiled = new RegExp(pattern.source, pattern.flags);
  assert.equal(compiled.exec('He told RIA Novosti. Then he left')?.groups?.source, 'RIA Novosti');
  assert.equal(compiled.exec('according to\u00a0Агентство Франс Пресс on Monday')?.groups?.source, 'Агентство Франс Пресс');
  assert.equal(compiled.exec('he told nobody'), null);
});

test('every citation cue of every language compiles with the global flag the stage adds', () => {
  const cues = languages.flatMap((table) => table.citationCues);
  assert.ok(cues.length >= 30, `${cues.length} cues`);
  for (const { pattern } of cues) assert.ok(new RegExp(pattern.source, `${pattern.flags}g`).global, pattern.source);
});
