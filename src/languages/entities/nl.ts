import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * Dutch. Articles and particles stay out of notNames because they open names ("De Telegraaf",
 * "Het Parool", "De Jong", "Van Gaal"). "Meer" (also "more"), "berg", "bos" and "park" are
 * no place words: they are surnames as often ("Van den Berg", Wouter Bos, Park Geun-hye).
 */
export const nl: EntityVocabulary = {
  code: 'nl',
  capitalizesNouns: false,
  organizationWords: list(
    'ministerie|raad|commissie|comité|agentschap|autoriteit|dienst|bureau|secretariaat|regering|kabinet|' +
      'parlement|kamer|senaat|congres|rechtbank|hof|tribunaal|partij|unie|alliantie|bond|coalitie|liga|' +
      'vereniging|organisatie|beweging|front|stichting|instituut|universiteit|hogeschool|academie|' +
      'ziekenhuis|museum|bank|fonds|groep|maatschappij|concern|holding|nv|bv|leger|marine|luchtmacht|' +
      'strijdkrachten|krijgsmacht|garde|brigade|bataljon|regiment|divisie|politie|marechaussee|kerk|club|' +
      'krant|dagblad|omroep|radio|televisie|nieuws|pers|vakbond|militie|kartel|ambassade|consulaat',
  ),
  organizationEndings: [],
  placeWords: list(
    'oblast|regio|provincie|gemeente|district|graafschap|kanton|republiek|koninkrijk|emiraat|eiland|' +
      'eilanden|schiereiland|straat|golf|baai|zee|oceaan|rivier|kanaal|kust|kaap|gebergte|vallei|' +
      'woestijn|delta|abdij|kathedraal|dom|basiliek|moskee|tempel|synagoge|klooster|paleis|kasteel|' +
      'burcht|fort|toren|plein|laan|gracht|brug|tunnel|dam|luchthaven|vliegveld|haven|station|stadion|' +
      'tuin|strook|corridor|stad|wijk',
  ),
  // "bij" and "van" are left out: they stand before companies and people as often ("bij Shell").
  placePrepositions: list('in|naar|uit|nabij|vanuit|richting'),
  notNames: list(
    'gisteren|vandaag|morgen|eergisteren|overmorgen|nu|toen|dan|daarna|daarvoor|daarom|daardoor|' +
      'daarbij|daarnaast|bovendien|ook|nog|alleen|echter|toch|wel|niet|maar|en|of|want|dus|omdat|' +
      'doordat|hoewel|terwijl|wanneer|als|nadat|voordat|sinds|zodra|indien|tenzij|ondanks|volgens|' +
      'tijdens|na|voor|achter|naast|tussen|tegen|zonder|onder|boven|door|om|per|vanaf|vanuit|naar|uit|' +
      'bij|met|op|aan|in|over|sindsdien|inmiddels|intussen|ondertussen|eerder|later|straks|vooral|' +
      'zelfs|hier|daar|waar|wie|wat|welke|waarom|hoe|ik|jij|je|u|hij|zij|ze|wij|we|jullie|hen|hun|hem|' +
      'haar|mijn|jouw|onze|ons|dit|dat|deze|die|alle|veel|enkele|sommige|iedereen|niemand|niets|iets|' +
      'elke|ieder|een|ja|nee|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|' +
      'februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|live|liveblog|' +
      "video|foto’s|foto's|fotos|exclusief|analyse|opinie|column|commentaar|interview|achtergrond|" +
      'podcast|update',
  ),
  // Genitive without apostrophe: "Poetins oorlog" → "Poetin", "Ruttes kabinet" → "Rutte".
  nameEndings: [['s', '']],
  adjectiveEndings: [],
  aliasWords: list('bijnaam|alias|pseudoniem|roepnaam'),
  adverbEndings: [],
  ordinalDot: false,
  placeConnectors: list('aan|op'),
  nameConnectors: list('van|voor'),
  regionWords: list('regio|provincie|oblast|district|rivier|meer'),
  designators: designators({
    region: 'regio|provincie|oblast|district',
    river: 'rivier',
    abbey: 'abdij',
    palace: 'paleis',
    castle: 'kasteel',
    dam: 'stuwdam',
  }),
};
