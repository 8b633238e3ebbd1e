import { DATA as GIVEN_NAMES } from './data/given-names.js';
import { DATA as PLACES } from './data/places.js';
import { ORGANISATIONS } from './organisations.js';

export type { OrganisationEntry } from './organisations.js';

/** A known place or organisation and every form it is written in. */
export interface GazetteerEntry {
  /** 'country:UA', 'city:703448', 'org:nato'. */
  ref: string;
  type: 'place' | 'organization';
  /** English name, used as the canonical label. */
  name: string;
  names: readonly string[];
  /** Inhabitants of a city, 0 for countries and organisations. */
  population: number;
}

let places: GazetteerEntry[] | undefined;
let givenNames: Set<string> | undefined;

/** Countries (names in 15 languages) and cities of 50,000 inhabitants or more (localised names), parsed once. */
export function listPlaces(): readonly GazetteerEntry[] {
  places ??= PLACES.split('\n').map((line) => {
    const [ref = '', name = '', population = '0', , names = ''] = line.split('\t');
    return { ref, type: 'place' as const, name, names: names.split('|'), population: Number(population) };
  });
  return places;
}

export function listOrganisations(): readonly GazetteerEntry[] {
  return ORGANISATIONS.map((entry) => ({ ...entry, type: 'organization' as const, population: 0 }));
}

/** Given names of many locales, as written ("Volodymyr", "Володимир"). */
export function listGivenNames(): ReadonlySet<string> {
  givenNames ??= new Set(GIVEN_NAMES.split('|'));
  return givenNames;
}
