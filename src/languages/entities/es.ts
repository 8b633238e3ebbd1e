import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * Spanish. Articles, "al" and "del" stay out of notNames because they open names ("El País",
 * "Los Ángeles", "Al Qaeda", "Del Toro"); so do "domingo", "julio" and "mayo" (Santo Domingo,
 * Julio Iglesias, Plaza de Mayo). "Costa", "castillo" and "estado" are no place words (António
 * Costa, Pedro Castillo, Estado Islámico), "federación" no organisation word (Federación Rusa).
 */
export const es: EntityVocabulary = {
  code: 'es',
  capitalizesNouns: false,
  organizationWords: list(
    'ministerio|consejo|comisión|comité|agencia|autoridad|administración|oficina|servicio|servicios|' +
      'secretaría|gobierno|parlamento|asamblea|senado|congreso|cámara|tribunal|corte|juzgado|fiscalía|' +
      'partido|unión|alianza|coalición|liga|confederación|asociación|organización|movimiento|frente|' +
      'fundación|instituto|universidad|academia|hospital|museo|banco|fondo|grupo|compañía|corporación|' +
      'sociedad|holding|aerolíneas|ejército|armada|fuerzas|fuerza|guardia|brigada|batallón|regimiento|' +
      'división|policía|gendarmería|iglesia|club|diario|periódico|radio|televisión|cadena|noticias|prensa|' +
      'cártel|cartel|milicia|milicias|sindicato|embajada|consulado',
  ),
  organizationEndings: [],
  placeWords: list(
    'oblast|región|provincia|departamento|condado|distrito|comarca|municipio|cantón|territorio|' +
      'república|reino|emirato|isla|islas|península|estrecho|golfo|bahía|mar|océano|lago|río|canal|cabo|' +
      'monte|montaña|montañas|sierra|cordillera|valle|meseta|desierto|bosque|delta|abadía|catedral|' +
      'basílica|mezquita|templo|sinagoga|monasterio|palacio|fortaleza|torre|plaza|calle|avenida|paseo|' +
      'puente|túnel|presa|aeropuerto|puerto|estación|estadio|parque|jardín|franja|corredor|ciudad|barrio',
  ),
  // "a" is left out: it also marks people as objects ("criticó a Sánchez"); "de" is too generic.
  placePrepositions: list('en|desde|hacia|cerca'),
  notNames: list(
    'estado|país|ayer|hoy|mañana|anoche|ahora|entonces|luego|después|antes|además|también|tampoco|pero|y|e|o|u|ni|' +
      'sino|aunque|porque|pues|cuando|mientras|donde|como|si|según|incluso|todavía|aún|ya|así|asimismo|' +
      'finalmente|primero|tras|ante|bajo|contra|desde|durante|en|entre|hacia|hasta|mediante|para|por|' +
      'sin|sobre|con|a|yo|tú|él|ella|nosotros|nosotras|vosotros|ellos|ellas|usted|ustedes|este|esta|' +
      'estos|estas|ese|esa|esos|esas|aquel|aquella|esto|eso|aquello|su|sus|mi|mis|tu|tus|nuestro|' +
      'nuestra|quien|quién|quienes|qué|cuál|cuáles|cómo|dónde|cuándo|cada|todo|toda|todos|todas|varios|' +
      'varias|algunos|algunas|ningún|ninguna|nada|nadie|otro|otra|otros|otras|un|una|sí|no|lunes|martes|' +
      'miércoles|jueves|viernes|sábado|enero|febrero|marzo|abril|junio|agosto|septiembre|setiembre|' +
      'octubre|noviembre|diciembre|directo|vídeo|video|fotos|galería|exclusiva|análisis|opinión|tribuna|' +
      'editorial|entrevista|crónica|reportaje|podcast|última',
  ),
  nameEndings: [],
  adjectiveEndings: [],
  aliasWords: list('apodo|apodado|apodada|alias|seudónimo|pseudónimo'),
  adverbEndings: list('mente'),
  ordinalDot: false,
  placeConnectors: list('del|de'),
  nameConnectors: list('de|del|para'),
  regionWords: list('región|provincia|óblast|oblast|distrito|río|lago|departamento'),
  designators: designators({
    region: 'región|provincia|óblast|oblast|distrito|departamento',
    river: 'río',
    abbey: 'abadía',
    palace: 'palacio',
    castle: 'castillo',
    dam: 'presa|represa',
  }),
};
