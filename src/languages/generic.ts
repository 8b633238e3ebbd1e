import { createProfile } from './create-profile.js';
import type { LanguageProfile } from './profile.js';

/** Languages written without spaces between words: their tokens come from Intl.Segmenter. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const names = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** The code Parallax keys profiles by: the canonical primary language subtag, or 'und'. */
export function languageCode(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'));
    const code = canonical ? new Intl.Locale(canonical).language : 'und';
    return names.of(code) === undefined ? 'und' : code;
  } catch {
    return 'und';
  }
}

/** A profile from shared data only (stopwords, stemmer, script) for a code that has no specific one. */
export function createGenericProfile(code: string): LanguageProfile {
  const known = languageCode(code);
  return createProfile({
    code: known,
    name: known === 'und' ? 'Undetermined' : (names.of(known) ?? known),
    segmentsWords: UNSPACED.has(known),
  });
}
