import type { DateVocabulary } from '../../../languages/dates/vocabulary.js';
import type { DateMention } from '../../types.js';
import { parseReference } from './calendar.js';
import { settleCandidates, toMention } from './candidates.js';
import { chronoCandidates } from './chrono-candidates.js';
import { patternCandidates } from './pattern-candidates.js';
import { candidateSentences } from './sentences.js';

export interface ExtractDatesOptions {
  /** How the article's language writes dates. */
  vocabulary: DateVocabulary;
  /** ISO publication date; relative dates are resolved against its calendar day, or skipped when null. */
  reference: string | null;
}

/**
 * The dates an article mentions, with UTF-16 offsets into `text`, in text order.
 * @example extractDates('Am Donnerstag sagte er …', { vocabulary: de, reference: '2024-06-14' })
 * // [{ start: 0, end: 13, text: 'Am Donnerstag', value: '2024-06-13', grain: 'day', relative: true }]
 */
export function extractDates(text: string, options: ExtractDatesOptions): DateMention[] {
  const { vocabulary } = options;
  const reference = parseReference(options.reference);
  const pieces = candidateSentences(text, vocabulary.cue);
  const worded = pieces.filter((piece) => piece.worded);
  // the vocabulary's own weekdays know the week each one means; chrono takes the nearest day
  const chrono = chronoCandidates(vocabulary.chrono, worded, reference).filter(
    (candidate) => !(vocabulary.weekdays && candidate.weekdayOnly),
  );
  const candidates = [
    ...chrono,
    ...pieces.flatMap((piece) => patternCandidates(vocabulary, piece.text, piece.start, reference)),
  ];
  return settleCandidates(text, candidates).map((candidate) => toMention(text, candidate));
}
