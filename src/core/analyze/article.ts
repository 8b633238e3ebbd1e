import type { DateVocabulary } from '../../languages/dates/vocabulary.js';
import type { QuantityVocabulary } from '../../languages/quantities/vocabulary.js';
import type { SpeechVocabulary } from '../../languages/speech/vocabulary.js';
import type { NameLexicon } from '../entities/lexicon.js';
import type { Candidate, LocalEntity } from '../entities/local.js';
import { recognizeEntities } from '../entities/recognize.js';
import type { ArticleAnalysis, RemovedSpan } from '../types.js';
import { extractDates, isYearless } from './dates/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractQuotes } from './quotes/index.js';
import { TextWords } from './quotes/words.js';

/** What analysis reads about the article's language. */
export interface AnalysisVocabularies {
  names: NameLexicon;
  dates: DateVocabulary;
  quantities: QuantityVocabulary;
  speech: SpeechVocabulary;
}

export interface AnalysisInput {
  text: string;
  /** Publication date given with the input (metadata, feed, HTML), ISO. */
  published: string | null;
  /** Lines removed by cleaning: a date line among them dates the article when the input did not. */
  removed: readonly RemovedSpan[];
  /** Length of the text the removed spans' offsets point into (before cleaning). */
  extractedLength: number;
}

/** A date line dates the article only in the first half of the page: later ones head related-article lists. */
const DATELINE_REACH = 0.5;

/** Entities, dates, numbers and quotes of a cleaned article, and its entities for linking. Pure. */
export function analyzeArticle(
  input: AnalysisInput,
  vocabularies: AnalysisVocabularies,
): { analysis: ArticleAnalysis; locals: LocalEntity[]; candidates: Candidate[] } {
  const published = _published(input, vocabularies.dates);
  // entities and quotes read the same words: the text is split once
  const words = new TextWords(input.text);
  const { mentions, locals, candidates } = recognizeEntities(input.text, vocabularies.names, words);
  const analysis: ArticleAnalysis = {
    published,
    entities: mentions,
    dates: extractDates(input.text, { vocabulary: vocabularies.dates, reference: published?.value ?? null }),
    quantities: extractQuantities(input.text, vocabularies.quantities),
    quotes: extractQuotes(input.text, vocabularies.speech, words),
  };
  return { analysis, locals, candidates };
}

function _published(input: AnalysisInput, vocabulary: DateVocabulary): ArticleAnalysis['published'] {
  if (input.published) return { value: input.published, source: 'input' };
  for (const span of input.removed) {
    if (span.reason !== 'dateline' || span.start > input.extractedLength * DATELINE_REACH) continue;
    const date = extractDates(span.text, { vocabulary, reference: null }).find(
      (found) => found.grain === 'day' && !found.relative && !isYearless(found.value),
    );
    if (date) return { value: date.value, source: 'dateline' };
  }
  return null;
}
