import { deConcepts } from './de.js';
import { enConcepts } from './en.js';
import { esConcepts } from './es.js';
import { frConcepts } from './fr.js';
import { itConcepts } from './it.js';
import { nlConcepts } from './nl.js';
import { plConcepts } from './pl.js';
import { ptConcepts } from './pt.js';
import { ruConcepts } from './ru.js';
import { ukConcepts } from './uk.js';
import type { ConceptVocabulary } from './vocabulary.js';

export { CONCEPT_IDS } from './ids.js';
export type { ConceptVocabulary } from './vocabulary.js';

/** The concept vocabulary of each supported language, keyed by ISO 639-1 code. */
export const conceptVocabularies: Record<string, ConceptVocabulary> = {
  en: enConcepts,
  de: deConcepts,
  fr: frConcepts,
  es: esConcepts,
  it: itConcepts,
  pt: ptConcepts,
  nl: nlConcepts,
  pl: plConcepts,
  ru: ruConcepts,
  uk: ukConcepts,
};
