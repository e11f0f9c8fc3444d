/**
 * Names of places and international organisations across the six languages
 * where romanisation alone does not join them (Kiev/Kyiv, CSTO/OTSC/ОДКБ).
 * The first name is the canonical one. Countries and capitals come from the
 * i18n-iso-countries and world-countries packages instead (see gazetteer-build.ts).
 */
export interface GazetteerEntry {
  type: 'place' | 'organization';
  names: readonly string[];
}

export const INTERNATIONAL: readonly GazetteerEntry[] = [
  { type: 'place', names: ['Kyiv', 'Kiev', 'Київ', 'Киев', 'Kiew', 'Kiev', 'Kijów'] },
  { type: 'place', names: ['Almaty', 'Alma-Ata', 'Алматы', 'Алма-Ата', 'Алмати'] },
  { type: 'place', names: ['Astana', 'Nur-Sultan', 'Астана', 'Нур-Султан', 'Nursultan'] },
  { type: 'place', names: ['Moscow', 'Москва', 'Москва', 'Moscou', 'Moskau', 'Moscú'] },
  { type: 'place', names: ['Odesa', 'Odessa', 'Одеса', 'Одесса'] },
  { type: 'place', names: ['Kharkiv', 'Kharkov', 'Харків', 'Харьков', 'Charkiw', 'Járkov'] },
  { type: 'place', names: ['Lviv', 'Lvov', 'Львів', 'Львов', 'Lwiw', 'Leópolis'] },
  { type: 'place', names: ['Saint Petersburg', 'St. Petersburg', 'Санкт-Петербург', 'Saint-Pétersbourg', 'Sankt Petersburg', 'San Petersburgo'] },
  { type: 'place', names: ['Istanbul', 'Стамбул', 'Estambul', 'İstanbul'] },
  { type: 'place', names: ['Bosphorus', 'Bosporus', 'Bosphore', 'Босфор', 'Bósforo'] },
  { type: 'place', names: ['Black Sea', 'Чёрное море', 'Черное море', 'Чорне море', 'mer Noire', 'Schwarzes Meer', 'mar Negro'] },
  { type: 'place', names: ['Middle East', 'Ближний Восток', 'Близький Схід', 'Moyen-Orient', 'Nahost', 'Naher Osten', 'Oriente Medio', 'Oriente Próximo'] },
  { type: 'place', names: ['Central Asia', 'Центральная Азия', 'Центральна Азія', 'Asie centrale', 'Zentralasien', 'Asia Central'] },
  { type: 'place', names: ['Washington', 'Вашингтон'] },
  { type: 'place', names: ['London', 'Londres', 'Лондон'] },
  { type: 'place', names: ['Paris', 'Париж'] },
  { type: 'place', names: ['Berlin', 'Берлин', 'Берлін'] },
  { type: 'place', names: ['Brussels', 'Bruxelles', 'Brüssel', 'Bruselas', 'Брюссель', 'Брюссель'] },
  { type: 'place', names: ['Beijing', 'Pékin', 'Peking', 'Pekín', 'Пекин', 'Пекін'] },
  { type: 'place', names: ['Minsk', 'Минск', 'Мінськ'] },
  { type: 'place', names: ['Warsaw', 'Varsovie', 'Warschau', 'Varsovia', 'Варшава'] },
  { type: 'organization', names: ['CSTO', 'OTSC', 'ОДКБ', 'OVKS', 'ODKB', 'Collective Security Treaty Organization', 'Organisation du traité de sécurité collective', 'Организация Договора о коллективной безопасности', 'Організація Договору про колективну безпеку', 'Organisation des Vertrags über kollektive Sicherheit', 'Organización del Tratado de Seguridad Colectiva', 'OTSC'] },
  { type: 'organization', names: ['NATO', 'OTAN', 'НАТО', 'North Atlantic Treaty Organization', 'Organisation du traité de l’Atlantique nord', 'Organización del Tratado del Atlántico Norte'] },
  { type: 'organization', names: ['UN', 'ONU', 'ООН', 'OON', 'UNO', 'United Nations', 'Nations unies', 'Vereinte Nationen', 'Naciones Unidas', 'Организация Объединённых Наций', 'Організація Об’єднаних Націй'] },
  { type: 'organization', names: ['EU', 'UE', 'ЕС', 'ЄС', 'European Union', 'Union européenne', 'Europäische Union', 'Unión Europea', 'Европейский союз', 'Євросоюз', 'Евросоюз', 'Європейський союз'] },
  { type: 'organization', names: ['OSCE', 'OSZE', 'ОБСЕ', 'ОБСЄ', 'Organization for Security and Co-operation in Europe'] },
  { type: 'organization', names: ['CIS', 'CEI', 'СНГ', 'СНД', 'GUS', 'Commonwealth of Independent States', 'Communauté des États indépendants', 'Содружество Независимых Государств'] },
  { type: 'organization', names: ['SCO', 'OCS', 'ШОС', 'SOZ', 'Shanghai Cooperation Organisation'] },
  { type: 'organization', names: ['WHO', 'OMS', 'ВОЗ', 'ВООЗ', 'World Health Organization', 'Organisation mondiale de la santé', 'Weltgesundheitsorganisation', 'Organización Mundial de la Salud'] },
  { type: 'organization', names: ['IMF', 'FMI', 'МВФ', 'IWF', 'International Monetary Fund', 'Fonds monétaire international', 'Internationaler Währungsfonds', 'Fondo Monetario Internacional'] },
  { type: 'organization', names: ['World Bank', 'Banque mondiale', 'Weltbank', 'Banco Mundial', 'Всемирный банк', 'Світовий банк'] },
  { type: 'organization', names: ['OPEC', 'OPEP', 'ОПЕК', 'Organization of the Petroleum Exporting Countries'] },
  { type: 'organization', names: ['IAEA', 'AIEA', 'МАГАТЭ', 'МАГАТЕ', 'IAEO', 'OIEA', 'International Atomic Energy Agency'] },
  { type: 'organization', names: ['Interpol', 'Интерпол', 'Інтерпол'] },
  { type: 'organization', names: ['European Commission', 'Commission européenne', 'Europäische Kommission', 'Comisión Europea', 'Еврокомиссия', 'Єврокомісія'] },
  { type: 'organization', names: ['State Duma', 'Госдума', 'Государственная дума', 'Douma', 'Staatsduma', 'Duma Estatal'] },
  { type: 'organization', names: ['RIA Novosti', 'РИА Новости', 'РІА Новини', 'RIA Nowosti'] },
  { type: 'organization', names: ['TASS', 'ТАСС', 'ТАРС'] },
  { type: 'organization', names: ['Interfax', 'Интерфакс', 'Інтерфакс'] },
  { type: 'organization', names: ['Reuters', 'Рейтер', 'Рейтерс'] },
  { type: 'organization', names: ['Agence France-Presse', 'AFP', 'Франс Пресс'] },
  { type: 'organization', names: ['Associated Press', 'AP'] },
  { type: 'organization', names: ['Anadolu', 'Анадолу', 'Anadolu Agency'] },
  { type: 'organization', names: ['UNIAN', 'УНИАН', 'УНІАН'] },
  { type: 'organization', names: ['Facebook', 'Фейсбук'] },
  { type: 'organization', names: ['Telegram', 'Телеграм'] },
  { type: 'organization', names: ['RFE/RL', 'Radio Free Europe/Radio Liberty', 'Радио Свобода', 'Радіо Свобода'] },
];
