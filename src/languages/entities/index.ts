import { languageCode } from '../code.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { type EntityVocabulary, genericEntities } from './vocabulary.js';

export { type EntityVocabulary, genericEntities } from './vocabulary.js';

const vocabularies = new Map<string, EntityVocabulary>(
  [en, de, fr, es, it, pt, nl, pl, ru, uk].map((vocabulary) => [vocabulary.code, vocabulary]),
);

/**
 * The entity vocabulary for a language tag, or the generic one (capitalised runs and gazetteers only).
 * @example getEntityVocabulary('de-AT').capitalizesNouns // true
 */
export function getEntityVocabulary(code: string): EntityVocabulary {
  return vocabularies.get(languageCode(code)) ?? genericEntities;
}
