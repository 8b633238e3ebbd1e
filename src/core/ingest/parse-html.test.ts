import { describe, expect, test } from 'vitest';
import { parseHtml } from './parse-html.js';

const base = { id: 'site/storm.html', origin: { path: 'corpus/site/storm.html' }, format: 'html' as const };

const PAGE = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Sturm über Hamburg | Nordkurier</title>
  <meta property="og:site_name" content="Nordkurier">
  <link rel="canonical" href="https://nordkurier.example/hamburg/sturm">
  <script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-01T10:00:00+01:00"}]}
  </script>
</head>
<body>
  <nav class="menu"><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>Sturm über Hamburg</h1>
    <p>Ein schwerer Sturm hat am Freitag <b>Hamburg</b> getroffen. Bäume stürzten um,
       mehrere Straßen im Norden der Stadt wurden gesperrt.</p>
    <h2>Feuerwehr im Dauereinsatz</h2>
    <p>Die Feuerwehr rückte bis zum Abend mehr als 300 Mal aus. Verletzt wurde nach ersten Angaben niemand.</p>
    <ul><li>Elbtunnel zeitweise gesperrt</li><li>Fähren fahren nicht</li></ul>
    <p>Hamburg Hauptbahnhof<br>Gleis 5 bis 8 gesperrt</p>
  </article>
  <footer><p>© 2024 Nordkurier. Alle Rechte vorbehalten.</p><a href="/impressum">Impressum</a></footer>
</body>
</html>`;

describe('parseHtml', () => {
  test('extracts the article text, one line per block, with title, language, date, URL and site', () => {
    const { articles, issues } = parseHtml(PAGE, base);
    expect(issues).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'site/storm.html',
        origin: { path: 'corpus/site/storm.html' },
        format: 'html',
        text: [
          'Ein schwerer Sturm hat am Freitag Hamburg getroffen. Bäume stürzten um, mehrere Straßen im Norden der Stadt wurden gesperrt.',
          'Feuerwehr im Dauereinsatz',
          'Die Feuerwehr rückte bis zum Abend mehr als 300 Mal aus. Verletzt wurde nach ersten Angaben niemand.',
          'Elbtunnel zeitweise gesperrt',
          'Fähren fahren nicht',
          'Hamburg Hauptbahnhof',
          'Gleis 5 bis 8 gesperrt',
        ].join('\n'),
        html: PAGE,
        title: 'Sturm über Hamburg',
        url: 'https://nordkurier.example/hamburg/sturm',
        published: '2024-03-01T10:00:00+01:00',
        source: 'Nordkurier',
        declaredLang: 'de',
        metadata: { extraction: { confidence: 0.56, issues: [] } },
        issues: [],
      },
    ]);
  });

  test('reads the date from article:published_time or <time datetime> when there is no JSON-LD', () => {
    const meta = '<html><head><meta property="article:published_time" content="2024-05-02"></head>';
    const time = '<html><head></head>';
    const body =
      '<body><article><p>Der Zug fuhr pünktlich ab.</p><time datetime="2023-12-24T18:00">Heiligabend</time></article></body></html>';
    expect(parseHtml(meta + body, base).articles[0]?.published).toBe('2024-05-02');
    expect(parseHtml(time + body, base).articles[0]?.published).toBe('2023-12-24T18:00');
  });

  test('reads fragments without <html> or <body>', () => {
    const { articles } = parseHtml('<p>Erster Absatz.</p><p>Zweiter Absatz.</p>', base);
    expect(articles.map((a) => [a.text, a.title])).toEqual([['Erster Absatz.\nZweiter Absatz.', undefined]]);
  });

  test('reports a page with only navigation and footer as having no article text', () => {
    const page =
      '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer></body></html>';
    expect(parseHtml(page, base)).toEqual({
      articles: [],
      issues: [{ code: 'no_article_text', severity: 'error', origin: base.origin }],
    });
  });

  test('reports an empty body as having no article text, keeping warnings that have no article to ride on', () => {
    const warning = { code: 'encoding_fallback' as const, severity: 'warning' as const, origin: base.origin };
    expect(parseHtml('<html><head><title>Leer</title></head><body></body></html>', base, [warning])).toEqual({
      articles: [],
      issues: [warning, { code: 'no_article_text', severity: 'error', origin: base.origin }],
    });
  });
});
