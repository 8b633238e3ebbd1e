import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** German. */
export const de: SpeechVocabulary = {
  code: 'de',
  verbs: list(
    'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|schrieb|schreibt|teilte mit|teilt mit|teilte|' +
      'fügte|ergänzte|ergänzt|warnte|warnt|meinte|meint|kritisierte|forderte|räumte|unterstrich|' +
      'bekräftigte|versicherte|antwortete|hat gesagt|hatte gesagt',
  ),
  sources: list('so|laut'),
  roles: list(
    'präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|sprecher|sprecherin|chef|chefin|' +
      'generalsekretär|generalsekretärin|sekretär|vorsitzender|vorsitzende|botschafter|botschafterin|' +
      'berater|beraterin|direktor|direktorin|leiter|leiterin|bürgermeister|bürgermeisterin|abgeordneter|' +
      'abgeordnete|general|oberst|experte|expertin|analyst|professor|professorin|dr|prof|papst|könig|' +
      'königin|premier|senator|gouverneur|kommissar|kommissarin|richter|richterin|herr|frau',
  ),
  roleSuffixes: list(
    'präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|sprecher|sprecherin|chef|chefin|' +
      'sekretär|sekretärin|vorsitzender|vorsitzende|botschafter|berater|direktor|leiter|leiterin|meister|' +
      'abgeordneter|experte|expertin',
  ),
  determiners: list('der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|sein|seine|ihr|ihre'),
  notNames: list(
    'am|im|in|an|auf|bei|nach|vor|mit|zum|zur|für|über|unter|seit|während|gegenüber|dazu|damals|danach|' +
      'dann|gestern|heute|morgen|jetzt|nun|später|zuvor|zudem|außerdem|auch|doch|aber|und|oder|als|wie|' +
      'wenn|weil|dass|daher|deshalb|deswegen|trotzdem|dennoch|zunächst|schließlich|anschließend|' +
      'daraufhin|dort|hier|es|wir|ich|man|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('er|sie'),
  omitsPronouns: false,
  coordinators: list('und|aber|doch|sondern'),
  continuers: list('und fügte hinzu|fügte hinzu'),
};
