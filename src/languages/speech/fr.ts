import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** French. */
export const fr: SpeechVocabulary = {
  code: 'fr',
  verbs: list(
    'a déclaré|a dit|a affirmé|a ajouté|a souligné|a expliqué|a estimé|a assuré|a indiqué|a précisé|' +
      'a lancé|a rappelé|a averti|a insisté|a répondu|a écrit|déclare|dit|affirme|ajoute|souligne|' +
      'explique|estime|assure|indique|précise|lance|rappelle|avertit|écrit|poursuit|insiste|déclaré|' +
      'affirmé|ajouté|souligné|expliqué|estimé|assuré|indiqué|précisé|lancé|rappelé|averti|répondu',
  ),
  sources: list("selon|d'après|d’après"),
  roles: list(
    'président|présidente|ministre|premier|première|porte-parole|chancelier|chancelière|secrétaire|' +
      'général|générale|directeur|directrice|chef|cheffe|ambassadeur|ambassadrice|conseiller|conseillère|' +
      'maire|député|députée|sénateur|sénatrice|commissaire|patron|patronne|dirigeant|dirigeante|' +
      'responsable|pape|roi|reine|m|mme|monsieur|madame|dr|professeur|expert|experte|analyste|leader|' +
      'gouverneur|juge|procureur|colonel',
  ),
  roleSuffixes: [],
  determiners: list('le|la|les|un|une|son|sa|ses|leur|du'),
  notNames: list(
    'à|au|aux|en|dans|pour|par|avec|sur|sous|après|avant|depuis|pendant|lors|mais|et|ou|donc|puis|' +
      'ensuite|alors|aussi|hier|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on|nous|je|' +
      'ce|cette|face|interrogé|interrogée',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('il|elle|-t-il|-t-elle|-il|-elle'),
  omitsPronouns: false,
  coordinators: list('et|mais'),
  continuers: list('ajoutant|en ajoutant|et a ajouté'),
};
