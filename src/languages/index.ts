import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { createGenericProfile, languageCode } from './generic.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import type { BoilerplateRule, LanguageProfile } from './profile.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

export type { BoilerplateRule, LanguageProfile } from './profile.js';

const SPECIFIC: readonly LanguageProfile[] = [en, de, fr, es, it, pt, nl, pl, ru, uk];
const profiles = new Map<string, LanguageProfile>(SPECIFIC.map((profile) => [profile.code, profile]));

/**
 * The profile for a language tag: the specific one, else a generic one built from shared data.
 * Unknown or empty tags get the neutral 'und' profile.
 * @example getProfile('de-AT').name // 'German'
 */
export function getProfile(code: string): LanguageProfile {
  const key = languageCode(code);
  let profile = profiles.get(key);
  if (!profile) {
    profile = createGenericProfile(key);
    profiles.set(key, profile);
  }
  return profile;
}

/** The languages Parallax has specific knowledge of, each with its own boilerplate rules. */
export function listProfiles(): LanguageProfile[] {
  return [...SPECIFIC];
}

/** Every boilerplate rule of the specific profiles in profile order, the shared ones once. */
export function allBoilerplateRules(): BoilerplateRule[] {
  return [...new Set(SPECIFIC.flatMap((profile) => profile.boilerplate))];
}
