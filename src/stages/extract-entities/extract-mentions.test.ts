import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strongMentions } from '../../test-support.js';

const mentions = strongMentions;

test('an initial and its full stop stay inside a name', async () => {
  assert.ok((await mentions('The title went to champions such as John L. Sullivan in the end of that long century.')).includes('John L. Sullivan:person'));
});

test('an abbreviation the language writes inside names keeps its full stop and the name after it', async () => {
  const found = await mentions('Marco Scandella was traded to the St. Louis Blues on Monday, and he later moved from St. Petersburg to the coast.');
  for (const name of ['St. Louis Blues:organization', 'St. Petersburg:place']) assert.ok(found.includes(name), found.join(' | '));
});

test('a roman numeral after a name is an ordinal, not an acronym that makes the name an organisation', async () => {
  const found = await mentions('Queen Elizabeth II visited the memorial of World War II in London on Monday, and Louis XIV was mentioned by the NATO guide.');
  for (const name of ['Elizabeth II:person', 'Louis XIV:person', 'World War II:other', 'NATO:organization']) assert.ok(found.includes(name), found.join(' | '));
});

test('a conjunction between two complete names ends the first, but not inside an institution', async () => {
  const found = await mentions('The treasure was found near the towns of Wilmslow and Macclesfield last spring, said a member of the American Academy of Arts and Letters.');
  assert.ok(found.some((m) => m.startsWith('Wilmslow:')), found.join(', '));
  assert.ok(found.some((m) => m.startsWith('Macclesfield:')), found.join(', '));
  assert.ok(found.includes('American Academy of Arts and Letters:organization'), found.join(', '));
});

test('nationality and language words are things of their own, not places or people', async () => {
  const found = await mentions('The poem was translated from Greek by an American scholar who lived in the town for many years.');
  assert.ok(found.includes('Greek:other'), found.join(', '));
  assert.ok(found.includes('American:other'), found.join(', '));
});

test('a lower-case kind of place opens French and Spanish place names', async () => {
  assert.ok((await mentions('La ville se trouve au bord du lac Taupo, loin de la capitale et de ses faubourgs industriels.')).includes('lac Taupo:place'));
  assert.ok((await mentions('La ciudad está sobre la orilla izquierda del río Misuri, que la separa del estado vecino.')).includes('río Misuri:place'));
});

test('a lower-case kind just before an unknown name types it', async () => {
  const found = await mentions('Years later he crossed the river Plumtree and joined the band Zorblax with the singer Quimby.');
  assert.ok(found.includes('Plumtree:place'), found.join(', '));
  assert.ok(found.includes('Zorblax:organization'), found.join(', '));
  assert.ok(found.includes('Quimby:person'), found.join(', '));
});

test('where nouns are capitalised, a common noun before a first name is no part of the name', async () => {
  const found = await mentions('Im Sommer spielte er zusammen mit Ersatztorhüter Nick Rimando in einer neuen Mannschaft der Liga.');
  assert.ok(found.includes('Nick Rimando:person'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('Sommer') || m.startsWith('Mannschaft')), found.join(', '));
});

test('a change of script or an acronym before a first name starts a new name', async () => {
  const found = await mentions('Головний переговірник від ЄС щодо Brexit Мішель Барньє заявив, що глава іспанського МЗС Хосеп Борель приїде до Лондона наступного тижня.');
  assert.ok(found.includes('Мішель Барньє:person'), found.join(', '));
  assert.ok(found.includes('Хосеп Борель:person'), found.join(', '));
});

test('in Cyrillic news a speaker named in Latin letters is a firm, and common words before a place make a place', async () => {
  const found = await mentions('Бортпроводники Ryanair объявили забастовку, а представители компании прилетели из Северной Ирландии в понедельник утром.');
  assert.ok(found.includes('Ryanair:organization'), found.join(', '));
  assert.ok(found.includes('Северной Ирландии:place'), found.join(', '));
});

test('a headline in sentence case is read for names, one in title case only for the names its body capitalises', async () => {
  const body = '\n\nВ среду министр заявил журналистам, что переговоры продолжатся на следующей неделе в столице страны.';
  const headline = await mentions('Берлин не знает о возможных санкциях против подрядчиков проекта' + body);
  assert.ok(headline.includes('Берлин:place'), headline.join(', '));
  const titleCase = await mentions('Officials Say Talks Went Well In Geneva\n\nThe minister told reporters on Wednesday that the talks would go on next week in the capital.');
  assert.ok(!titleCase.some((m) => m.startsWith('Officials') || m.startsWith('Talks')), titleCase.join(', '));
  const named = await mentions('Officials Say Lindqvist Will Reopen The Harbour\n\nThe harbour will open again on Monday, Senator Maria Lindqvist told reporters in the capital.');
  const inHeadline = named.map((m) => m.slice(0, m.lastIndexOf(':'))).filter((m) => ['Lindqvist', 'Officials', 'Officials Say', 'Harbour', 'The Harbour', 'Reopen'].includes(m));
  assert.deepEqual(inHeadline, ['Lindqvist'], named.join(', '));
});

test('names listed together share the type their typed neighbours agree on', async () => {
  const found = await mentions('The canal runs past Castrop, Lünen, Unna and Schwerte before it reaches the river at last.');
  for (const town of ['Castrop', 'Lünen', 'Unna', 'Schwerte']) assert.ok(found.includes(`${town}:place`), found.join(', '));
});

test('context types a one-word name: a French place article, a kind of place with a connector, a kind word before it', async () => {
  const french = await mentions('Le duc parcourut à bicyclette la Maurétanie, puis il visita la ville de Nusco avec ses amis.');
  assert.ok(french.includes('Maurétanie:place'), french.join(', '));
  assert.ok(french.includes('Nusco:place'), french.join(', '));
  const russian = await mentions('По законам города Монтгомери чернокожие граждане должны были уступать места в автобусах.');
  assert.ok(russian.includes('Монтгомери:place'), russian.join(', '));
});

test('an acronym with figures in it is a model or standard, not an organisation', async () => {
  const found = await mentions('The program first ran on the PDP-11 in a laboratory that NATO funded for many years.');
  assert.ok(found.includes('PDP-11:other'), found.join(', '));
  assert.ok(found.includes('NATO:organization'), found.join(', '));
});

test('an apposition types the name before it, and a Roman numeral alone is no name', async () => {
  const found = await mentions('The band toured with Moist, a Canadian band, and played in Thane, a city near Mumbai, in the XIX century style.');
  assert.ok(found.includes('Moist:organization'), found.join(', '));
  assert.ok(found.includes('Thane:place'), found.join(', '));
  assert.ok(!found.some((m) => m.startsWith('XIX')), found.join(', '));
});

test('the number of a series stays in the name, a year does not', async () => {
  const found = await mentions('Компания Nord Stream 2 AG строит газопровод «Северный поток — 2» по дну Балтийского моря, сообщил Газпром.');
  assert.ok(found.some((m) => m.startsWith('Nord Stream 2 AG:')), found.join(', '));
  assert.ok(found.some((m) => m.startsWith('Северный поток — 2:')), found.join(', '));
  const english = await mentions('He won the Ligue 2 title with the club and moved to Paris 2019 after a long season abroad.');
  assert.ok(english.some((m) => m.startsWith('Ligue 2:')), english.join(', '));
  assert.ok(english.includes('Paris:place'), english.join(', '));
});
