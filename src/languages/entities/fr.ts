import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * French. Articles and particles stay out of notNames because they open names ("Le Pen",
 * "Le Monde", "La Réunion", "de Gaulle"); so do "mars" (the planet), "info" ("France Info") and
 * "tribune" ("La Tribune"). "Fédération" is no organisation word: "Fédération de Russie".
 */
export const fr: EntityVocabulary = {
  code: 'fr',
  capitalizesNouns: false,
  organizationWords: list(
    'ministère|conseil|commission|comité|agence|autorité|administration|office|bureau|service|services|' +
      'secrétariat|gouvernement|parlement|assemblée|sénat|congrès|chambre|cour|tribunal|parti|union|' +
      'alliance|coalition|ligue|confédération|association|organisation|mouvement|front|fondation|' +
      'institut|université|académie|hôpital|musée|banque|fonds|groupe|compagnie|société|holding|armée|' +
      'marine|forces|force|garde|brigade|bataillon|régiment|division|police|gendarmerie|église|club|' +
      'journal|quotidien|radio|télévision|chaîne|presse|syndicat|milice|milices|cartel|observatoire|' +
      'caisse|ambassade|consulat',
  ),
  organizationEndings: [],
  placeWords: list(
    'oblast|région|province|département|comté|district|canton|arrondissement|territoire|république|' +
      'royaume|émirat|île|îles|presqu’île|péninsule|détroit|golfe|baie|mer|océan|lac|fleuve|rivière|canal|' +
      'côte|cap|mont|monts|montagne|montagnes|massif|vallée|plateau|désert|forêt|delta|abbaye|cathédrale|' +
      'basilique|mosquée|temple|synagogue|monastère|palais|château|citadelle|fort|forteresse|tour|place|' +
      'rue|avenue|boulevard|quai|pont|tunnel|barrage|aéroport|port|gare|stade|parc|jardin|jardins|bande|' +
      'corridor|ville|village|quartier',
  ),
  // "de", "du" and "des" are left out: they stand before people and organisations as often ("de Macron").
  placePrepositions: list('à|en|au|aux|vers|depuis|près'),
  notNames: list(
    "hier|aujourd’hui|aujourd'état|pays|hui|demain|désormais|ensuite|puis|alors|ainsi|aussi|encore|déjà|toujours|" +
      'enfin|finalement|pourtant|cependant|toutefois|néanmoins|donc|mais|et|ou|car|ni|quand|lorsque|' +
      'comme|si|selon|pendant|avant|après|malgré|contre|vers|chez|sans|sous|sur|dans|pour|par|avec|' +
      'entre|parmi|dès|depuis|à|au|aux|en|je|tu|il|elle|on|nous|vous|ils|elles|ce|cela|ça|ceci|celui|' +
      'celle|ceux|celles|cette|cet|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|qui|que|quoi|' +
      'dont|où|quel|quelle|quels|quelles|chaque|tout|tous|toute|toutes|plusieurs|certains|certaines|' +
      'aucun|aucune|rien|un|une|oui|non|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|' +
      'février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|direct|vidéo|vidéos|' +
      'photos|exclusif|exclusive|analyse|opinion|éditorial|entretien|interview|décryptage|récit|enquête|' +
      'reportage|chronique|podcast|infographie|témoignage|live',
  ),
  nameEndings: [],
  adjectiveEndings: [],
  aliasWords: list('surnom|surnommé|surnommée|alias|pseudonyme'),
  adverbEndings: list('ement|amment|emment'),
  ordinalDot: false,
  placeConnectors: list('sur|en'),
  nameConnectors: list('de|des|du|d|pour'),
  regionWords: list('région|province|oblast|district|fleuve|rivière|lac|gouvernorat|département'),
  designators: designators({
    region: 'région|province|oblast|district|gouvernorat|département',
    river: 'fleuve|rivière',
    abbey: 'abbaye',
    palace: 'palais',
    castle: 'château',
    dam: 'barrage',
  }),
};
