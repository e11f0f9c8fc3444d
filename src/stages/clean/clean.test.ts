import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from './clean.js';
import { emptyBodyReason } from './empty-body.js';
import { parseDateLine, parseLabelledDateLine } from './metadata-lines.js';
import type { CleanResult } from './clean.js';

const bodyOf = (text: string, r: CleanResult) => r.body.map(([s, e]) => text.slice(s, e));
const removedOf = (text: string, r: CleanResult) => r.removed.map(({ span, kind }) => [kind, text.slice(span[0], span[1])]);

test('a "read also" headline glued into running text is cut out as its own span', () => {
  const text =
    'He said foreign fighters took part in the aggression against the country.The CSTO Secretary General assessed the chances of a new surge of unrest in KazakhstanAccording to the authorities, more than 50 state facilities were damaged.';
  const result = cleanText(text, null, null);
  assert.deepEqual(bodyOf(text, result), [
    'He said foreign fighters took part in the aggression against the country.',
    'According to the authorities, more than 50 state facilities were damaged.',
  ]);
  assert.deepEqual(removedOf(text, result), [['related', 'The CSTO Secretary General assessed the chances of a new surge of unrest in Kazakhstan']]);
});

test('glued photo captions with their credit are removed, the standfirst before them stays', () => {
  const text = 'Title of the piece here\n\nThe numbers have the codes of Ukrainian operators.A state of emergency was declared / photo REUTERSA state of emergency was declared / photo REUTERS\n\nThe opposition leader published numbers registered in Ukraine on Monday.';
  const result = cleanText(text, null, null);
  assert.equal(bodyOf(text, result)[0], 'The numbers have the codes of Ukrainian operators.');
  assert.deepEqual(
    removedOf(text, result).filter(([kind]) => kind === 'caption').map(([, t]) => t),
    ['A state of emergency was declared / photo REUTERS', 'A state of emergency was declared / photo REUTERS'],
  );
});

test('header: icon runs, the date line, the repeated title and a caption are set apart', () => {
  const text = [
    'icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon fbicon',
    '18 Jan, 2022 07:36',
    'Plans for the harbour announced',
    'Activist has said plans are at hand',
    'Plans for the harbour announced',
    'The minister. Photo: Jane Roe / Harbour Press',
    'A businessman living in France has announced that he has a plan to rebuild the harbour.',
  ].join('\n\n');
  const result = cleanText(text, null, null);
  assert.equal(result.title, 'Plans for the harbour announced');
  assert.equal(result.published, '2022-01-18T07:36');
  assert.deepEqual(removedOf(text, result).map(([kind]) => kind), ['navigation', 'other', 'other', 'title-repeat', 'caption']);
  assert.deepEqual(bodyOf(text, result), ['Activist has said plans are at hand', 'A businessman living in France has announced that he has a plan to rebuild the harbour.']);
});

test('a plain text opening with a short line of its own has a title, even one written as a sentence', () => {
  const body = 'The club confirmed on Monday that its young forward will spend the next season on loan in Sweden.';
  for (const headline of ['Young forward to play in Sweden.', 'Where did the 40,000 euros go?', 'Young forward to play in Sweden']) {
    const text = `${headline}\n\n${body}`;
    const result = cleanText(text, null, null);
    assert.equal(result.title, headline);
    assert.deepEqual(bodyOf(text, result), [body]);
  }
  // A first paragraph of one long sentence is the lead, not a headline; a line run on into the next is no paragraph of its own.
  const lead = 'An explosion at a bank killed a police officer and a bomb technician on Friday, officials said.';
  for (const text of [`${lead}\n\n${body}`, 'The harbour stayed closed on Monday. Then the minister spoke.\n\n' + body, `Young forward to play in Sweden.\n${body}`]) {
    const result = cleanText(text, null, null);
    assert.equal(result.title, null);
    assert.equal(bodyOf(text, result).length, 2);
  }
  // A title the metadata gives decides.
  const text = `Young forward to play in Sweden.\n\n${body}`;
  assert.equal(cleanText(text, null, 'Prospect heads north').title, null);
});

test('comments are set apart from the body, with UI lines and the form removed', () => {
  const text = [
    'The article says something long enough to be a paragraph of prose here.',
    '(C)UNIAN 2021',
    '  1. It is great to see this. I hope it goes well.',
    '    Second paragraph of the first comment.',
    '    Liked by 3 people',
    '    • I doubt it too.',
    '      Reply',
    'John Smith says:',
    'A named comment.',
    'Leave a Reply',
    'Fill in your details below or click an icon to log in:',
    'This site uses Akismet to reduce spam.',
  ].join('\n');
  const result = cleanText(text, null, null);
  assert.equal(result.credit, 'UNIAN');
  assert.deepEqual(bodyOf(text, result), ['The article says something long enough to be a paragraph of prose here.']);
  assert.deepEqual(
    result.comments.map((c) => [text.slice(c.span[0], c.span[1]).replace(/\s+/g, ' '), c.author]),
    [
      ['It is great to see this. I hope it goes well. Second paragraph of the first comment.', null],
      ['I doubt it too.', null],
      ['A named comment.', 'John Smith'],
    ],
  );
  assert.deepEqual(removedOf(text, result).filter(([kind]) => kind === 'form').length, 3);
});

test('"read also" lines are removed in every language with a table', () => {
  const lines = [
    'Lire aussi : Le Canada a conseillé aux citoyens de ne pas voyager',
    'Читайте также: Цены на пшеницу выросли',
    'Читайте також: Ціни на пшеницю зросли',
    'Lesen Sie auch: Weizenpreise steigen',
    'Te puede interesar: El precio del trigo sube',
    'Read also: Freight rates at a two-year high',
  ];
  const prose = 'This is the first paragraph of the article, long enough to count as prose.';
  const text = [prose, ...lines].join('\n');
  const result = cleanText(text, null, null);
  assert.deepEqual(bodyOf(text, result), [prose]);
  assert.deepEqual(removedOf(text, result), lines.map((line) => ['related', line]));
});

test('a wire lead-in gives dateline and byline and leaves the body', () => {
  const text = 'PARIS, Jan 17, by Anastasia Ivanova. Fugitive Kazakh banker Mukhtar Ablyazov, who lives in France, said in an interview that he called on protesters.';
  const result = cleanText(text, null, null);
  assert.deepEqual(result.dateline, { place: 'Paris', month: 1, day: 17 });
  assert.equal(result.byline, 'Anastasia Ivanova');
  assert.ok(bodyOf(text, result)[0]!.startsWith('Fugitive Kazakh banker'));
  const russian = 'Москва, 5 марта. Турецкие власти во вторник возобновили движение судов через пролив после долгого перерыва.';
  assert.deepEqual(cleanText(russian, null, null).dateline, { place: 'Москва', month: 3, day: 5 });
  const sentence = 'Sunday, March 3, the ship ran aground in the strait and traffic stopped for two full days.';
  assert.equal(cleanText(sentence, null, null).dateline, null);
  // The agency in brackets before the comma may hold a comma of its own.
  const bracketed = 'MOSCOW (Reuters, AFP), 17 January - Turkish authorities resumed traffic through the strait on Tuesday after a long pause.';
  const withAgency = cleanText(bracketed, null, null);
  assert.deepEqual(withAgency.dateline, { place: 'Moscow', month: 1, day: 17 });
  assert.ok(bodyOf(bracketed, withAgency)[0]!.startsWith('Turkish authorities'));
});

test('text that stops mid-sentence, or ends on "continue reading", is truncated', () => {
  const complete = 'The ship ran aground in the strait and traffic stopped for two full days.';
  assert.equal(cleanText(complete, null, null).truncated, false);
  assert.equal(cleanText(`${complete}\nThe tugs tried to refloat the ship but the crew said that the`, null, null).truncated, true);
  assert.equal(cleanText(`${complete}\nContinue reading`, null, null).truncated, true);
  assert.equal(cleanText('The ship ran aground in the strait and traffic stopped for…', null, null).truncated, true);
});

test('forms alternating with comments are each cut and the comments each kept (the comment after a form is looked for from the form on)', () => {
  const pairs = 2_000;
  const lines = Array.from({ length: pairs }, (_, i) => `Sign in\n1. Comment number ${i} on the closure.`);
  const text = ['The article says something long enough to be a paragraph of prose here.', ...lines].join('\n');
  const result = cleanText(text, null, null);
  assert.equal(result.comments.length, pairs);
  assert.equal(text.slice(...result.comments.at(-1)!.span), `Comment number ${pairs - 1} on the closure.`);
  assert.equal(removedOf(text, result).filter(([kind, line]) => kind === 'form' && line === 'Sign in').length, pairs);
});

test('pathological text is cleaned in bounded time (no catastrophic backtracking)', { timeout: 20_000 }, () => {
  const nasty = [
    'a.A'.repeat(200_000),
    'aaaA'.repeat(100_000),
    `${'Word '.repeat(100_000)}/ photo `,
    '1. '.repeat(50_000),
    `PARIS, ${'A'.repeat(100_000)}`,
  ];
  for (const text of nasty) {
    const result = cleanText(text, null, null);
    assert.ok(result.body.length + result.removed.length + result.comments.length > 0);
  }
});

/** Each line read by `read`, against what it should give. */
function readsAs(read: (line: string) => string | null, cases: ReadonlyArray<readonly [string, string | null]>): void {
  for (const [line, expected] of cases) assert.equal(read(line), expected, line);
}

test('date lines in several languages give the publication time', () => {
  readsAs(parseDateLine, [
    ['18 Jan, 2022 07:36', '2022-01-18T07:36'],
    ['1er janvier 2022 à 10:15', '2022-01-01T10:15'],
    ['6 марта 2024 г., 10:15', '2024-03-06T10:15'],
    ['6 de marzo de 2024 a las 10:30', '2024-03-06T10:30'],
    ['The strait was closed for two days after the grounding in March 2024.', null],
    ['Published 28 July 2020', '2020-07-28'],
    // A short headline holding a date is no date line: it asks or exclaims.
    ['Quoi surveiller en ce 28 juillet 2020?', null],
    ['What happened on January 18, 2022?', null],
  ]);
});

test('a date line on a 12-hour clock, with an ordinal day, behind "at" or with slashes, gives the date and time as written', () => {
  readsAs(parseDateLine, [
    ['PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM', '2013-05-02T13:32'],
    ['WEDNESDAY, MARCH 13, 2013, 12:38 AM', '2013-03-13T00:38'],
    ['Friday, March 8, 2013 at 12:46 p.m.', '2013-03-08T12:46'],
    ['December 15th, 2008, 7:35 am', '2008-12-15T07:35'],
    ['Posted 1 May 2022 at 9.30am', '2022-05-01T09:30'],
    ['6 марта 2024 г. 10:15', '2024-03-06T10:15'],
    ['January 18, 2022 13:10 PM', '2022-01-18'],
    // The marks come from the language tables: Spanish writes "p. m."; German "Uhr" marks no half of the day.
    ['6 de marzo de 2024, 7:35 p. m.', '2024-03-06T19:35'],
    ['18.01.2022 10:30 Uhr', '2022-01-18T10:30'],
    // Slashes: the day is the number over 12, first or second; a date where both could be the month is not read.
    ['Posted 11 / 27 / 2005 7:21 AM', '2005-11-27T07:21'],
    ['Last updated 15:48 15/09/2013', '2013-09-15'],
    ['Updated 4/9/2007 6:04 PM', null],
  ]);
  // Inside the article a date line holds little besides its date: a label, a weekday.
  readsAs(parseLabelledDateLine, [
    ['UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM', '2013-05-03T09:56'],
    ['The council meets again on May 3, 2013.', null],
  ]);
});

test('a date line among the first lines of the body, below the lead, gives the publication date and leaves the body', () => {
  const text = ['Singer checks into rehab, rehires her lawyer', prose(1), 'PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM', 'UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM', prose(2), 'The inquiry resumes on May 3, 2013.'].join('\n');
  const result = cleanText(text, null, null);
  assert.equal(result.title, 'Singer checks into rehab, rehires her lawyer');
  assert.equal(result.published, '2013-05-02T13:32');
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2), 'The inquiry resumes on May 3, 2013.']);
  // Above the prose, the update line below the publication line goes as well.
  const header = ['Champion stops challenger to keep his titles', 'Posted: Jul 07, 2012 7:40 PM ET', 'Last Updated: Jul 07, 2012 8:44 PM ET', prose(1)].join('\n');
  const updated = cleanText(header, null, null);
  assert.equal(updated.published, '2012-07-07T19:40');
  assert.deepEqual(bodyOf(header, updated), [prose(1)]);
});

const prose = (n: number) => `Paragraph ${n} says the harbour stayed closed for a third day while engineers inspected the quay.`;

test('a short headline that holds a date and asks a question is the title', () => {
  const text = ['Quoi surveiller en ce 28 juillet 2020?', prose(1), prose(2)].join('\n\n');
  const result = cleanText(text, null, null);
  assert.equal(result.title, 'Quoi surveiller en ce 28 juillet 2020?');
  assert.equal(result.published, null);
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2)]);
});

test('a web address heading a plain text is where it was taken from: not its title, not its first paragraph', () => {
  const address = 'http://www.example-news.com/world/2010/05/05/three-killed-as-rioters-bomb-bank-in-the-capital';
  const text = [address, 'Three killed as rioters bomb bank in the capital', 'May 5, 2010', prose(1), prose(2)].join('\n');
  const result = cleanText(text, null, null);
  assert.equal(result.address, address);
  assert.equal(result.title, 'Three killed as rioters bomb bank in the capital');
  assert.equal(result.published, '2010-05-05');
  assert.deepEqual(removedOf(text, result)[0], ['other', address]);
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2)]);
  // A headline written as a sentence, in a paragraph of its own below the address, is the title too.
  const spaced = ['www.example-news.com/sport/young-forward', 'Young forward to play in Sweden.', `${prose(1)} ${prose(2)}`].join('\n\n');
  const sentence = cleanText(spaced, null, null);
  assert.equal(sentence.title, 'Young forward to play in Sweden.');
  assert.equal(sentence.address, 'www.example-news.com/sport/young-forward');
  // An address further down, inside the article, says nothing of where the text was taken from.
  const inside = cleanText([prose(1), 'http://www.example.org/report.pdf', prose(2)].join('\n'), null, null);
  assert.equal(inside.address, null);
});

test('a headline written as a sentence, with its date line or byline right below it, is the title', () => {
  const text = ['Hey, coach: hire a driver for your striker!', 'Thursday, Apr 2, 2009 | Updated 1:32 PM', prose(1), prose(2)].join('\n');
  const result = cleanText(text, null, null);
  assert.equal(result.title, 'Hey, coach: hire a driver for your striker!');
  assert.equal(result.published, '2009-04-02');
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2)]);
  const signed = cleanText(['Young forward to play in Sweden.', 'By Anna Berg', prose(1)].join('\n'), null, null);
  assert.equal(signed.title, 'Young forward to play in Sweden.');
  assert.equal(signed.byline, 'Anna Berg');
  // A first paragraph of one short sentence, followed by another paragraph on the next line, stays the first paragraph.
  const plain = ['The harbour reopened on Wednesday after three days.', prose(1)].join('\n');
  assert.equal(cleanText(plain, null, null).title, null);
  assert.deepEqual(bodyOf(plain, cleanText(plain, null, null)), ['The harbour reopened on Wednesday after three days.', prose(1)]);
});

test('Chinese and Japanese lines ending in 。！？ are prose, not navigation', () => {
  const text = ['首页', '新闻', '港口因风暴关闭三天，工程师正在检查受损的码头和渡轮。', '当局表示，码头将在下周重新开放，所有渡轮将恢复正常运营。', '東京の港は台風のため三日間閉鎖され、技術者が損傷した岸壁を点検している！'].join('\n\n');
  const body = bodyOf(text, cleanText(text, null, null));
  assert.deepEqual(body, ['港口因风暴关闭三天，工程师正在检查受损的码头和渡轮。', '当局表示，码头将在下周重新开放，所有渡轮将恢复正常运营。', '東京の港は台風のため三日間閉鎖され、技術者が損傷した岸壁を点検している！']);
});

test('a short line starting "Photos which" is body; "Photo: Reuters" is a caption', () => {
  const text = [prose(1), 'Photos which were taken on Monday', 'Photo: Reuters', prose(2)].join('\n\n');
  const result = cleanText(text, null, null);
  assert.ok(bodyOf(text, result).includes('Photos which were taken on Monday'));
  assert.deepEqual(removedOf(text, result), [['caption', 'Photo: Reuters']]);
});

test('a "Subscribe to" promo inside the article is cut alone; the article goes on after it', () => {
  const text = [prose(1), 'Subscribe to our daily newsletter', prose(2), prose(3)].join('\n\n');
  const result = cleanText(text, null, null);
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2), prose(3)]);
  assert.deepEqual(removedOf(text, result), [['form', 'Subscribe to our daily newsletter']]);
});

test('short list lines of the article before its first paragraph (ingredients) are kept', () => {
  const text = ['Home', '2 cups flour', '1 egg', prose(1)].join('\n\n');
  const spans = (line: string): [number, number] => [text.indexOf(line), text.indexOf(line) + line.length];
  const region = [spans('2 cups flour'), spans('1 egg'), spans(prose(1))];
  const result = cleanText(text, region, 'Bread', { listed: [spans('2 cups flour'), spans('1 egg')] });
  assert.deepEqual(bodyOf(text, result), ['2 cups flour', '1 egg', prose(1)]);
  const unlisted = cleanText(text, region, 'Bread');
  assert.deepEqual(bodyOf(text, unlisted), [prose(1)]);
});

test('a text whose every line is boilerplate says why its body is empty', () => {
  const text = 'Home\n\nShare this\n\nAdvertisement';
  const reason = emptyBodyReason(text, cleanText(text, null, null));
  assert.match(reason ?? '', /no article text was kept.*share/);
  assert.equal(emptyBodyReason(prose(1), cleanText(prose(1), null, null)), null);
});

test('an HTML page has comments only inside its marked comment sections', () => {
  const text = [prose(1), prose(2), '12 Comments', 'Another story about harbours', 'Most shared this week', 'John Smith says:', 'I was there on Monday, it was chaos.'].join('\n\n');
  const at = (line: string): [number, number] => [text.indexOf(line), text.indexOf(line) + line.length];
  const region = [at(prose(1)), at(prose(2))];
  const unmarked = cleanText(text, region, 'Harbour');
  assert.deepEqual(unmarked.comments, []);
  const marked = cleanText(text, region, 'Harbour', { commented: [at('John Smith says:'), at('I was there on Monday, it was chaos.')] });
  assert.deepEqual(marked.comments.map((c) => [c.author, text.slice(c.span[0], c.span[1])]), [['John Smith', 'I was there on Monday, it was chaos.']]);
});

test("a short line of an HTML article that is all link text is a related link, not body", () => {
  const teaser = 'Bistum Hildesheim: Das Virus breitet sich aus';
  const text = [prose(1), teaser, prose(2)].join('\n\n');
  const at = (line: string): [number, number] => [text.indexOf(line), text.indexOf(line) + line.length];
  const region = [at(prose(1)), at(teaser), at(prose(2))];
  const linked = cleanText(text, region, 'Harbour', { linked: [at(teaser)] });
  assert.deepEqual(bodyOf(text, linked), [prose(1), prose(2)]);
  assert.deepEqual(removedOf(text, linked), [['related', teaser]]);
  assert.deepEqual(bodyOf(text, cleanText(text, region, 'Harbour')), [prose(1), teaser, prose(2)]);
});

test("after an HTML article's last paragraph a few short lines are its footer; list items and a long run of lines stay", () => {
  const footer = ['Weitere Informationen', 'Kontakt:'];
  const text = [prose(1), prose(2), ...footer, '2 cups flour'].join('\n\n');
  const at = (line: string): [number, number] => [text.indexOf(line), text.indexOf(line) + line.length];
  const all: [number, number][] = [[0, text.length]];
  const result = cleanText(text, all, 'Harbour', { listed: [at('2 cups flour')] });
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2), '2 cups flour']);
  assert.deepEqual(removedOf(text, result), footer.map((line) => ['other', line]));
  const dates = ['June 9 – Tampa, FL', 'June 10 – Atlanta, GA', 'June 14 – Nashville, TN', 'June 17 – Charlotte, NC', 'June 19 – Raleigh, NC'];
  const tour = [prose(1), ...dates].join('\n\n');
  assert.deepEqual(bodyOf(tour, cleanText(tour, [[0, tour.length]], 'Tour')), [prose(1), ...dates]);
  assert.deepEqual(bodyOf(text, cleanText(text, null, 'Harbour')).slice(2, 4), footer);
});

test('lines of an HTML article inside furniture boxes (an author box) go, unless the boxes would be most of the article', () => {
  const bio = 'Anna Berger studied sports science before she joined the newsroom in 2015 and writes about cycling.';
  const text = [prose(1), prose(2), prose(3), bio].join('\n\n');
  const at = (line: string): [number, number] => [text.indexOf(line), text.indexOf(line) + line.length];
  const region: [number, number][] = [[0, text.length]];
  const boxed = cleanText(text, region, 'Harbour', { boxed: [at(bio)] });
  assert.deepEqual(bodyOf(text, boxed), [prose(1), prose(2), prose(3)]);
  assert.deepEqual(removedOf(text, boxed), [['other', bio]]);
  const mostly = cleanText(text, region, 'Harbour', { boxed: [[0, text.length]] });
  assert.deepEqual(bodyOf(text, mostly), [prose(1), prose(2), prose(3), bio]);
});

test('invitations to subscribe or follow inside an article go alone, in each language with a table', () => {
  const promos = ['Follow The Harbour Times on Twitter and Instagram @harbourtimes.', 'Abonniere unseren Newsletter und verpasse keine Neuigkeiten mehr.', 'Síguenos en Telegram para recibir las noticias del puerto.', 'Suivez-nous sur Facebook pour ne rien manquer du port.'];
  const text = [prose(1), promos[0], prose(2), promos[1], promos[2], promos[3], prose(3)].join('\n\n');
  const result = cleanText(text, null, 'Harbour');
  assert.deepEqual(bodyOf(text, result), [prose(1), prose(2), prose(3)]);
  assert.deepEqual(removedOf(text, result), promos.map((line) => ['ad', line]));
});
