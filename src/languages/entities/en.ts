import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * English. Left out on purpose: "the", "a" and particles, which open names ("The Hague"); "may" and
 * "will" (Theresa May, Will Smith); "said" (Kais Saied, Said Jalili); "park", "hill", "delta" and
 * "state" as place words (Park Geun-hye, Fiona Hill, Delta Air Lines, Islamic State);
 * "federation" and "confederation" as organisation words (Russian Federation, Swiss Confederation).
 */
export const en: EntityVocabulary = {
  code: 'en',
  capitalizesNouns: false,
  organizationWords: list(
    'ministry|department|council|commission|committee|agency|authority|administration|bureau|board|' +
      'office|service|services|secretariat|directorate|cabinet|government|parliament|assembly|senate|' +
      'congress|chamber|court|tribunal|party|union|alliance|coalition|league|association|organisation|' +
      'organization|movement|front|foundation|institute|institution|university|college|academy|school|' +
      'hospital|centre|center|museum|bank|fund|exchange|group|company|corporation|corp|inc|ltd|plc|llc|gmbh|holdings|' +
      'industries|airlines|airways|motors|pharmaceuticals|technologies|laboratories|labs|partners|media|' +
      'network|broadcasting|news|press|times|post|herald|tribune|journal|gazette|telegraph|daily|radio|' +
      'television|tv|army|navy|marines|forces|force|guard|guards|brigade|brigades|battalion|regiment|corps|' +
      'fleet|command|police|constabulary|militia|cartel|church|diocese|club|fc|society|trust|charity|' +
      'embassy|consulate|mission|forum|watch|syndicate',
  ),
  organizationEndings: [],
  placeWords: list(
    'oblast|krai|raion|region|province|county|district|territory|territories|prefecture|governorate|' +
      'canton|municipality|borough|republic|kingdom|city|town|village|island|islands|isle|peninsula|' +
      'strait|straits|sea|ocean|gulf|bay|lake|river|canal|coast|cape|mountains|mountain|mount|mt|hills|' +
      'heights|valley|plateau|desert|forest|basin|falls|glacier|volcano|reef|lagoon|strip|zone|corridor|' +
      'abbey|cathedral|basilica|mosque|temple|synagogue|monastery|palace|castle|fortress|citadel|fort|' +
      'tower|square|plaza|street|avenue|road|boulevard|highway|motorway|bridge|tunnel|dam|wall|gate|' +
      'airport|port|harbour|harbor|station|stadium|arena|memorial|monument|gardens|point|spaceport|' +
      'cosmodrome|beach|shore|pier|canyon|creek|springs',
  ),
  // "to", "from" and "at" are left out: as often as a place, a person or a company follows them.
  placePrepositions: list('in|near|outside|inside|across|around|throughout|towards|toward|via'),
  notNames: list(
    'after|before|but|and|or|nor|so|yet|then|also|meanwhile|however|moreover|furthermore|nevertheless|' +
      'nonetheless|therefore|thus|hence|instead|indeed|still|even|just|only|already|again|now|today|' +
      'yesterday|tomorrow|tonight|earlier|later|recently|currently|previously|finally|eventually|' +
      'initially|although|though|because|since|while|whilst|when|where|whether|if|unless|until|once|as|' +
      'i|you|he|she|it|we|they|me|him|us|them|my|your|his|her|its|our|their|this|that|these|those|' +
      'there|here|who|what|which|why|how|whose|whom|is|are|was|were|be|been|has|have|had|do|does|did|' +
      'can|could|should|would|might|must|shall|all|some|many|most|few|several|both|each|every|any|no|' +
      'not|none|other|another|such|more|less|much|nothing|everything|everyone|nobody|someone|anyone|' +
      'in|on|at|by|for|with|from|to|of|about|against|amid|among|amongst|across|along|around|behind|' +
      'below|beside|besides|between|beyond|despite|during|except|inside|into|near|off|onto|outside|over|' +
      'per|through|throughout|toward|towards|under|unlike|upon|via|within|without|according|following|' +
      'ahead|yes|oh|please|former|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|' +
      'february|march|april|june|july|august|september|october|november|december|live|latest|update|' +
      'updates|updated|breaking|exclusive|analysis|opinion|video|videos|photo|photos|pictures|gallery|' +
      'explainer|explained|factbox|comment|editorial|interview|podcast|listen|read|timeline|recap|' +
      'highlights|newsletter|says',
  ),
  // The possessive "'s" is cut off by the tokenizer; English names do not inflect otherwise.
  nameEndings: [],
  adjectiveEndings: [],
  aliasWords: list('nickname|nicknamed|alias|pseudonym'),
  adverbEndings: [],
  ordinalDot: false,
  placeConnectors: list('on|upon'),
  nameConnectors: list('of|for|on'),
  regionWords: list('region|regions|province|oblast|governorate|district|county|river|lake'),
  designators: designators({
    region: 'region|province|oblast|governorate|district|county',
    river: 'river',
    abbey: 'abbey',
    palace: 'palace',
    castle: 'castle',
    dam: 'dam',
  }),
};
