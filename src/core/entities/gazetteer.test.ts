import { describe, expect, test } from 'vitest';
import { createGazetteer, type KnownEntry } from './gazetteer.js';
import { gazetteer } from './test-helpers.js';

const refOf = (form: string) => gazetteer.lookup(form)?.ref ?? null;

const city = (ref: string, names: string[], population: number): KnownEntry => ({
  ref,
  type: 'place',
  name: names[0] as string,
  names,
  population,
});
const organisation = (ref: string, names: string[]): KnownEntry => ({
  ref,
  type: 'organization',
  name: names[0] as string,
  names,
  population: 0,
});

describe('looking up a form', () => {
  test('an acronym matches in capitals only', () => {
    expect(['US', 'USA', 'us', 'Us', 'usa', 'EU', 'eu'].map(refOf)).toEqual([
      'country:US',
      'country:US',
      null,
      null,
      null,
      'org:eu',
      null,
    ]);
  });

  test('an acronym also written as a word ("Nato") matches in either case and in Cyrillic', () => {
    expect(['NATO', 'Nato', 'НАТО'].map(refOf)).toEqual(['org:nato', 'org:nato', 'org:nato']);
  });

  test('a name matches in every language and script it is written in', () => {
    expect(gazetteer.lookup('Kiew')).toEqual(gazetteer.lookup('Kyiv'));
    expect(['Kyiv', 'Kiew', 'Київ', 'Киев', 'Kijów'].map(refOf)).toEqual(Array(5).fill('city:703448'));
  });

  test('a form shared by a small city and an organisation goes to the organisation', () => {
    const un = organisation('org:un', ['UN', 'United Nations']);
    const shared = createGazetteer([city('city:1253786', ['Un'], 30_671), un], []);
    expect(shared.lookup('UN')).toBe(un);
    // the real gazetteer holds the same contests: Un (India) and the UN, Douma (Syria) and the Duma
    expect(['UN', 'Дума'].map(refOf)).toEqual(['org:un', 'org:state-duma']);
  });

  test('a form shared by a big city and an organisation goes to neither', () => {
    const shared = createGazetteer(
      [city('city:1', ['Springfield'], 900_000), organisation('org:springfield', ['Springfield'])],
      [],
    );
    expect(shared.lookup('Springfield')).toBeNull();
  });

  test('a form shared by two cities goes to the more populous', () => {
    const shared = createGazetteer(
      [city('city:small', ['Springfield'], 60_000), city('city:big', ['Springfield'], 150_000)],
      [],
    );
    expect(shared.lookup('Springfield')?.ref).toBe('city:big');
  });
});

describe('given names', () => {
  test('a given name matches across spellings and scripts', () => {
    const names = createGazetteer([], ['Vladimir']);
    expect(['Vladimir', 'Wladimir', 'Владимир', 'Walter'].map((name) => names.isGivenName(name))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  test('the given names of many locales are known, common words are not', () => {
    expect(
      ['Wladimir', 'Vladimir', 'Wolodymyr', 'Володимир', 'Joe', 'Officials', 'Meanwhile'].map((name) =>
        gazetteer.isGivenName(name),
      ),
    ).toEqual([true, true, true, true, true, false, false]);
  });
});
