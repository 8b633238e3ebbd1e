import { describe, expect, test } from 'vitest';
import { scoreClustering } from '../../core/evaluate/index.js';
import type { ExportedArticle } from '../../core/stories/types.js';
import { matchGoldLabels, parseGoldLabels } from './eval-labels.js';

function row(id: string, story: string | null, lang: string | null): ExportedArticle {
  return { id, story, lang, title: null, published: null, source: null, url: null, duplicate_of: null };
}

async function* stream<T>(items: readonly T[]): AsyncIterable<T> {
  yield* items;
}

describe('parseGoldLabels', () => {
  test('reads id and story from each line, skipping blank lines and ignoring other fields', () => {
    const text =
      '\uFEFF{"id": "d0001", "story": "world-cup-final-2022", "lang": "es", "text": "Argentina…"}\r\n' +
      '\n   \n' +
      '{"story": "other:titan-uscg-hearing-2024", "id": "d0002"}\n';
    expect([...parseGoldLabels(text, 'gold.jsonl')]).toEqual([
      ['d0001', 'world-cup-final-2022'],
      ['d0002', 'other:titan-uscg-hearing-2024'],
    ]);
  });

  test.each([
    ['{"id": "d1", "story": ', 'gold.jsonl:2: malformed JSON'],
    ['["d1", "s1"]', 'gold.jsonl:2: expected a JSON object'],
    ['{"story": "s1"}', 'gold.jsonl:2: "id" must be a non-empty string'],
    ['{"id": 7, "story": "s1"}', 'gold.jsonl:2: "id" must be a non-empty string'],
    ['{"id": "d1", "story": ""}', 'gold.jsonl:2: "story" must be a non-empty string'],
    ['{"id": "d0", "story": "s2"}', 'gold.jsonl:2: id "d0" is labelled again (first on line 1)'],
  ])('rejects the line %s naming the file and line', (line, message) => {
    const text = `{"id": "d0", "story": "s1"}\n${line}\n`;
    expect(() => parseGoldLabels(text, 'gold.jsonl')).toThrow(`[parallax] ${message}`);
    expect(() => parseGoldLabels(text, 'gold.jsonl')).toThrow(
      expect.objectContaining({ code: 'input_failed' }),
    );
  });

  test('rejects a file with no labels at all', () => {
    expect(() => parseGoldLabels('\n\n', 'empty.jsonl')).toThrow('[parallax] empty.jsonl: no gold labels');
  });
});

describe('matchGoldLabels', () => {
  const gold = new Map([
    ['en-1', 'rutte'],
    ['de-1', 'rutte'],
    ['uk-1', 'rutte'],
    ['es-1', 'quake'],
    ['fr-9', 'quake'],
    ['it-9', 'other:coronation'],
  ]);
  const rows = [
    row('en-1', 's-1', 'en'),
    row('de-1', 's-1', 'de'),
    row('uk-1', 's-2', 'uk'),
    row('es-1', null, 'es'),
    row('en-2', 's-1', 'en'),
    row('de-2', 's-3', null),
  ];

  test('scores labelled stored articles with their stored story and language, and counts the rest', async () => {
    expect(await matchGoldLabels(gold, stream(rows))).toEqual({
      documents: [
        { id: 'en-1', gold: 'rutte', predicted: 's-1', lang: 'en' },
        { id: 'de-1', gold: 'rutte', predicted: 's-1', lang: 'de' },
        { id: 'uk-1', gold: 'rutte', predicted: 's-2', lang: 'uk' },
        { id: 'es-1', gold: 'quake', predicted: '(no story) es-1', lang: 'es' },
      ],
      notInStore: ['fr-9', 'it-9'],
      unlabelled: 2,
      withoutStory: 1,
    });
  });

  test('keeps articles in no story apart from each other when scoring', async () => {
    const both = new Map([
      ['a', 'x'],
      ['b', 'x'],
    ]);
    const match = await matchGoldLabels(both, [row('a', null, 'en'), row('b', null, 'de')]);
    expect(scoreClustering(match.documents).pairs).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 1,
    });
  });
});
