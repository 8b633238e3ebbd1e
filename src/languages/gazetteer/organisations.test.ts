import anyAscii from 'any-ascii';
import { describe, expect, test } from 'vitest';
import { ORGANISATIONS } from './organisations.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'];

/** A form as the recogniser looks it up: transliterated, lower case, without punctuation. */
function fold(form: string): string {
  return anyAscii(form)
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function refOf(form: string): string | undefined {
  return ORGANISATIONS.find((entry) => entry.names.some((name) => fold(name) === fold(form)))?.ref;
}

describe('ORGANISATIONS', () => {
  test('lists at least 120 organisations under unique org: refs', () => {
    const refs = ORGANISATIONS.map((entry) => entry.ref);
    expect(refs.length).toBeGreaterThanOrEqual(120);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.filter((ref) => !/^org:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref))).toEqual([]);
  });

  test('names every organisation by one of its forms', () => {
    expect(ORGANISATIONS.filter((entry) => !entry.names.includes(entry.name)).map((e) => e.ref)).toEqual([]);
  });

  test('gives every organisation forms in English and German, and only in known languages', () => {
    const bad = ORGANISATIONS.flatMap((entry) => [
      ...['en', 'de'].filter((code) => !entry.forms[code]?.length).map((code) => `${entry.ref}: no ${code}`),
      ...Object.keys(entry.forms)
        .filter((code) => !LANGUAGES.includes(code))
        .map((code) => `${entry.ref}: ${code}`),
    ]);
    expect(bad).toEqual([]);
  });

  test('lists every form of an organisation among its names, trimmed and non-empty', () => {
    const bad = ORGANISATIONS.flatMap((entry) =>
      Object.values(entry.forms)
        .flat()
        .filter((form) => !entry.names.includes(form) || form !== form.trim() || fold(form) === '')
        .map((form) => `${entry.ref}: "${form}"`),
    );
    expect(bad).toEqual([]);
  });

  test('never gives two organisations the same form, however it is spelt or cased', () => {
    const owners = new Map<string, string>();
    const shared: string[] = [];
    for (const entry of ORGANISATIONS) {
      for (const key of new Set(entry.names.map(fold))) {
        const owner = owners.get(key);
        if (owner !== undefined) shared.push(`${key}: ${owner}, ${entry.ref}`);
        else owners.set(key, entry.ref);
      }
    }
    expect(shared).toEqual([]);
  });

  test('finds organisations by their forms in every language, inflected ones included', () => {
    const cases: [string, string][] = [
      ['NATO', 'org:nato'],
      ['NAVO', 'org:nato'],
      ['НАТО', 'org:nato'],
      ['Weißen Haus', 'org:white-house'],
      ['Maison-Blanche', 'org:white-house'],
      ['Białym Domu', 'org:white-house'],
      ['Білий дім', 'org:white-house'],
      ['Verkhovna Rada', 'org:verkhovna-rada'],
      ['Верховної Ради', 'org:verkhovna-rada'],
      ['Госдумы', 'org:state-duma'],
      ['Europarat', 'org:council-of-europe'],
      ['Europäischer Rat', 'org:european-council'],
      ['Rat der EU', 'org:council-of-the-eu'],
      ['EZB', 'org:ecb'],
      ['Kremla', 'org:kremlin'],
      ['Кремля', 'org:kremlin'],
      ['Bündnis 90/Die Grünen', 'org:greens-germany'],
      ['Prawa i Sprawiedliwości', 'org:pis'],
      ['Reuters', 'org:reuters'],
      ['OpenAI', 'org:openai'],
    ];
    expect(cases.filter(([form, ref]) => refOf(form) !== ref)).toEqual([]);
  });

  test('leaves out words too ambiguous to be one organisation', () => {
    expect(['Senate', 'Supreme Court', 'Rada', 'Wagner', 'Guardian', 'CPI', 'PCC', 'ВВС'].map(refOf)).toEqual(
      Array(8).fill(undefined),
    );
  });
});
