import type { RemovalReason } from '../core/types.js';
import type { DateVocabulary } from './dates/vocabulary.js';
import type { EntityVocabulary } from './entities/vocabulary.js';
import type { QuantityVocabulary } from './quantities/vocabulary.js';
import type { SpeechVocabulary } from './speech/vocabulary.js';

/** A whole-line boilerplate pattern and the reason recorded when it matches. */
export interface BoilerplateRule {
  reason: RemovalReason;
  /** Tested against a whole normalised line (trimmed). Anchor it (^…$) unless it is a teaser prefix. */
  pattern: RegExp;
  /**
   * The line opens a block of link teasers ("Read also", "Mehr zum Thema"):
   * following short lines without sentence punctuation are removed with the same reason.
   */
  opensBlock?: boolean;
  /** Longest line the rule can match; longer lines skip it (keeps costly patterns off prose). */
  maxLength?: number;
  /** A cheap test that every line the pattern matches passes; lines failing it skip the pattern. */
  guard?: (line: string) => boolean;
}

/**
 * Everything Parallax knows about one language. Shared code reads these properties and
 * never branches on a language code.
 */
export interface LanguageProfile {
  /** ISO 639-1 code. */
  code: string;
  /** English name. */
  name: string;
  /** Whole-line boilerplate phrases of sites written in this language. */
  boilerplate: readonly BoilerplateRule[];
  stopwords: ReadonlySet<string>;
  /** Stem of a lower-cased word. Identity where no stemmer exists. */
  stem(word: string): string;
  /** True for scripts written without spaces between words (zh, ja, th …): tokens come from Intl.Segmenter. */
  segmentsWords: boolean;
  /** How dates are written: month and weekday names, relative phrases. */
  dates: DateVocabulary;
  /** Number words, scales, units and currencies. */
  quantities: QuantityVocabulary;
  /** Speech verbs, roles and titles that tie quotes to speakers. */
  speech: SpeechVocabulary;
  /** Organisation and place words, name endings. */
  entities: EntityVocabulary;
}
