import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * Italian. Articles and the prepositions that join them stay out of notNames because they open
 * names ("La Stampa", "Il Foglio", "Le Marche", "Dalla", "Degli Esposti", "Opus Dei", "Alla
 * Pugačëva"). "Costa", "capo" and "monti" are no place words (António Costa, the role, Mario Monti).
 */
export const it: EntityVocabulary = {
  code: 'it',
  capitalizesNouns: false,
  organizationWords: list(
    'ministero|consiglio|commissione|comitato|agenzia|autorità|amministrazione|ufficio|servizio|servizi|' +
      'segreteria|governo|parlamento|assemblea|senato|camera|congresso|tribunale|corte|procura|partito|' +
      'unione|alleanza|coalizione|lega|confederazione|associazione|organizzazione|movimento|fronte|' +
      'fondazione|istituto|università|accademia|ospedale|museo|banca|banco|fondo|gruppo|compagnia|' +
      'società|holding|esercito|marina|aeronautica|forze|guardia|brigata|battaglione|reggimento|' +
      'divisione|polizia|carabinieri|chiesa|club|giornale|quotidiano|radio|televisione|notizie|stampa|' +
      'corriere|gazzetta|sindacato|milizia|milizie|cartello|ambasciata|consolato',
  ),
  organizationEndings: [],
  placeWords: list(
    'oblast|regione|provincia|contea|distretto|comune|cantone|territorio|repubblica|regno|emirato|isola|' +
      'isole|penisola|stretto|golfo|baia|mare|oceano|lago|fiume|canale|monte|montagna|montagne|valle|' +
      'altopiano|deserto|foresta|delta|abbazia|cattedrale|duomo|basilica|moschea|tempio|sinagoga|' +
      'monastero|palazzo|castello|fortezza|torre|piazza|via|viale|ponte|galleria|diga|aeroporto|porto|' +
      'stazione|stadio|parco|giardino|striscia|corridoio|città|quartiere',
  ),
  // "a" and "da" are left out: a person follows them as often as a city ("ha scritto a Meloni").
  placePrepositions: list('in|verso|presso|vicino'),
  notNames: list(
    'stato|paese|ieri|oggi|domani|stamattina|stasera|stanotte|ora|adesso|allora|poi|quindi|dunque|infatti|inoltre|' +
      'anche|ancora|già|sempre|mai|però|ma|e|ed|o|oppure|né|anzi|mentre|quando|dove|come|se|perché|' +
      'poiché|benché|sebbene|secondo|intanto|infine|tuttavia|eppure|comunque|insomma|cioè|così|dopo|' +
      'prima|durante|tra|fra|con|per|su|in|a|ad|senza|contro|verso|presso|oltre|entro|fino|sotto|sopra|' +
      'dentro|fuori|nel|nella|nei|nelle|sul|sulla|sui|sulle|ai|alle|agli|io|tu|lui|lei|noi|voi|loro|' +
      'egli|esso|essa|essi|questo|questa|questi|queste|quello|quella|quelli|quelle|ciò|chi|che|cosa|' +
      'quale|quali|suo|sua|suoi|sue|mio|mia|nostro|nostra|ogni|ognuno|tutto|tutta|tutti|tutte|molti|' +
      'molte|alcuni|alcune|nessuno|nessuna|niente|nulla|altro|altri|ci|si|ne|un|uno|una|sì|no|lunedì|' +
      'martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|' +
      'luglio|agosto|settembre|ottobre|novembre|dicembre|diretta|video|foto|esclusiva|analisi|opinione|' +
      'editoriale|intervista|commento|reportage|podcast|aggiornamento|live',
  ),
  nameEndings: [],
  adjectiveEndings: [],
  aliasWords: list('soprannome|soprannominato|soprannominata|alias|pseudonimo'),
  adverbEndings: list('mente'),
  ordinalDot: false,
  placeConnectors: list('sul|sull|al'),
  nameConnectors: list('di|della|del|dei|degli|per'),
  regionWords: list('regione|provincia|oblast|distretto|fiume|lago'),
  designators: designators({
    region: 'regione|provincia|oblast|distretto',
    river: 'fiume',
    abbey: 'abbazia',
    palace: 'palazzo',
    castle: 'castello',
    dam: 'diga',
  }),
};
