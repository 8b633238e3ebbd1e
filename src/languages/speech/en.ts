import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** English. */
export const en: SpeechVocabulary = {
  code: 'en',
  verbs: list(
    'said|says|say|told|tells|added|adds|stated|states|wrote|writes|explained|explains|warned|warns|' +
      'insisted|insists|noted|notes|asked|asks|replied|answered|continued|declared|announced|argued|' +
      'claimed|stressed|emphasised|emphasized|acknowledged|admitted|recalled|posted|tweeted|has said|had said',
  ),
  sources: list('according to'),
  roles: list(
    'president|minister|chancellor|secretary|secretary-general|general|spokesman|spokeswoman|spokesperson|' +
      'senator|sen|governor|gov|mayor|ambassador|envoy|adviser|advisor|chief|director|ceo|chair|chairman|' +
      'chairwoman|leader|king|queen|prince|princess|pope|commissioner|judge|lawmaker|congressman|' +
      'congresswoman|rep|representative|mp|premier|colonel|lieutenant|commander|captain|sergeant|officer|' +
      'official|analyst|professor|prof|dr|mr|mrs|ms|sir|dame|lord|lady|head|boss|founder|economist|coach|' +
      'manager|cardinal|archbishop|bishop|rabbi|imam|attorney|counsel|expert',
  ),
  roleSuffixes: [],
  determiners: list('the|a|an|his|her|its|their|our'),
  notNames: list(
    'on|in|at|after|before|but|and|or|so|then|also|meanwhile|however|yesterday|today|tomorrow|earlier|' +
      'later|last|this|that|these|those|when|while|as|if|for|with|from|by|of|to|during|since|until|it|we|' +
      'i|they|you|there|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|speaking|asked',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('he|she'),
  omitsPronouns: false,
  coordinators: list('and|but'),
  continuers: list('adding|and added'),
};
