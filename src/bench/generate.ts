/** Deterministic generator of scrape-like articles for benchmarks: same seed, same corpus. */

const SENTENCES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'The authorities said on Monday that traffic through the strait would resume within two days.',
    'A spokesman for the port told reporters that 42 ships were waiting at anchor.',
    'Prices for wheat rose by 5% in Chicago as traders feared new delays.',
    'The operator said in a statement that the crew of 21 was safe and no fuel had leaked.',
    'Mr. Arslan added that divers would inspect the hull before the ship was moved.',
  ],
  fr: [
    'Les autorités ont annoncé lundi que le trafic reprendrait dans deux jours.',
    'Selon un porte-parole du port, 42 navires attendaient au mouillage.',
    'Les prix du blé ont augmenté de 5 % à Chicago, les négociants craignant de nouveaux retards.',
    "M. Arslan a ajouté que des plongeurs inspecteraient la coque avant le déplacement du navire.",
  ],
  ru: [
    'Власти заявили в понедельник, что движение через пролив возобновится в течение двух дней.',
    'По словам представителя порта, на рейде ожидают 42 судна.',
    'Цены на пшеницу в Чикаго выросли на 5% на фоне опасений новых задержек.',
    'Оператор сообщил, что экипаж из 21 человека в безопасности, утечки топлива нет.',
  ],
  de: [
    'Die Behörden teilten am Montag mit, dass der Verkehr in zwei Tagen wieder aufgenommen werde.',
    'Nach Angaben eines Hafensprechers warteten 42 Schiffe auf Reede.',
    'Die Weizenpreise stiegen in Chicago um 5 Prozent, weil Händler neue Verzögerungen fürchteten.',
  ],
  es: [
    'Las autoridades dijeron el lunes que el tráfico se reanudaría en dos días.',
    'Según un portavoz del puerto, 42 buques esperaban fondeados.',
    'El precio del trigo subió un 5% en Chicago ante el temor a nuevos retrasos.',
  ],
};

/** A small seeded pseudo-random generator (mulberry32), so that generated data can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `index`-th generated article: about `bytes` long, with navigation, a caption, a "read also" line and comments. */
export function generateArticle(index: number, bytes = 3000): string {
  const next = seededRandom(index + 1);
  const languages = Object.keys(SENTENCES);
  const language = languages[index % languages.length]!;
  const pool = SENTENCES[language]!;
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const title = `Story ${index}: ${pick().slice(0, 50)}`;
  const lines = ['Home News World Business Sport', title, `${1 + (index % 28)} Mar, 2024 09:${String(index % 60).padStart(2, '0')}`, title, 'The ship in the strait. Photo: Jane Roe / Harbour Press'];
  let paragraph = '';
  while (lines.join('\n\n').length + paragraph.length < bytes - 400) {
    paragraph += `${pick()} `;
    if (paragraph.length > 400) {
      lines.push(paragraph.trim());
      paragraph = '';
    }
  }
  lines.push(paragraph.trim() || pick(), 'Read also: Freight rates at a two-year high', '© Harbour Press 2024', '1. Another grounding in the same spot?', 'Reply');
  return lines.join('\n\n');
}
