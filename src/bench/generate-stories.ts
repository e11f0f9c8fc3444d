/**
 * A deterministic corpus of many stories in five languages for the
 * cross-document benchmark: each story has its own people, places,
 * organisations, figures and day; about one article in eight is a repost of
 * an earlier article of its story.
 */

/** Syllables with their Cyrillic spelling, so that names cross scripts the way real ones do. */
export const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['ka', 'ка'], ['ro', 'ро'], ['vi', 'ви'], ['len', 'лен'], ['mar', 'мар'], ['to', 'то'], ['sun', 'сун'], ['dor', 'дор'],
  ['ni', 'ни'], ['sa', 'са'], ['bel', 'бел'], ['gor', 'гор'], ['tan', 'тан'], ['lu', 'лу'], ['mi', 'ми'], ['ves', 'вес'],
  ['pra', 'пра'], ['dun', 'дун'], ['zel', 'зел'], ['fo', 'фо'], ['kir', 'кир'], ['bo', 'бо'], ['nes', 'нес'], ['tur', 'тур'],
  ['gal', 'гал'], ['sem', 'сем'], ['pol', 'пол'], ['rad', 'рад'], ['vo', 'во'], ['lim', 'лим'], ['dra', 'дра'], ['kus', 'кус'],
]

type Names = { person: string; surname: string; place: string; org: string; d1: string; d2: string; d3: string };

const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'The worst-hit districts were {d1}, {d2} and {d3}, where {n4} homes were damaged.',
    'Flooding in {place} forced {n1} people from their homes on {day}, the regional authorities said.',
    '"We are doing everything we can," {person} told reporters in {place}.',
    'According to {org}, the damage could reach {n2} million dollars.',
    '{surname} said that rescue teams had reached {n3} villages by the evening.',
    'The government of {place} promised to pay compensation to every family.',
  ],
  fr: [
    'Les quartiers les plus touchés sont {d1}, {d2} et {d3}, où {n4} maisons ont été endommagées.',
    'Des inondations à {place} ont chassé {n1} personnes de leurs maisons le {day}, selon les autorités régionales.',
    '« Nous faisons tout notre possible », a déclaré {person} à {place}.',
    'Selon {org}, les dégâts pourraient atteindre {n2} millions de dollars.',
    '{surname} a précisé que les secouristes avaient atteint {n3} villages dans la soirée.',
  ],
  de: [
    'Am schwersten betroffen waren die Bezirke {d1}, {d2} und {d3}, wo {n4} Häuser beschädigt wurden.',
    'Überschwemmungen in {place} haben am {day} {n1} Menschen aus ihren Häusern vertrieben, teilten die Behörden mit.',
    '„Wir tun alles, was wir können“, sagte {person} in {place}.',
    'Nach Angaben von {org} könnte der Schaden {n2} Millionen Dollar erreichen.',
    '{surname} sagte, die Rettungsteams hätten bis zum Abend {n3} Dörfer erreicht.',
  ],
  es: [
    'Los distritos más afectados fueron {d1}, {d2} y {d3}, donde {n4} viviendas resultaron dañadas.',
    'Las inundaciones en {place} obligaron a {n1} personas a abandonar sus casas el {day}, según las autoridades regionales.',
    '«Hacemos todo lo posible», dijo {person} en {place}.',
    'Según {org}, los daños podrían alcanzar {n2} millones de dólares.',
    '{surname} afirmó que los equipos de rescate habían llegado a {n3} pueblos por la noche.',
  ],
  ru: [
    'Больше всего пострадали районы {d1}, {d2} и {d3}, где повреждены {n4} домов.',
    'Наводнение в {place} вынудило {n1} человек покинуть свои дома {day}, сообщили региональные власти.',
    '«Мы делаем всё возможное», — заявил {person} в {place}.',
    'По данным {org}, ущерб может достичь {n2} млн долларов.',
    '{surname} сообщил, что к вечеру спасатели добрались до {n3} сёл.',
  ],
};

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

const LANGUAGES = Object.keys(TEMPLATES);
/** Articles per story. */
export const STORY_SIZE = 12;

/** The `index`-th article: its story, language and text (a repost copies an earlier article of the story word for word). */
export function generateStoryArticle(index: number): { story: number; language: string; text: string } {
  const story = Math.floor(index / STORY_SIZE);
  const position = index % STORY_SIZE;
  const repostOf = position > 0 && position % 8 === 0 ? index - position : null;
  if (repostOf !== null) {
    const original = generateStoryArticle(repostOf);
    return { ...original, text: `Reposted from the wire\n\n${original.text}\n\n1. Terrible news, stay safe everyone.\nReply` };
  }
  const language = LANGUAGES[(story + position) % LANGUAGES.length]!;
  const script = language === 'ru' ? 1 : 0;
  const names = namesOf(story, script);
  const spread = Math.imul(story + 1, 2246822519) >>> 0;
  const month = spread % 12;
  const dayOfMonth = 1 + ((spread >>> 4) % 28);
  const day = language === 'en' ? `${MONTHS.en![month]} ${dayOfMonth}` : `${dayOfMonth} ${MONTHS[language]![month]}`;
  const figures = { n1: 1000 + (spread % 90_000), n2: 20 + ((spread >>> 7) % 980), n3: 11 + ((spread >>> 17) % 300), n4: 100 + ((spread >>> 11) % 5000) };
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, slot: string) => String(slot === 'day' ? day : (names as Record<string, string>)[slot] ?? (figures as Record<string, number>)[slot] ?? slot));
  const templates = TEMPLATES[language]!;
  const sentences = templates.map((_, k) => fill(templates[(k + position) % templates.length]!));
  return { story, language, text: `${names.place}: ${sentences[0]!.slice(0, 40)}\n\n${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}` };
}

function namesOf(story: number, script: number): Names {
  const word = (seed: number, count: number) => {
    let out = '';
    for (let k = 0; k < count; k++) out += SYLLABLES[(seed >>> (k * 5)) % SYLLABLES.length]![script];
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
  const seed = (story + 1) * 2654435761;
  const given = word(seed >>> 3, 2);
  const surname = word(seed >>> 7, 3);
  const district = (salt: number) => word(Math.imul(seed ^ salt, 2654435761) >>> 0, 3);
  return { person: `${given} ${surname}`, surname, place: word(seed >>> 11, 3), org: `${word(seed >>> 17, 2)} ${script ? 'Групп' : 'Group'}`, d1: district(0x9e37), d2: district(0x85eb), d3: district(0xc2b2) };
}
