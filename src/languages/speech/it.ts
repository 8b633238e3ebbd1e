import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** Italian. */
export const it: SpeechVocabulary = {
  code: 'it',
  verbs: list(
    'ha detto|ha dichiarato|ha affermato|ha aggiunto|ha sottolineato|ha spiegato|ha ribadito|ha scritto|' +
      'ha assicurato|ha avvertito|ha risposto|dice|afferma|dichiara|aggiunge|sottolinea|spiega|ribadisce|' +
      'scrive|disse|affermò|dichiarò|aggiunse',
  ),
  sources: list('secondo|a detta di'),
  roles: list(
    'presidente|premier|ministro|ministra|portavoce|cancelliere|segretario|segretaria|generale|direttore|' +
      'direttrice|capo|ambasciatore|ambasciatrice|consigliere|sindaco|sindaca|deputato|deputata|senatore|' +
      'senatrice|commissario|commissaria|leader|papa|re|regina|governatore|vicepresidente|vicepremier|' +
      'signor|signora|sig|dott|professore|esperto|esperta|analista|giudice|procuratore',
  ),
  roleSuffixes: [],
  determiners: list('il|lo|la|i|gli|le|un|uno|una|suo|sua|del|dello'),
  notNames: list(
    'in|a|con|per|su|dopo|prima|durante|tra|fra|ma|e|o|anche|inoltre|ieri|oggi|domani|poi|quindi|' +
      'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('lui|lei'),
  omitsPronouns: true,
  coordinators: list('e|ma|ed'),
  continuers: list('aggiungendo|e ha aggiunto'),
};
