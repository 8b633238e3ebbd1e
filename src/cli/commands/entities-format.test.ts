import { describe, expect, test } from 'vitest';
import type { EntityView } from '../../core/store.js';
import { formatEntity, formatEntityRows } from './entities-format.js';

const ZELENSKY: EntityView = {
  id: 'person:zelensky',
  name: 'Volodymyr Zelensky',
  type: 'person',
  ref: null,
  variants: [
    { name: 'Selenskyj', lang: 'de', mentions: 2 },
    { name: 'Зеленський', lang: 'uk', mentions: 2 },
    { name: 'Volodymyr Zelensky', lang: 'en', mentions: 1 },
    { name: 'Zelensky', lang: 'en', mentions: 1 },
  ],
  articles: ['uk-1', 'de-1', 'en-1'],
  mentions: 6,
};
const NATO: EntityView = {
  id: 'org:nato',
  name: 'NATO',
  type: 'organization',
  ref: 'org:nato',
  variants: [{ name: 'NATO', lang: null, mentions: 1 }],
  articles: ['en-1'],
  mentions: 1,
};

describe('formatEntityRows', () => {
  test('prints a header and one row per entity with its three most used written forms', () => {
    expect(formatEntityRows([ZELENSKY, NATO], 160)).toEqual([
      'id               name                type          articles  variants',
      'person:zelensky  Volodymyr Zelensky  person               3  Selenskyj (de) 2, Зеленський (uk) 2, Volodymyr Zelensky (en) 1, +1 more',
      'org:nato         NATO                organization         1  NATO (??) 1',
    ]);
  });

  test('cuts the variants to fit the width of the terminal, keeping at least 20 characters of them', () => {
    expect(formatEntityRows([ZELENSKY], 100)).toEqual([
      'id               name                type          articles  variants',
      'person:zelensky  Volodymyr Zelensky  person               3  Selenskyj (de) 2, Зеленський (uk) 2, V…',
    ]);
    expect(formatEntityRows([ZELENSKY], 60)).toEqual([
      'id               name                type          articles  variants',
      'person:zelensky  Volodymyr Zelensky  person               3  Selenskyj (de) 2, З…',
    ]);
  });
});

describe('formatEntity', () => {
  test('shows the canonical name, the written forms with languages and counts, and the articles', () => {
    const articles = [
      { id: 'uk-1', lang: 'uk', title: 'Зеленський зустрівся з делегацією у Києві', duplicateOf: null },
      { id: 'de-1', lang: 'de', title: 'Selenskyj empfängt Nato-Delegation in Kiew', duplicateOf: null },
      { id: 'en-1', lang: 'en', title: null, duplicateOf: 'en-0' },
    ];
    expect(formatEntity(ZELENSKY, articles)).toEqual([
      'id:        person:zelensky',
      'name:      Volodymyr Zelensky',
      'type:      person',
      'mentions:  6 in 3 articles',
      '',
      '── variants (4) ──',
      'Selenskyj           de  2',
      'Зеленський          uk  2',
      'Volodymyr Zelensky  en  1',
      'Zelensky            en  1',
      '',
      '── articles (3) ──',
      'uk-1  uk  Зеленський зустрівся з делегацією у Києві',
      'de-1  de  Selenskyj empfängt Nato-Delegation in Kiew',
      'en-1  en  (no headline)  = copy of en-0',
    ]);
  });

  test('shows the reference, and says how many articles are left out', () => {
    const many = { ...NATO, articles: ['en-1', 'en-2', 'en-3'], mentions: 3 };
    expect(formatEntity(many, [{ id: 'en-1', lang: 'en', title: 'NATO meets', duplicateOf: null }])).toEqual([
      'id:        org:nato',
      'name:      NATO',
      'type:      organization',
      'ref:       org:nato',
      'mentions:  3 in 3 articles',
      '',
      '── variants (1) ──',
      'NATO  ??  1',
      '',
      '── articles (3) ──',
      'en-1  en  NATO meets',
      '… and 2 more (see --json)',
    ]);
  });
});
