import { cue } from './name-pattern.js';
import type { LanguageTable } from './types.js';

/** Spanish. */
export const es: LanguageTable = {
  code: 'es',
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
    julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9, octubre: 10, oct: 10,
    noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6 },
  relativeDateWords: ['ayer', 'hoy', 'mañana', 'anoche', 'hace', 'pasado', 'pasada', 'próximo', 'próxima', 'semana', 'mes', 'año'],
  bylinePrefixes: ['por', 'autor:', 'autora:'],
  abbreviations: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Ud', 'Uds', 'EE.UU', 'pág', 'núm', 'aprox', 'Av', 'Avda', 'Lic', 'Ing', 'Gral', 'Dña', 'D', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic'],
  boilerplate: {
    related: [/^te (puede|podría) interesar\b/iu, /^(lee|lea|leer) (también|más)\b/iu, /^(ver|vea) (también|más)\b/iu, /^noticias relacionadas\b/iu, /^relacionad[oa]s?\s*:/iu, /^más información\s*:/iu],
    photoWords: ['foto', 'fotografía', 'imagen', 'vídeo', 'video'],
    form: ['Deja un comentario', 'Dejar un comentario', 'Deja una respuesta', 'Iniciar sesión', 'Inicia sesión', 'Regístrate', 'Suscríbete', 'Tu dirección de correo electrónico no será publicada', 'Cancelar respuesta', 'Publicar comentario'],
    share: ['Compartir', 'Comparte', 'Tuitear', 'Imprimir', 'Síguenos'],
    ad: ['Publicidad', 'Anuncio', 'Contenido patrocinado'],
    mostRead: ['Lo más leído', 'Lo más visto', 'Más leídas', 'Últimas noticias', 'Lo último'],
    commentHeadings: [/^\d+ comentarios?\b/iu, /^comentarios\s*(\(\d+\))?$/iu],
    commentUi: ['Responder', 'Denunciar', /^me gusta\s*\d*$/iu],
    footer: [/^(\(c\)|©|copyright\b)/iu, 'Todos los derechos reservados', 'Aviso legal', 'Política de privacidad'],
    truncation: [/^(seguir|sigue|continuar) leyendo\b/iu, /^leer (más|la noticia completa)\b/iu, /^este (artículo|contenido) es (exclusivo )?para suscriptores/iu],
    commentAuthorSuffixes: ['dice:', 'escribió:'],
  },
  entities: {
    functionWords: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'ese', 'esa', 'él', 'ella', 'ellos', 'nosotros', 'yo', 'su', 'sus', 'en', 'a', 'al', 'de', 'del', 'por', 'para', 'con', 'sin', 'tras', 'antes', 'después', 'durante', 'desde', 'según', 'pero', 'y', 'o', 'si', 'cuando', 'como', 'así', 'también', 'ahora', 'hoy', 'ayer', 'sin', 'embargo', 'más', 'te', 'foto', 'las', 'autoridades'],
    personTitles: ['presidente', 'presidenta', 'sr', 'sra', 'señor', 'señora', 'don', 'doña', 'dr', 'ministro', 'ministra', 'primer ministro', 'secretario', 'alcalde', 'alcaldesa', 'general', 'rey', 'reina', 'papa', 'canciller', 'embajador', 'juez'],
    roleNouns: ['banquero', 'empresario', 'empresaria', 'financiero', 'activista', 'líder', 'jefe', 'jefa', 'presidente', 'ministro', 'opositor', 'político', 'portavoz', 'director', 'directora', 'alcalde', 'gobernador', 'funcionario', 'diplomático', 'periodista', 'analista', 'experto', 'abogado', 'propietario', 'fundador', 'diputado', 'senador', 'general', 'comandante', 'fiscal', 'juez', 'secretario', 'embajador', 'disidente', 'magnate', 'oligarca', 'candidato', 'socio', 'capitán'],
    organizationWords: ['banco', 'ministerio', 'comité', 'agencia', 'partido', 'movimiento', 'consejo', 'unión', 'empresa', 'compañía', 'corporación', 'grupo', 'organización', 'alianza', 'dirección', 'departamento', 'oficina', 'servicio', 'tribunal', 'corte', 'parlamento', 'asamblea', 'gobierno', 'universidad', 'instituto', 'fundación', 'fondo', 'asociación', 'federación', 'ejército', 'policía', 'diario'],
    placeWords: ['región', 'ciudad', 'provincia', 'distrito', 'república', 'calle', 'plaza', 'río', 'mar', 'lago', 'isla', 'estrecho', 'canal', 'puerto', 'aeropuerto'],
    nameConnectors: ['de', 'del', 'la', 'las', 'los', 'y'],
    determiners: ['un', 'una', 'el', 'la', 'ex', 'antiguo', 'antigua'],
    personPronouns: ['él', 'ella', 'le'],
    relativePronouns: ['que', 'quien', 'quienes', 'cuyo', 'cuya', 'el cual', 'la cual'],
    indefiniteArticles: ['un', 'una'],
  },
  speech: {
    verbs: ['dijo', 'declaró', 'afirmó', 'añadió', 'explicó', 'escribió', 'indicó', 'precisó', 'aseguró', 'subrayó', 'señaló', 'anunció', 'acusó', 'advirtió', 'recordó', 'sostuvo', 'dice', 'afirma', 'asegura', 'explica', 'escribe', 'cree', 'considera'],
    complementizers: ['que'],
    accordingTo: ['según', 'de acuerdo con', 'en palabras de'],
    quoteMarks: [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']],
  },
  numbers: {
    decimalMark: ',',
    scales: { mil: 1e3, millón: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, billón: 1e12 },
    words: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, veinte: 20, cien: 100 },
    currencies: { dólar: 'USD', dólares: 'USD', euro: 'EUR', euros: 'EUR', libras: 'GBP', rublos: 'RUB', tenges: 'KZT', pesos: 'MXN', grivnas: 'UAH' },
    units: { toneladas: 't', tonelada: 't', metros: 'm', metro: 'm', kilómetros: 'km', km: 'km', kilos: 'kg', kilogramos: 'kg', litros: 'l', barriles: 'bbl', '%': '%' },
    linkers: ['de'],
    approximate: ['cerca de', 'alrededor de', 'casi', 'unos', 'unas', 'aproximadamente', 'hasta'],
    atLeast: ['más de', 'al menos', 'por lo menos', 'como mínimo', 'superan los', 'supera los'],
    ranges: [['de', 'a'], ['entre', 'y'], ['desde', 'hasta']],
  },
  citationCues: [
    { pattern: cue(String.raw`(?<![\p{L}])(?:según|de acuerdo con|informó|informa|reportó|dijo a|declaró a|afirmó a|citado por|citando a)\s+(?:el\s+|la\s+|los\s+|las\s+|al\s+)?(?:agencia\s+|diario\s+|periódico\s+|cadena\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])(?:en (?:una\s+)?entrevista con|en declaraciones a)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:agencia\s+|diario\s+|cadena\s+)?{source}`) },
    { pattern: cue(String.raw`(?<![\p{L}])en (?:su|sus) (?:cuenta|página|perfil|canal) de {source}`) },
  ],
};
