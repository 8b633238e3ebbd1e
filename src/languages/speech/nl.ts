import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** Dutch. */
export const nl: SpeechVocabulary = {
  code: 'nl',
  verbs: list(
    'zei|zegt|zeiden|verklaarde|verklaart|stelde|stelt|schreef|schrijft|voegde|benadrukte|benadrukt|' +
      'waarschuwde|liet weten|liet|meldde|antwoordde|vertelde|vertelt|heeft gezegd',
  ),
  sources: list('aldus|volgens'),
  roles: list(
    'president|premier|minister|woordvoerder|woordvoerster|kanselier|secretaris|secretaris-generaal|' +
      'generaal|directeur|topman|topvrouw|baas|chef|ambassadeur|adviseur|burgemeester|kamerlid|senator|' +
      'commissaris|leider|paus|koning|koningin|voorzitter|minister-president|meneer|mevrouw|dhr|mevr|' +
      'expert|analist|hoogleraar|rechter|officier',
  ),
  roleSuffixes: list('minister|woordvoerder|woordvoerster|leider|voorzitter'),
  determiners: list('de|het|een|zijn|haar'),
  notNames: list(
    'in|op|aan|bij|na|voor|met|over|tijdens|sinds|maar|en|of|ook|dan|daarna|gisteren|vandaag|morgen|' +
      'toen|er|we|wij|ik|men|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('hij|zij|ze'),
  omitsPronouns: false,
  coordinators: list('en|maar'),
  continuers: list('en voegde toe|voegde eraan toe'),
};
