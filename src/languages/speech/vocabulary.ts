/**
 * The words a language ties quotes to their speakers with. Every list is lower case; shared code
 * compares words case-insensitively and never branches on the language.
 */
export interface SpeechVocabulary {
  /** ISO 639-1 code, 'und' for the generic vocabulary. */
  code: string;
  /** Speech verbs, one or more words, written next to the speaker: "said", "a déclaré", "ha detto". */
  verbs: readonly string[];
  /** Words put before a speaker instead of a verb: "according to", "so", "selon", "по словам". */
  sources: readonly string[];
  /**
   * Roles and titles written before a name and never part of it: "president", "sprecher".
   * Also the words that sit between a role and the name ("президент России Владимир Путин").
   */
  roles: readonly string[];
  /** Endings that make a compound a role: "kanzler" for "Bundeskanzler". */
  roleSuffixes: readonly string[];
  /** Articles and possessives that may stand before a role or name: "the", "der", "le". */
  determiners: readonly string[];
  /** Function words that never start a name, even capitalised at a sentence start: "on", "am", "dazu". */
  notNames: readonly string[];
  /** Lower-case words inside names: "von", "de", "van". */
  particles: readonly string[];
  /** Personal pronouns resolved to the last named person; "-t-il" matches the end of a word ("dit-il"). */
  pronouns: readonly string[];
  /** The language drops subject pronouns: a bare "dijo" after a quote refers to the last named person. */
  omitsPronouns: boolean;
  /** Words joining two predicates of one subject: "Zelenskyy welcomed the deal but stressed: “…”". */
  coordinators: readonly string[];
  /** Words that carry a speaker on to the next quote: "“A,” Sullivan said, adding, “B.”". */
  continuers: readonly string[];
}

/** Particles of personal names, shared by every language because names travel. */
export const NAME_PARTICLES: readonly string[] = list(
  'von|van|der|den|ter|ten|de|del|della|di|da|du|des|dos|la|le|bin|ibn|al|el|zu',
);

/** For languages without specific data: quotes are found, speakers only from "Name: “…”". */
export const genericSpeech: SpeechVocabulary = {
  code: 'und',
  verbs: [],
  sources: [],
  roles: [],
  roleSuffixes: [],
  determiners: [],
  notNames: [],
  particles: NAME_PARTICLES,
  pronouns: [],
  omitsPronouns: false,
  coordinators: [],
  continuers: [],
};

/** A word list written as one '|'-separated string, for compact data files. */
export function list(words: string): readonly string[] {
  return words.split('|').map((word) => word.trim());
}
