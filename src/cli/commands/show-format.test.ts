import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/fixtures/articles.js';
import { mentionsIn } from '../../../test/fixtures/entities.js';
import type { Article, Span } from '../../core/types.js';
import { formatArticle } from './show-format.js';

const TEXT =
  'Brekka approves ferry terminal\n' +
  'The council approved £6bn and 40 new jobs on Thursday, 13 June, for works from 1 to 3 July. ' +
  '"We are ready," said mayor Liv Brandt. "It is about time."';

function span(part: string): Span {
  const start = TEXT.indexOf(part);
  return { start, end: start + part.length, text: part };
}

function analysed(): Article {
  const article = makeArticle({ id: 'brekka-1', text: TEXT, source: null, url: null });
  return {
    ...article,
    analysis: {
      published: { value: '2024-06-14', source: 'dateline' },
      entities: mentionsIn(TEXT, [
        { text: 'Brekka', type: 'place', entity: 'place:brekka', ref: 'city:1' },
        { text: 'Liv Brandt', entity: 'person:liv-brandt' },
        { text: 'council', type: 'organization', name: 'Brekka council', entity: null },
      ]),
      dates: [
        { ...span('Thursday, 13 June'), value: '2024-06-13', grain: 'day', relative: false },
        { ...span('1 to 3 July'), value: '2024-07-01', until: '2024-07-03', grain: 'day', relative: true },
      ],
      quantities: [
        { ...span('£6bn'), value: 6e9, kind: 'money', unit: 'GBP', counted: null },
        { ...span('40 new jobs'), value: 40, kind: 'count', unit: null, counted: 'jobs' },
      ],
      quotes: [
        { ...span('"We are ready,"'), quote: 'We are ready,', speaker: span('Liv Brandt') },
        { ...span('"It is about time."'), quote: 'It is about time.', speaker: null },
      ],
    },
  };
}

describe('formatArticle', () => {
  test('lists entities, dates, numbers and quotes after the text, one line each with offsets', () => {
    expect(formatArticle(analysed())).toEqual([
      'id:        brekka-1',
      'title:     Brekka approves ferry terminal',
      'language:  en (confidence 0.97)',
      'published: 2024-06-14 (from the dateline)',
      'duplicate: no',
      '',
      '── cleaned text (5 sentences) ──',
      '[headline] Brekka approves ferry terminal',
      '[1] The council approved £6bn and 40 new jobs on Thursday, 13 June, for works from 1 to 3 July.',
      '[1] "We are ready," said mayor Liv Brandt.',
      '[1] "It is about time.',
      '[1] "',
      '',
      '── entities (3) ──',
      'Brekka          → place:brekka       place         [0–6]',
      'Liv Brandt      → person:liv-brandt  person        [150–160]',
      'Brekka council  → (not linked)       organization  [35–42]',
      '',
      '── dates (2) ──',
      '2024-06-13               "Thursday, 13 June"       [76–93]',
      '2024-07-01 – 2024-07-03  "1 to 3 July" (relative)  [110–121]',
      '',
      '── numbers (2) ──',
      '6,000,000,000 GBP  money  "£6bn"         [52–56]',
      '40 jobs            count  "40 new jobs"  [61–72]',
      '',
      '── quotes (2) ──',
      '"We are ready,"      — Liv Brandt    [123–138]',
      '"It is about time."  — (no speaker)  [162–181]',
      '',
      '── removed (0) ──',
      '',
      '── original ──',
      TEXT,
    ]);
  });

  test('shows empty sections and the input date for an article with nothing found', () => {
    const article = makeArticle({ id: 'plain', text: 'Kurz notiert\nNichts Neues.', lang: 'de' });
    expect(formatArticle(article)).toEqual([
      'id:        plain',
      'title:     Kurz notiert',
      'language:  de (confidence 0.97)',
      'source:    Example News',
      'url:       https://example.org/plain',
      'published: 2024-05-06T08:00:00Z',
      'duplicate: no',
      '',
      '── cleaned text (2 sentences) ──',
      '[headline] Kurz notiert',
      '[1] Nichts Neues.',
      '',
      '── entities (0) ──',
      '',
      '── dates (0) ──',
      '',
      '── numbers (0) ──',
      '',
      '── quotes (0) ──',
      '',
      '── removed (0) ──',
      '',
      '── original ──',
      'Kurz notiert\nNichts Neues.',
    ]);
  });

  test('cuts a long quote to 80 characters', () => {
    const quote =
      'We will rebuild the harbour, the ferry terminal and every road that the storm has taken from us.';
    const text = `Mayor speaks\n"${quote}"`;
    const article = makeArticle({ id: 'long', text });
    article.analysis.quotes = [{ start: 13, end: text.length, text: `"${quote}"`, quote, speaker: null }];
    expect(formatArticle(article).filter((line) => line.startsWith('"'))).toEqual([
      '"We will rebuild the harbour, the ferry terminal and every road that the storm h…"  — (no speaker)  [13–111]',
    ]);
  });
});
