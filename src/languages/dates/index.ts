import { languageCode } from '../code.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { generic } from './generic.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import type { DateVocabulary } from './vocabulary.js';

export type { DateVocabulary, WeekdayWords, WordTable } from './vocabulary.js';

const vocabularies = new Map<string, DateVocabulary>(
  [en, de, fr, es, it, pt, nl, pl, ru, uk].map((v) => [v.code, v]),
);

/**
 * How a language writes dates; languages without their own vocabulary get the generic, numeric-only one.
 * @example getDateVocabulary('de-AT').code // 'de'
 */
export function getDateVocabulary(code: string): DateVocabulary {
  const key = languageCode(code);
  return vocabularies.get(key) ?? generic;
}
