import { getEntityVocabulary } from '../../languages/entities/index.js';
import type { EntityVocabulary } from '../../languages/entities/vocabulary.js';
import type { LanguageProfile } from '../../languages/profile.js';
import type { SpeechVocabulary } from '../../languages/speech/vocabulary.js';
import { compileVocabulary, type Lexicon, matchPhrase } from '../analyze/quotes/compile.js';
import type { Word } from '../analyze/quotes/words.js';
import type { Gazetteer } from './gazetteer.js';

/** Everything the recogniser reads about a language, as sets, built once per vocabulary pair. */
export interface NameLexicon {
  capitalizesNouns: boolean;
  gazetteer: Gazetteer;
  speech: Lexicon;
  isOrganizationWord(lower: string): boolean;
  isPlaceWord(lower: string): boolean;
  /** A word for an area or river named after a city ("region", "области"). */
  isRegionWord(lower: string): boolean;
  /** The English word for the kind of place a designator names ("abbaye" → "abbey"), or null. */
  designatorOf(lower: string): string | null;
  isPlacePreposition(lower: string): boolean;
  /** An adverb by its ending ("nuevamente"): it opens sentences, never names. */
  isAdverb(lower: string): boolean;
  /** A word after which a name is a person's nickname or call sign ("pseudonim „Wagner”"). */
  isAliasWord(lower: string): boolean;
  isNotName(lower: string): boolean;
  /** A month or weekday name ("May", "Montag"): a name only inside a longer one ("Theresa May"). */
  isCalendarWord(lower: string): boolean;
  /** Ordinal numbers take a dot ("Karl III."). */
  ordinalDot: boolean;
  isStopword(lower: string): boolean;
  /** A speech verb starts at words[i] ("said", "sagte"): who comes before it is a person. */
  speaksAt(words: readonly Word[], i: number): boolean;
  /** A lower-case word inside organisation and place names after their head word ("Ministry of Defence"). */
  isNameConnector(lower: string): boolean;
  /** A lower-case word inside place names ("am" of "Rostow am Don"). */
  isPlaceConnector(lower: string): boolean;
  /** An adjective that forms a name with the lower-case word after it ("Тверской области"). */
  isAdjective(lower: string): boolean;
  /** The word, or one of its base forms, is a known place or organisation ("России" → Russia). */
  isKnown(word: string): boolean;
  /** The word and its possible base forms ("Зеленського" → ["Зеленського", "Зеленський", …]). */
  bases(word: string): readonly string[];
  /** A lower-case word's possible inflected forms, the reverse of bases ("самолет" → ["самолета", …]). */
  inflections(lower: string): readonly string[];
}

export interface LexiconSources {
  vocabulary: EntityVocabulary;
  /** Names of institutions and places written in English appear in every language ("Westminster Abbey"). */
  english?: EntityVocabulary;
  /** Month and weekday names, which are capitalised in some languages and never names alone. */
  calendar: Iterable<string>;
  speech: SpeechVocabulary;
  stopwords: ReadonlySet<string>;
  gazetteer: Gazetteer;
}

const cache = new WeakMap<Gazetteer, WeakMap<EntityVocabulary, NameLexicon>>();

/** The name lexicon of a language profile over the gazetteer, built once per profile. */
export function namesOf(profile: LanguageProfile, gazetteer: Gazetteer): NameLexicon {
  return compileNames({
    english: getEntityVocabulary('en'),
    vocabulary: profile.entities,
    calendar: [...Object.keys(profile.dates.months ?? {}), ...Object.keys(profile.dates.weekdays ?? {})],
    speech: profile.speech,
    stopwords: profile.stopwords,
    gazetteer,
  });
}
/** Shortest base form an ending may give ("Києві" → "Київ", never "Ли" from "Лиа"). */
const MIN_BASE = 3;
/** Words repeat across articles: answers are remembered, within a bound. */
const MAX_REMEMBERED = 50_000;

export function compileNames(sources: LexiconSources): NameLexicon {
  let byVocabulary = cache.get(sources.gazetteer);
  if (!byVocabulary) {
    byVocabulary = new WeakMap();
    cache.set(sources.gazetteer, byVocabulary);
  }
  let lexicon = byVocabulary.get(sources.vocabulary);
  if (!lexicon) {
    lexicon = _compile(sources);
    byVocabulary.set(sources.vocabulary, lexicon);
  }
  return lexicon;
}

function _compile({
  vocabulary: v,
  english,
  speech,
  stopwords,
  gazetteer,
  calendar,
}: LexiconSources): NameLexicon {
  const organizationWords = new Set([...v.organizationWords, ...(english?.organizationWords ?? [])]);
  const endings = v.organizationEndings;
  const placeWords = new Set([...v.placeWords, ...(english?.placeWords ?? [])]);
  const regionWords = new Set(v.regionWords);
  const kinds = new Map(Object.entries({ ...english?.designators, ...v.designators }));
  const prepositions = new Set(v.placePrepositions);
  const aliases = new Set(v.aliasWords);
  const adverbs = v.adverbEndings;
  const pronouns = speech.pronouns.filter((pronoun) => !pronoun.startsWith('-'));
  const notNames = new Set([...v.notNames, ...speech.notNames, ...pronouns]);
  const calendarWords = new Set([...calendar].map((word) => word.toLowerCase()));
  const nameEndings = [...v.nameEndings].sort((a, b) => b[0].length - a[0].length);
  const lexicon = compileVocabulary(speech);
  const adjectives = v.adjectiveEndings;
  const connectors = new Set(v.placeConnectors);
  const nameConnectors = new Set(v.nameConnectors);
  const bases: (word: string) => readonly string[] =
    nameEndings.length === 0 ? (word) => [word] : _remembered((word) => _bases(word, nameEndings));
  const inflections = _remembered((lower: string) => _inflections(lower, nameEndings));
  const organizationWord = _remembered(_endsWithOneOf(endings));
  const adjective = _remembered(_endsWithOneOf(adjectives));
  const adverb = _remembered(_endsWithOneOf(adverbs));
  const known = _remembered((word: string) => bases(word).some((form) => gazetteer.lookup(form) !== null));
  return {
    capitalizesNouns: v.capitalizesNouns,
    gazetteer,
    speech: lexicon,
    isOrganizationWord: (lower) =>
      organizationWords.has(lower) || (endings.length > 0 && organizationWord(lower)),
    isPlaceWord: (lower) => placeWords.has(lower) || regionWords.has(lower),
    isRegionWord: (lower) => regionWords.has(lower),
    designatorOf: (lower) => kinds.get(lower) ?? null,
    isPlacePreposition: (lower) => prepositions.has(lower),
    isAliasWord: (lower) => aliases.has(lower),
    isAdverb: (lower) => adverbs.length > 0 && adverb(lower),
    isNotName: (lower) => notNames.has(lower),
    isCalendarWord: (lower) => calendarWords.has(lower),
    ordinalDot: v.ordinalDot,
    isStopword: (lower) => stopwords.has(lower),
    speaksAt: (words, i) => matchPhrase(lexicon.verbs, words, i) > i,
    bases,
    inflections,
    isPlaceConnector: (lower) => connectors.has(lower),
    isNameConnector: (lower) => nameConnectors.has(lower),
    isAdjective: (lower) => adjectives.length > 0 && adjective(lower),
    isKnown: known,
  };
}

function _bases(word: string, nameEndings: readonly (readonly [string, string])[]): readonly string[] {
  const lower = word.toLowerCase();
  const out = [word];
  for (const [ending, base] of nameEndings) {
    if (!lower.endsWith(ending) || lower.length - ending.length + base.length < MIN_BASE) continue;
    const form = word.slice(0, word.length - ending.length) + base;
    if (!out.includes(form)) out.push(form);
  }
  return out;
}

function _inflections(lower: string, nameEndings: readonly (readonly [string, string])[]): readonly string[] {
  const out: string[] = [];
  for (const [ending, base] of nameEndings) {
    if (!lower.endsWith(base) || lower.length - base.length < MIN_BASE) continue;
    const form = lower.slice(0, lower.length - base.length) + ending;
    if (form !== lower && !out.includes(form)) out.push(form);
  }
  return out;
}

/** A word function whose answers are remembered, within a bound. */
function _remembered<T>(compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = compute(word);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

/** Whether a lower-case word ends in one of the endings and keeps more than two letters before it. */
function _endsWithOneOf(endings: readonly string[]): (lower: string) => boolean {
  return (lower) => endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
}
