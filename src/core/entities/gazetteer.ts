import type { EntityType } from '../types.js';
import { foldName, looseWord } from './names.js';

/** A known place or organisation (see src/languages/gazetteer). */
export interface KnownEntry {
  ref: string;
  type: Exclude<EntityType, 'person'>;
  name: string;
  names: readonly string[];
  population: number;
}

/** Gazetteer forms indexed for lookup by folded form, and the given names indexed by folded form. */
export interface Gazetteer {
  /** The entry written exactly so (case only matters for acronyms: "US", not "us"). */
  lookup(form: string): KnownEntry | null;
  /** Most words any form has. */
  longest: number;
  isGivenName(word: string): boolean;
  /** Whether a country's name (any word of it) starts with these lower-case letters. */
  isCountryStem(stem: string): boolean;
  /** Whether the lower-case word is a whole word of a country's name ("iraq", "saudi"). */
  isCountryWord(word: string): boolean;
}

/** Up to this many letters, a form written in capitals only matches in capitals ("UN", "USA"). */
const ACRONYM = 5;

/**
 * Builds the lookup. A form shared by entries of one type goes to the most populous; a form shared
 * by a place and an organisation is dropped.
 */
export function createGazetteer(entries: readonly KnownEntry[], givenNames: Iterable<string>): Gazetteer {
  const given = new Set<string>();
  for (const name of givenNames) given.add(looseWord(foldName(name)));
  const byForm = new Map<string, KnownEntry | null>();
  /** Per entry and folded form, its spellings when all are short capitals ("NATO", "НАТО"); mixed case frees it. */
  const capitals = new Map<string, Set<string> | null>();
  let longest = 1;
  const stems = new Set<string>();
  const countryWords = new Set<string>();
  for (const entry of entries) {
    for (const form of entry.names) {
      const key = foldName(form);
      if (entry.ref.startsWith('country:')) {
        for (const word of form.toLowerCase().split(/\s+/)) {
          countryWords.add(word);
          if (word.length > 4) stems.add(word.slice(0, 4));
        }
      }
      if (key === '') continue;
      const acronym = form.length <= ACRONYM && form === form.toUpperCase();
      const own = `${entry.ref}\t${key}`;
      const spellings = capitals.get(own);
      if (!acronym) capitals.set(own, null);
      else if (spellings !== null) capitals.set(own, (spellings ?? new Set()).add(_bare(form)));
      const seen = byForm.get(key);
      if (seen === undefined) byForm.set(key, entry);
      else if (seen !== null && seen !== entry) byForm.set(key, _winner(seen, entry));
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  // the winner of each form with the short capital spellings it must be written in, if any
  const found = new Map<string, { entry: KnownEntry; spellings: Set<string> | null | undefined }>();
  for (const [key, entry] of byForm) {
    if (entry) found.set(key, { entry, spellings: capitals.get(`${entry.ref}\t${key}`) });
  }
  const lookup = (form: string): KnownEntry | null => {
    const known = found.get(foldName(form));
    if (!known) return null;
    const { entry, spellings } = known;
    if (spellings) {
      const bare = _bare(form);
      if (!spellings.has(bare) && (bare.length < 4 || form === form.toLowerCase())) return null;
    }
    return entry;
  };
  return {
    longest,
    lookup: _remembered(lookup),
    isGivenName: _remembered((word) => given.has(looseWord(foldName(word)))),
    isCountryStem: (stem) => stems.has(stem),
    isCountryWord: (word) => countryWords.has(word),
  };
}

/** Forms repeat across articles: answers are remembered, within a bound. */
const MAX_REMEMBERED = 100_000;

function _remembered<T>(answer: (form: string) => T): (form: string) => T {
  const answers = new Map<string, T>();
  return (form) => {
    let value = answers.get(form);
    if (value === undefined) {
      value = answer(form);
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answers.set(form, value);
    }
    return value;
  };
}

/** Cities below this size lose a shared form to an organisation ("UN", "Duma"). */
const SMALL_CITY = 500_000;

function _winner(a: KnownEntry, b: KnownEntry): KnownEntry | null {
  if (a.type === b.type) return b.population > a.population ? b : a;
  const [organisation, place] = a.type === 'organization' ? [a, b] : [b, a];
  if (place.ref.startsWith('city:') && place.population < SMALL_CITY) return organisation;
  return null;
}

function _bare(form: string): string {
  return form.replace(/[.\s]/g, '');
}
