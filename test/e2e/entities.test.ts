import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createStore } from '../../src/adapters/store/index.js';
import type { Article } from '../../src/core/types.js';
import { makeArticle } from '../fixtures/articles.js';
import { ENTITIES, MENTIONING, mentionsIn } from '../fixtures/entities.js';
import { runParallax } from './run-cli.js';

const TEXT =
  'Brekka opens its ferry terminal\nThe terminal cost £6bn. "We are ready," said mayor Liv Brandt on Monday.';

function brekka(): Article {
  const at = (part: string) => ({
    start: TEXT.indexOf(part),
    end: TEXT.indexOf(part) + part.length,
    text: part,
  });
  const article = makeArticle({ id: 'brekka-1', text: TEXT, published: null });
  article.analysis = {
    published: { value: '2024-06-14', source: 'dateline' },
    entities: mentionsIn(TEXT, [
      { text: 'Brekka', type: 'place', entity: null, ref: 'city:1' },
      { text: 'Liv Brandt', entity: ENTITIES.brandt.id },
    ]),
    dates: [{ ...at('Monday'), value: '2024-06-10', grain: 'day', relative: true }],
    quantities: [{ ...at('£6bn'), value: 6e9, kind: 'money', unit: 'GBP', counted: null }],
    quotes: [{ ...at('"We are ready,"'), quote: 'We are ready,', speaker: at('Liv Brandt') }],
  };
  return article;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-entities-'));
  const store = await createStore({ path: join(dir, 'test.db') });
  await store.putArticles([MENTIONING.uk, MENTIONING.de, MENTIONING.en, brekka()], Object.values(ENTITIES));
  await store.close();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const px = (...argv: string[]) => runParallax([...argv, '--db', 'test.db'], { cwd: dir });

describe('parallax entities', () => {
  test('lists entities by number of articles, with their most used written forms', async () => {
    expect(await px('entities')).toEqual({
      code: 0,
      stdout: [
        'id               name                type          articles  variants',
        'place:kyiv       Kyiv                place                3  Kiew (de) 2, Kyiv (en) 1, Києві (uk) 1',
        'person:zelensky  Volodymyr Zelensky  person               3  Selenskyj (de) 2, Зеленський (uk) 2, V…',
        'org:nato         NATO                organization         2  NATO (en) 2, Nato (de) 2',
        'person:brandt    Liv Brandt          person               1  Liv Brandt (en) 1',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('filters by type and by article, and stops at the limit', async () => {
    const ids = async (...argv: string[]) =>
      JSON.parse((await px('entities', '--json', ...argv)).stdout).map((e: { id: string }) => e.id);
    expect(await ids('--type', 'person')).toEqual(['person:zelensky', 'person:brandt']);
    expect(await ids('--article', 'uk-1')).toEqual(['place:kyiv', 'person:zelensky']);
    expect(await ids('--article', 'de-1', '--type', 'organization')).toEqual(['org:nato']);
    expect(await ids('--limit', '1', '--offset', '1')).toEqual(['person:zelensky']);
  });

  test('prints entity views as JSON', async () => {
    const run = await px('entities', '--type', 'organization', '--json');
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: 'org:nato',
        name: 'NATO',
        type: 'organization',
        ref: 'org:nato',
        variants: [
          { name: 'NATO', lang: 'en', mentions: 2 },
          { name: 'Nato', lang: 'de', mentions: 2 },
        ],
        articles: ['de-1', 'en-1'],
        mentions: 4,
      },
    ]);
  });

  test('says so on stderr when nothing matches, and rejects an unknown type as a usage error', async () => {
    expect(await px('entities', '--article', 'missing')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'no entities found\n',
    });
    const bad = await px('entities', '--type', 'animal');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("error: option '--type <type>' argument 'animal' is invalid.");
  });
});

describe('parallax entity', () => {
  test('shows the canonical name, written forms by language and the articles mentioning it', async () => {
    expect(await px('entity', 'place:kyiv')).toEqual({
      code: 0,
      stdout: [
        'id:        place:kyiv',
        'name:      Kyiv',
        'type:      place',
        'ref:       city:703448',
        'mentions:  4 in 3 articles',
        '',
        '── variants (3) ──',
        'Kiew   de  2',
        'Kyiv   en  1',
        'Києві  uk  1',
        '',
        '── articles (3) ──',
        'uk-1  uk  Зеленський зустрівся з делегацією у Києві',
        'de-1  de  Selenskyj empfängt Nato-Delegation in Kiew',
        'en-1  en  Zelensky meets NATO envoys in Kyiv',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('prints the entity view as JSON', async () => {
    expect(JSON.parse((await px('entity', 'person:brandt', '--json')).stdout)).toEqual({
      id: 'person:brandt',
      name: 'Liv Brandt',
      type: 'person',
      ref: null,
      variants: [{ name: 'Liv Brandt', lang: 'en', mentions: 1 }],
      articles: ['brekka-1'],
      mentions: 1,
      stories: [],
    });
  });

  test('reports an unknown id like `show` does, and exits 1', async () => {
    expect(await px('entity', 'person:nobody')).toEqual({
      code: 1,
      stdout: '',
      stderr: '[parallax] no entity with id "person:nobody"\n  hint: list ids with `parallax entities`\n',
    });
  });
});

describe('parallax show', () => {
  test('lists what the analysis found after the text', async () => {
    const run = await px('show', 'brekka-1');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(lines.indexOf('── entities (2) ──'), lines.indexOf('── removed (0) ──'))).toEqual([
      '── entities (2) ──',
      'Brekka      → (not linked)   place   [0–6]',
      'Liv Brandt  → person:brandt  person  [83–93]',
      '',
      '── dates (1) ──',
      '2024-06-10  "Monday" (relative)  [97–103]',
      '',
      '── numbers (1) ──',
      '6,000,000,000 GBP  money  "£6bn"  [50–54]',
      '',
      '── quotes (1) ──',
      '"We are ready,"  — Liv Brandt  [56–71]',
      '',
    ]);
    expect(lines).toContain('published: 2024-06-14 (from the dateline)');
  });

  test('includes the analysis in --json, in snake_case', async () => {
    const view = JSON.parse((await px('show', 'brekka-1', '--json')).stdout);
    const { published, published_source, entities, dates, quantities, quotes } = view;
    expect({ published, published_source, entities, dates, quantities, quotes }).toEqual({
      published: '2024-06-14',
      published_source: 'dateline',
      entities: [
        { start: 0, end: 6, text: 'Brekka', type: 'place', name: 'Brekka', entity: null, ref: 'city:1' },
        {
          start: 83,
          end: 93,
          text: 'Liv Brandt',
          type: 'person',
          name: 'Liv Brandt',
          entity: 'person:brandt',
          ref: null,
        },
      ],
      dates: [
        {
          start: 97,
          end: 103,
          text: 'Monday',
          value: '2024-06-10',
          until: null,
          grain: 'day',
          relative: true,
        },
      ],
      quantities: [
        { start: 50, end: 54, text: '£6bn', value: 6e9, kind: 'money', unit: 'GBP', counted: null },
      ],
      quotes: [
        {
          start: 56,
          end: 71,
          text: '"We are ready,"',
          quote: 'We are ready,',
          speaker: { start: 83, end: 93, text: 'Liv Brandt' },
        },
      ],
    });
  });
});
