import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analysePaths, tempDir } from '../../test-support.js';

/** The dossier's quotes of one article as [quoted words, speaker entity name, words naming the speaker]. */
async function quotesOf(text: string): Promise<Array<[string, string | null, string | null]>> {
  const dir = tempDir();
  writeFileSync(join(dir, 'article.txt'), text);
  const dossier = (await analysePaths([dir])) as unknown as {
    entities: Array<{ id: string; name: string }>;
    quotes: Array<{ kind: string; text: string; speaker: string | null; speakerSpan: [number, number] | null }>;
  };
  const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
  return dossier.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker === null ? null : names.get(q.speaker) ?? null, q.speakerSpan ? text.slice(q.speakerSpan[0], q.speakerSpan[1]) : null]);
}

test('a pronoun goes to the nearest earlier person of its gender', async () => {
  const quotes = await quotesOf(
    'Harbour talks in Port Elvan\n\nMrs. Selma Virtanen met Mr. Arvid Holm at the harbour of Port Elvan on Monday.\n\nMr. Holm spoke first about the repairs.\n\n“The harbour must reopen before the winter comes,” she said.',
  );
  assert.deepEqual(quotes, [['The harbour must reopen before the winter comes', 'Selma Virtanen', 'she']]);
});

test('a description of a medium speaks for the organisation named before it', async () => {
  const quotes = await quotesOf(
    'Harbour talks in Port Elvan\n\nThe Elvan Gazette Company published the harbour accounts on Monday.\n\n“Nobody at the port authority has explained where the money went,” the newspaper wrote.',
  );
  assert.deepEqual(quotes, [['Nobody at the port authority has explained where the money went', 'Elvan Gazette Company', 'the newspaper']]);
});
