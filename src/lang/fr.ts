import { cue } from './name-pattern.js';
import type { LanguageTable } from './types.js';

/** French. */
export const fr: LanguageTable = {
  code: 'fr',
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12, dec: 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  relativeDateWords: ['hier', 'aujourd', 'demain', 'dernier', 'dernière', 'prochain', 'prochaine', 'semaine', 'mois', 'an', 'année', 'il y a'],
  bylinePrefixes: ['par', 'auteur :', 'auteur:'],
  abbreviations: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'St', 'Ste', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'av', 'apr', 'J.-C', 'cf', 'env', 'p', 'n°', 'art', 'éd'],
  boilerplate: {
    related: [/^(lire|voir) aussi\b/i, /^à lire (aussi|également)\b/i, /^sur le même sujet\b/i, /^(articles? )?(liés|connexes)\s*:/i, /^vous (aimerez|pourriez aimer)/i],
    photoWords: ['photo', 'photos', 'crédit photo', 'crédits', 'image', 'vidéo', 'illustration'],
    form: ['Laisser un commentaire', 'Laisser une réponse', 'Votre adresse e-mail ne sera pas publiée', 'Connectez-vous', 'Se connecter', "S'inscrire", 'Inscrivez-vous', 'Abonnez-vous', 'Recevez notre newsletter', 'Annuler la réponse', 'Publier le commentaire'],
    share: ['Partager', 'Partagez', 'Tweeter', 'Imprimer', 'Envoyer par e-mail', 'Suivez-nous'],
    ad: ['Publicité', 'Pub', 'Contenu sponsorisé', 'Annonce'],
    mostRead: ['Les plus lus', 'Les plus populaires', 'À la une', 'Dernières actualités', 'Dans la même rubrique'],
    commentHeadings: [/^\d+ commentaires?\b/i, /^commentaires?\s*(\(\d+\))?$/i, /^réactions?\s*(\(\d+\))?$/i],
    commentUi: ['Répondre', 'Signaler', /^\d+ (réponses?|j'aime)$/i],
    footer: [/^(\(c\)|©|copyright\b)/i, 'Tous droits réservés', 'Mentions légales', 'Politique de confidentialité', 'Conditions générales'],
    truncation: [/^(lire|voir) la suite\b/i, /^la suite (de cet article )?est réservée/i, /^cet article est réservé aux abonnés/i, /^il vous reste \d+%/i],
    commentAuthorSuffixes: ['dit :', 'dit:', 'a écrit :', 'a écrit:'],
  },
  entities: {
    functionWords: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'je', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'dans', 'en', 'à', 'au', 'aux', 'par', 'pour', 'sur', 'avec', 'après', 'avant', 'pendant', 'depuis', 'selon', 'mais', 'et', 'ou', 'si', 'quand', 'lorsque', 'comme', 'alors', 'ainsi', 'cependant', 'toutefois', 'maintenant', 'aujourd', 'hier', 'plus', 'les', 'lire', 'photo', 'en', 'outre', 'dès', 'd’une', 'd\'une'],
    personTitles: ['président', 'présidente', 'm', 'mme', 'monsieur', 'madame', 'dr', 'ministre', 'premier ministre', 'secrétaire', 'général', 'maire', 'roi', 'reine', 'pape', 'chancelier', 'ambassadeur', 'juge'],
    roleNouns: ['banquier', 'homme d\'affaires', 'homme d’affaires', 'financier', 'militant', 'activiste', 'dirigeant', 'leader', 'chef', 'président', 'ministre', 'opposant', 'politicien', 'porte-parole', 'directeur', 'ancien directeur', 'maire', 'gouverneur', 'responsable', 'diplomate', 'journaliste', 'analyste', 'expert', 'avocat', 'propriétaire', 'fondateur', 'député', 'sénateur', 'général', 'commandant', 'procureur', 'juge', 'secrétaire', 'ambassadeur', 'dissident', 'magnat', 'oligarque', 'candidat', 'partenaire', 'interlocuteur', 'homme politique', 'capitaine'],
    organizationWords: ['banque', 'ministère', 'comité', 'agence', 'parti', 'mouvement', 'conseil', 'union', 'société', 'compagnie', 'groupe', 'organisation', 'alliance', 'direction', 'département', 'bureau', 'service', 'tribunal', 'cour', 'parlement', 'assemblée', 'gouvernement', 'université', 'institut', 'fondation', 'fonds', 'association', 'fédération', 'armée', 'police'],
    placeWords: ['région', 'ville', 'province', 'district', 'oblast', 'république', 'rue', 'place', 'fleuve', 'rivière', 'mer', 'lac', 'île', 'détroit', 'canal', 'port', 'aéroport'],
    nameConnectors: ['de', 'du', 'des', 'la', 'le', 'et', 'd'],
    determiners: ['un', 'une', 'le', 'la', 'l', 'l’', 'les', 'ancien', 'ancienne'],
    personPronouns: ['il', 'elle', 'lui'],
    relativePronouns: ['qui', 'que', 'dont', 'lequel', 'laquelle'],
    indefiniteArticles: ['un', 'une'],
  },
  speech: {
    verbs: ['a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a écrit', 'a indiqué', 'a précisé', 'a assuré', 'a souligné', 'a estimé', 'a annoncé', 'a accusé', 'a confié', 'a raconté', 'a prévenu', 'a averti', 'a rappelé', 'déclare', 'dit', 'affirme', 'ajoute', 'explique', 'écrit', 'indique', 'précise', 'assure', 'souligne', 'estime', 'annonce', 'accuse', 'affirmait', 'déclarait'],
    complementizers: ['que', 'qu'],
    accordingTo: ['selon', 'd’après', 'd\'après', 'pour'],
    quoteMarks: [['«', '»'], ['“', '”'], ['"', '"'], ['‹', '›']],
  },
  numbers: {
    decimalMark: ',',
    scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mln: 1e6 },
    words: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30, cent: 100 },
    currencies: { dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', livres: 'GBP', rouble: 'RUB', roubles: 'RUB', tenge: 'KZT', tenges: 'KZT', hryvnias: 'UAH', yuans: 'CNY', livre: 'GBP' },
    units: { tonnes: 't', tonne: 't', mètres: 'm', mètre: 'm', kilomètres: 'km', km: 'km', kilos: 'kg', kilogrammes: 'kg', litres: 'l', barils: 'bbl', '%': '%' },
    linkers: ['de', 'd'],
    approximate: ['environ', 'près de', 'presque', 'quelque', 'quelques', 'autour de', 'jusqu’à', "jusqu'à"],
    atLeast: ['plus de', 'au moins', 'dépassent les', 'dépassent', 'dépasse', 'au-delà de', 'pas moins de'],
    ranges: [['de', 'à'], ['entre', 'et']],
  },
  citationCues: [
    { pattern: cue(String.raw`(?<![\p{L}])(?:selon|d'après|d’après|a indiqué à|a déclaré à|a confié à|a dit à|a affirmé à|rapporte|rapporté par|cité par|citant)\s+(?:l[ae]\s+|l['’]|les\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:entretien|entrevue|interview)\s+(?:accordée?\s+)?(?:avec|à)\s+(?:l[ae]\s+|l['’]|les\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:sur|dans) (?:sa|son|ses|leur) (?:page|compte|chaîne|publication) {source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:à l['’]antenne|sur l['’]antenne|sur les ondes) de\s+(?:la\s+|l['’]|le\s+)?(?:chaîne\s+)?{source}`) },
  ],
};
