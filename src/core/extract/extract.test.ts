import { describe, expect, test } from 'vitest';
import { htmlFixture as fixture } from '../../../test/fixtures/html.js';
import { extractArticle } from './index.js';

describe('extractArticle', () => {
  test('keeps the article body with its subheading, list and quote, and drops page furniture', () => {
    expect(extractArticle(fixture('news-article.html'))).toEqual({
      text: [
        'Seit Donnerstag pendelt eine elektrisch betriebene Fähre zwischen Lindau und Bregenz. Die Überfahrt dauert knapp 25 Minuten, das Schiff bietet Platz für 180 Fahrgäste und 40 Fahrräder.',
        'Die Betreiber rechnen im ersten Sommer mit rund 60.000 Fahrgästen. Gefördert wurde das Projekt, so die Stadtverwaltung, zu einem Drittel aus Mitteln der Europäischen Union.',
        'Fahrplan bis Oktober',
        'Bis Ende Oktober fährt das Schiff stündlich, an Wochenenden auch am späten Abend. Tickets gibt es an Bord und in beiden Häfen:',
        'Einzelfahrt für Erwachsene: 9 Euro',
        'Kinder bis 14 Jahre: 4,50 Euro',
        '„Wir wollen zeigen, dass der See ohne Stau zu überqueren ist“, sagte Hafenmeisterin Jana Kiel bei der ersten Fahrt.',
        'Für den Winter ist ein eingeschränkter Betrieb geplant, über den der Gemeinderat im September entscheidet.',
      ].join('\n'),
      title: 'Neue Fähre verbindet Lindau und Bregenz',
      byline: 'Mara Ufer',
      published: '2024-06-13T18:30:00+02:00',
      modified: '2024-06-14T09:15:00+02:00',
      site: 'Seeblick Nachrichten',
      lang: 'de',
      url: 'https://seeblick.example/region/2024/06/13/neue-faehre',
      confidence: 0.85,
      issues: [],
    });
  });

  test('returns no text, zero confidence and the reasons for a page of links without an article', () => {
    expect(extractArticle(fixture('no-article.html'))).toEqual({
      text: '',
      title: 'Sections | Harbour Daily',
      lang: 'en',
      confidence: 0,
      issues: ['body_fallback', 'no_text'],
    });
  });

  test('falls back to the whole body with a low confidence when no block looks like an article', () => {
    const result = extractArticle(
      '<html><body><div>Opening hours</div><div>Mon–Fri 9–17</div></body></html>',
    );
    expect(result).toEqual({
      text: 'Opening hours\nMon–Fri 9–17',
      confidence: 0.04,
      issues: ['body_fallback', 'short_text', 'low_text_density'],
    });
  });

  test('drops "read also" teaser lines, advertisement labels and a trailing related-links section', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report explains, in some detail, what the harbour authority decided on Monday and why it matters.</p>`;
    const html = `<html lang="en"><body><div class="story">
      ${paragraph(1)}
      <p>Read more: Harbour authority elects new chair</p>
      ${paragraph(2)}
      <p>Advertisement</p>
      ${paragraph(3)}
      <h2>Related articles</h2>
      <p>Ferry timetable changes on Monday, with later departures on weekends and fewer in winter.</p>
    </div></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
      expect.stringMatching(/^Paragraph 3 /u),
    ]);
  });
});
