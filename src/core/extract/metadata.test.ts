import { describe, expect, test } from 'vitest';
import { type ExtractOptions, extractArticle } from './index.js';

const BODY =
  '<body><article><p>The harbour authority approved the new ferry timetable on Monday, after two years of talks with the operators.</p></article></body>';

/** The metadata of a page made of `head` and a plain article body. */
function metadataOf(head: string, options: ExtractOptions = {}, body = BODY) {
  const {
    text: _text,
    confidence: _confidence,
    issues: _issues,
    ...metadata
  } = extractArticle(`<html><head>${head}</head>${body}</html>`, options);
  return metadata;
}

describe('metadata sources', () => {
  test('JSON-LD article: headline, authors, dates, publisher and language, also inside @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Ferry news' },
        {
          '@type': ['NewsArticle'],
          headline: 'Ferry timetable approved',
          datePublished: '2024-06-13T08:00:00Z',
          dateModified: '2024-06-13T10:30:00Z',
          author: [{ '@type': 'Person', name: 'Ana Lind' }, { name: 'Per Holm' }],
          publisher: { '@type': 'Organization', name: 'Harbour Daily' },
          inLanguage: 'en-GB',
        },
      ],
    };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toEqual({
      title: 'Ferry timetable approved',
      byline: 'Ana Lind, Per Holm',
      published: '2024-06-13T08:00:00Z',
      modified: '2024-06-13T10:30:00Z',
      site: 'Harbour Daily',
      lang: 'en-GB',
    });
  });

  test('Open Graph and article meta tags, og:locale as language, canonical link resolved against the URL', () => {
    const head = `
      <meta property="og:title" content="Ferry timetable approved">
      <meta property="og:site_name" content="Harbour Daily">
      <meta property="og:locale" content="en_GB">
      <meta property="article:published_time" content="2024-06-13T08:00:00+01:00">
      <meta property="article:modified_time" content="2024-06-14T09:00:00+01:00">
      <meta property="article:author" content="https://harbour.example/staff/ana">
      <meta name="author" content="Ana Lind">
      <link rel="canonical" href="/news/ferry">`;
    expect(metadataOf(head, { url: 'https://harbour.example/news/ferry?utm=x' })).toEqual({
      title: 'Ferry timetable approved',
      byline: 'Ana Lind',
      published: '2024-06-13T08:00:00+01:00',
      modified: '2024-06-14T09:00:00+01:00',
      site: 'Harbour Daily',
      lang: 'en-GB',
      url: 'https://harbour.example/news/ferry',
    });
  });

  test.each([
    ['Dublin Core', '<meta name="DC.date.issued" content="2024-06-13">'],
    ['Parse.ly', '<meta name="parsely-pub-date" content="2024-06-13">'],
    ['Sailthru', '<meta name="sailthru.date" content="2024-06-13">'],
    ['itemprop', '<meta itemprop="datePublished" content="2024-06-13">'],
  ])('reads the publication date from %s meta tags', (_name, head) => {
    expect(metadataOf(head).published).toBe('2024-06-13');
  });

  test('reads microdata, <time>, the URL and a byline box when the head says nothing', () => {
    const microdata = BODY.replace(
      '<article>',
      '<article><span itemprop="datePublished" content="2024-06-12">12 June</span>',
    );
    const time = BODY.replace('<article>', '<article><time datetime="2024-06-11T07:00">Tuesday</time>');
    const byline = BODY.replace('<article>', '<article><div class="byline">By Ana Lind | 10 June 2024</div>');
    expect(metadataOf('', {}, microdata).published).toBe('2024-06-12');
    expect(metadataOf('', {}, time).published).toBe('2024-06-11T07:00');
    expect(metadataOf('', { url: 'https://harbour.example/2024/06/09/ferry' }, BODY)).toEqual({
      published: '2024-06-09',
      url: 'https://harbour.example/2024/06/09/ferry',
    });
    expect(metadataOf('', {}, byline)).toEqual({ byline: 'Ana Lind', published: '2024-06-10' });
  });

  test('takes the headline from <h1> when the <title> contains it, else the title without the site name', () => {
    const withH1 = BODY.replace('<article>', '<article><h1>Ferry timetable approved</h1>');
    expect(metadataOf('<title>Ferry timetable approved | Harbour Daily</title>', {}, withH1).title).toBe(
      'Ferry timetable approved',
    );
    expect(metadataOf('<title>Ferry timetable approved – Harbour Daily</title>').title).toBe(
      'Ferry timetable approved',
    );
  });
});

describe('date sanity checks', () => {
  const head = (date: string) =>
    `<meta property="article:published_time" content="${date}"><meta name="dc.date" content="2024-06-10">`;

  test('rejects a date more than a day after the reference date and uses the next source', () => {
    expect(metadataOf(head('2024-06-20'), { referenceDate: '2024-06-13' }).published).toBe('2024-06-10');
    expect(
      metadataOf(head('2024-06-14T06:00:00Z'), { referenceDate: '2024-06-13T12:00:00Z' }).published,
    ).toBe('2024-06-14T06:00:00Z');
  });

  test('rejects dates before 1995 and impossible dates, with or without a reference date', () => {
    expect(metadataOf(head('1970-01-01T00:00:00Z')).published).toBe('2024-06-10');
    expect(metadataOf(head('2024-02-30')).published).toBe('2024-06-10');
    expect(metadataOf('<meta name="date" content="0000-00-00">').published).toBeUndefined();
  });

  test('normalises written dates: 13.06.2024, 2024/06/13, "June 13, 2024", "13. Juni 2024", "13 de junio de 2024"', () => {
    const dates = ['13.06.2024', '2024/06/13', 'June 13, 2024', '13. Juni 2024', '13 de junio de 2024'];
    expect(dates.map((date) => metadataOf(`<meta name="date" content="${date}">`).published)).toEqual(
      Array(5).fill('2024-06-13'),
    );
  });
});
