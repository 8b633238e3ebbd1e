import { commonRules } from './common-rules.js';
import { getDateVocabulary } from './dates/index.js';
import { getEntityVocabulary } from './entities/index.js';
import type { BoilerplateRule, LanguageProfile } from './profile.js';
import { getQuantityVocabulary } from './quantities/index.js';
import { getSpeechVocabulary } from './speech/index.js';
import { type Stemmer, stemmerFor } from './stemmers.js';
import { stopwordsFor } from './stopwords.js';

const MAX_CACHED_STEMS = 50_000;

export interface CreateProfileOptions {
  /** ISO 639-1 code (or the primary language subtag). */
  code: string;
  name: string;
  /** The language's own boilerplate rules; the language-neutral ones are appended. */
  boilerplate?: readonly BoilerplateRule[];
  /** Function words stopwords-iso lacks for the language. */
  extraStopwords?: readonly string[];
  segmentsWords?: boolean;
}

/**
 * A profile with stopwords-iso stopwords, a cached @orama/stemmers stemmer and the date, number,
 * speech and entity vocabularies registered for its code.
 */
export function createProfile(options: CreateProfileOptions): LanguageProfile {
  const stemmer = stemmerFor(options.code);
  return {
    code: options.code,
    name: options.name,
    boilerplate: [...(options.boilerplate ?? []), ...commonRules],
    stopwords: new Set([...stopwordsFor(options.code), ...(options.extraStopwords ?? [])]),
    stem: stemmer ? _cached(stemmer) : (word) => word,
    segmentsWords: options.segmentsWords ?? false,
    dates: getDateVocabulary(options.code),
    quantities: getQuantityVocabulary(options.code),
    speech: getSpeechVocabulary(options.code),
    entities: getEntityVocabulary(options.code),
  };
}

function _cached(stemmer: Stemmer): Stemmer {
  const stems = new Map<string, string>();
  return (word) => {
    let stem = stems.get(word);
    if (stem === undefined) {
      if (stems.size >= MAX_CACHED_STEMS) stems.clear();
      stem = stemmer(word);
      stems.set(word, stem);
    }
    return stem;
  };
}
