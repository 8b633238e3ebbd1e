import { describe, expect, test } from 'vitest';
import { formatExportLine } from './export-format.js';

describe('formatExportLine', () => {
  test('writes the article, its story and metadata as one JSON line with fields in a fixed order', () => {
    const row = {
      url: 'https://example.org/de-1',
      duplicate_of: null,
      id: 'de-1',
      story: 's-1',
      lang: 'de',
      title: 'Rutte trifft „Selenskyj“ in Kiew',
      published: '2024-06-13',
      source: 'Example News',
    };
    expect(formatExportLine(row)).toBe(
      '{"id":"de-1","story":"s-1","lang":"de","title":"Rutte trifft „Selenskyj“ in Kiew","published":"2024-06-13","source":"Example News","url":"https://example.org/de-1","duplicate_of":null}\n',
    );
  });

  test('keeps nulls for an article in no story and drops fields outside the contract', () => {
    const row = {
      id: 'en-2',
      story: null,
      lang: null,
      title: null,
      published: null,
      source: null,
      url: null,
      duplicate_of: 'en-1',
      internal: 42,
    };
    expect(formatExportLine(row)).toBe(
      '{"id":"en-2","story":null,"lang":null,"title":null,"published":null,"source":null,"url":null,"duplicate_of":"en-1"}\n',
    );
  });
});
