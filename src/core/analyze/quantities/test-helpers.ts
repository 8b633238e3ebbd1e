import { getQuantityVocabulary } from '../../../languages/quantities/index.js';
import type { QuantityKind, QuantityMention } from '../../types.js';
import { extractQuantities } from './extract.js';

/** Test helper: the quantities of a text in a language. */
export function quantities(lang: string, text: string): QuantityMention[] {
  return extractQuantities(text, getQuantityVocabulary(lang));
}

interface Expected {
  value: number;
  kind: QuantityKind;
  unit?: string | null;
  counted?: string | null;
  /** Skip this many earlier occurrences of the fragment. */
  skip?: number;
}

/** Test helper: the mention expected for a fragment of a text, offsets found in the text. */
export function mention(text: string, fragment: string, expected: Expected): QuantityMention {
  let start = text.indexOf(fragment);
  for (let i = 0; i < (expected.skip ?? 0); i++) start = text.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`"${fragment}" does not occur in "${text}"`);
  const { value, kind, unit = null, counted = null } = expected;
  return { start, end: start + fragment.length, text: fragment, value, kind, unit, counted };
}
