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
import { genericSpeech, type SpeechVocabulary } from './vocabulary.js';

export { genericSpeech, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

const vocabularies = new Map<string, SpeechVocabulary>(
  [en, de, fr, es, it, pt, nl, pl, ru, uk].map((vocabulary) => [vocabulary.code, vocabulary]),
);

/**
 * The speech vocabulary for a language tag, or the generic one (speakers only from "Name:").
 * @example getSpeechVocabulary('de-AT').code // 'de'
 */
export function getSpeechVocabulary(code: string): SpeechVocabulary {
  const key = languageCode(code);
  return vocabularies.get(key) ?? genericSpeech;
}
