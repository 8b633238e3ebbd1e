import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** Polish. */
export const pl: SpeechVocabulary = {
  code: 'pl',
  verbs: list(
    'powiedział|powiedziała|stwierdził|stwierdziła|oświadczył|oświadczyła|dodał|dodała|podkreślił|' +
      'podkreśliła|zaznaczył|zaznaczyła|napisał|napisała|mówi|mówił|mówiła|przekazał|przekazała|zapewnił|' +
      'zapewniła|ocenił|oceniła|ostrzegł|ostrzegła|odpowiedział|odpowiedziała|poinformował|poinformowała|' +
      'wyjaśnił|wyjaśniła',
  ),
  sources: list('według|zdaniem'),
  roles: list(
    'prezydent|premier|minister|ministra|rzecznik|rzeczniczka|kanclerz|sekretarz|generał|dyrektor|' +
      'dyrektorka|szef|szefowa|ambasador|doradca|burmistrz|poseł|posłanka|senator|komisarz|lider|liderka|' +
      'papież|król|królowa|wicepremier|przewodniczący|przewodnicząca|marszałek|pan|pani|ekspert|ekspertka|' +
      'analityk|profesor|prof|dr|sędzia|prokurator|książę|księcia|księżna|księżniczka|księżniczką|księciem|' +
      'króla|królowej|królową|prezydenta|premiera|kanclerza|sekretarza',
  ),
  roleSuffixes: [],
  determiners: list('jego|jej'),
  notNames: list(
    'w|we|na|z|ze|do|po|przed|podczas|od|dla|ale|i|a|oraz|też|także|również|wczoraj|dziś|dzisiaj|jutro|' +
      'potem|następnie|jak|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('on|ona'),
  omitsPronouns: true,
  coordinators: list('i|ale|a|lecz'),
  continuers: list('dodając|i dodał|i dodała'),
};
