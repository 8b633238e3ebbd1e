import type { EntityVocabulary } from '../../languages/entities/vocabulary.js';
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
  isPlacePreposition(lower: string): boolean;
  isNotName(lower: string): boolean;
  isStopword(lower: string): boolean;
  /** A speech verb starts at words[i] ("said", "sagte"): who comes before it is a person. */
  speaksAt(words: readonly Word[], i: number): boolean;
  /** The word and its possible base forms ("Зеленського" → ["Зеленського", "Зеленський", …]). */
  bases(word: string): string[];
}

export interface LexiconSources {
  vocabulary: EntityVocabulary;
  speech: SpeechVocabulary;
  stopwords: ReadonlySet<string>;
  gazetteer: Gazetteer;
}

const cache = new WeakMap<EntityVocabulary, NameLexicon>();
/** Shortest base form an ending may leave ("Путина" → "Путин", never "Ли" from "Лиа"). */
const MIN_BASE = 3;

export function compileNames(sources: LexiconSources): NameLexicon {
  let lexicon = cache.get(sources.vocabulary);
  if (!lexicon) {
    lexicon = _compile(sources);
    cache.set(sources.vocabulary, lexicon);
  }
  return lexicon;
}

function _compile({ vocabulary: v, speech, stopwords, gazetteer }: LexiconSources): NameLexicon {
  const organizationWords = new Set(v.organizationWords);
  const endings = v.organizationEndings;
  const placeWords = new Set(v.placeWords);
  const prepositions = new Set(v.placePrepositions);
  const notNames = new Set([...v.notNames, ...speech.notNames]);
  const nameEndings = [...v.nameEndings].sort((a, b) => b[0].length - a[0].length);
  const lexicon = compileVocabulary(speech);
  return {
    capitalizesNouns: v.capitalizesNouns,
    gazetteer,
    speech: lexicon,
    isOrganizationWord: (lower) =>
      organizationWords.has(lower) || endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e)),
    isPlaceWord: (lower) => placeWords.has(lower),
    isPlacePreposition: (lower) => prepositions.has(lower),
    isNotName: (lower) => notNames.has(lower),
    isStopword: (lower) => stopwords.has(lower),
    speaksAt: (words, i) => matchPhrase(lexicon.verbs, words, i) > i,
    bases(word) {
      const lower = word.toLowerCase();
      const out = [word];
      for (const [ending, base] of nameEndings) {
        if (lower.length - ending.length < MIN_BASE || !lower.endsWith(ending)) continue;
        const form = word.slice(0, word.length - ending.length) + base;
        if (!out.includes(form)) out.push(form);
      }
      return out;
    },
  };
}
