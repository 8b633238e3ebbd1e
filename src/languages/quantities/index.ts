import { languageCode } from '../code.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { createGenericVocabulary } from './generic.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import type { QuantityVocabulary } from './vocabulary.js';

export type { DurationUnit, QuantityVocabulary } from './vocabulary.js';

const SPECIFIC: Readonly<Record<string, QuantityVocabulary>> = { en, de, fr, es, it, pt, nl, pl, ru, uk };
const generic = new Map<string, QuantityVocabulary>();

/**
 * The quantity vocabulary of a language: the specific one, else a generic one (digits read
 * with the locale's separators, currency signs, "%") built once per code.
 * @example getQuantityVocabulary('de-AT').locale // 'de'
 */
export function getQuantityVocabulary(code: string): QuantityVocabulary {
  const key = languageCode(code);
  const specific = Object.hasOwn(SPECIFIC, key) ? SPECIFIC[key] : undefined;
  if (specific) return specific;
  let vocabulary = generic.get(key);
  if (!vocabulary) {
    vocabulary = createGenericVocabulary(key);
    generic.set(key, vocabulary);
  }
  return vocabulary;
}

/** The languages with a specific quantity vocabulary. */
export function listQuantityLanguages(): string[] {
  return Object.keys(SPECIFIC);
}
