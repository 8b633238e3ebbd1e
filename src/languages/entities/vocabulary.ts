/**
 * What a language tells about names of people, organisations and places. Every list is lower
 * case; shared code compares words case-insensitively and never branches on the language.
 * Roles and titles ("president", "präsident") come from the speech vocabulary.
 */
export interface EntityVocabulary {
  /** ISO 639-1 code, 'und' for the generic vocabulary. */
  code: string;
  /** Common nouns are capitalised too (German): a lone capitalised word needs more evidence to be a name. */
  capitalizesNouns: boolean;
  /**
   * Words that make a capitalised run an organisation: "ministry", "bank", "partei", "council",
   * "agency", "rada", "gmbh". Matched against any word of the run.
   */
  organizationWords: readonly string[];
  /** Endings that make one word an organisation: "ministerium" for "Außenministerium". */
  organizationEndings: readonly string[];
  /** Words that make a capitalised run a place: "oblast", "region", "abbey", "palace", "river", "sea". */
  placeWords: readonly string[];
  /**
   * Words for an area or river named after a city, in all their forms: "region", "oblast", "river",
   * "области", "provincia". "провинции Газиантеп" and "Kherson region" name the province, not the city.
   */
  regionWords: readonly string[];
  /** Prepositions after which a capitalised name is usually a place: "in", "nach", "aus", "w", "в". */
  placePrepositions: readonly string[];
  /**
   * Capitalised words that are not names and not part of one: sentence-opening words, days,
   * months, interjections, common capitalised nouns of headlines ("Live", "Update", "Video").
   */
  notNames: readonly string[];
  /**
   * Inflection endings of names and their base form, tried longest first:
   * ["ського", "ський"] turns "Зеленського" into "Зеленський"; ["s", ""] turns "Selenskyjs" into "Selenskyj".
   * A base form is only used when it matches a name seen elsewhere (in the article or the archive).
   */
  nameEndings: readonly (readonly [string, string])[];
  /**
   * Endings of adjectives that form a name with the lower-case word after them:
   * "Тверской области", "Каховської ГЕС", "obwodzie twerskim" is the reverse and not covered.
   */
  adjectiveEndings: readonly string[];
  /** Lower-case words inside place names: "am" of "Rostow am Don", "sul" of "Rostov sul Don". */
  placeConnectors: readonly string[];
  /** Lower-case words joining an organisation or place word to the rest of its name: "of" of "Ministry of Defence". */
  nameConnectors: readonly string[];
  /** Endings of adverbs, which open sentences but never names: "-mente" of "Nuevamente". */
  adverbEndings: readonly string[];
  /** Words after which a name is a person's nickname or call sign: "nickname", "позывной", "pseudonim". */
  aliasWords: readonly string[];
  /** Ordinal numbers are written with a dot, which belongs to a regnal name ("Karl III."). */
  ordinalDot: boolean;
  /**
   * Words for the kind of place a name designates, each to the English word for that kind:
   * "abbaye" → "abbey", "области" → "region". "abbaye de Westminster" and "Westminster Abbey"
   * then name the same [westminster, abbey] in every language.
   */
  designators: Readonly<Record<string, string>>;
}

/**
 * Designator words by the English word for their kind: { abbey: 'abbaye|abbayes' } gives
 * { abbaye: 'abbey', abbayes: 'abbey' }.
 */
export function designators(byKind: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [kind, words] of Object.entries(byKind)) for (const word of list(words)) out[word] = kind;
  return out;
}

/** Splits a '|'-separated list, trimming entries and dropping empty ones. */
export function list(words: string): string[] {
  return words
    .split('|')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** For languages without specific data: capitalised runs and the gazetteers still work. */
export const genericEntities: EntityVocabulary = {
  code: 'und',
  capitalizesNouns: false,
  organizationWords: [],
  organizationEndings: [],
  placeWords: [],
  placePrepositions: [],
  notNames: [],
  nameEndings: [],
  adjectiveEndings: [],
  placeConnectors: [],
  nameConnectors: [],
  regionWords: [],
  aliasWords: [],
  adverbEndings: [],
  ordinalDot: false,
  designators: {},
};
