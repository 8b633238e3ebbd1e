import { languageCode, languageName } from './code.js';
import { createProfile } from './create-profile.js';
import type { LanguageProfile } from './profile.js';

export { languageCode } from './code.js';

/** Languages written without spaces between words: their tokens come from Intl.Segmenter. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

/** A profile from shared data only (stopwords, stemmer, script) for a code that has no specific one. */
export function createGenericProfile(code: string): LanguageProfile {
  const known = languageCode(code);
  return createProfile({
    code: known,
    name: known === 'und' ? 'Undetermined' : (languageName(known) ?? known),
    segmentsWords: UNSPACED.has(known),
  });
}
