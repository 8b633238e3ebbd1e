import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { deDemonyms } from './de.js';
import { enDemonyms } from './en.js';
import { esDemonyms } from './es.js';
import { frDemonyms } from './fr.js';
import { itDemonyms } from './it.js';
import { nlDemonyms } from './nl.js';
import { plDemonyms } from './pl.js';
import { ptDemonyms } from './pt.js';
import { ruDemonyms } from './ru.js';
import { ukDemonyms } from './uk.js';

/**
 * Each language's words for a country's people and things, as a concept vocabulary whose ids are
 * lower-case ISO 3166 codes ("ukrainischer" → "ua"): the claim matcher reads them as the country.
 * Same matching rules as the concept vocabularies (exact words; `start*` for every word starting so).
 */
export const demonymVocabularies: Record<string, ConceptVocabulary> = {
  en: enDemonyms,
  de: deDemonyms,
  fr: frDemonyms,
  es: esDemonyms,
  it: itDemonyms,
  pt: ptDemonyms,
  nl: nlDemonyms,
  pl: plDemonyms,
  ru: ruDemonyms,
  uk: ukDemonyms,
};
