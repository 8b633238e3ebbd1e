import * as chrono from 'chrono-node';
import type { DateVocabulary } from './vocabulary.js';

/** Chrono's strict English, day before month: ISO dates, "13.06.2024", "13/06/2024" and English month names. */
export const numericChrono = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));

/** For languages without their own vocabulary: numeric and ISO dates only. */
export const generic: DateVocabulary = {
  code: 'und',
  chrono: numericChrono,
  cue: /(?!)/u,
};
