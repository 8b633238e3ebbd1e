import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/fixtures/articles.js';
import type { DateMention } from '../types.js';
import { buildTimeline } from './timeline.js';

function dated(id: string, text: string, dates: Array<[string, string]>) {
  const mentions: DateMention[] = dates.map(([written, value]) => {
    const start = text.indexOf(written);
    return { start, end: start + written.length, text: written, value, grain: 'day', relative: false };
  });
  return makeArticle({
    id,
    text,
    title: null,
    analysis: { published: null, entities: [], dates: mentions, quantities: [], quotes: [] },
  });
}

describe('buildTimeline', () => {
  test('a day of unknown year joins the one dated day of that month and day; others come last', () => {
    const first = dated('a', 'The pact was signed on 13 June 2024.', [['13 June 2024', '2024-06-13']]);
    const second = dated('b', 'They signed on June 13. Talks resume on June 20.', [
      ['June 13', '--06-13'],
      ['June 20', '--06-20'],
    ]);
    const third = dated('c', 'Aid arrived on 2 May 2024.', [['2 May 2024', '2024-05-02']]);
    expect(
      buildTimeline([first, second, third]).map((entry) => [
        entry.date,
        entry.mentions.map((m) => `${m.article}: ${m.text}`),
      ]),
    ).toEqual([
      ['2024-05-02', ['c: Aid arrived on 2 May 2024.']],
      ['2024-06-13', ['a: The pact was signed on 13 June 2024.', 'b: They signed on June 13.']],
      ['--06-20', ['b: Talks resume on June 20.']],
    ]);
  });
});
