import { describe, expect, test } from 'vitest';
import { feedItemArticle, parseFeedDocument } from './parse-feed.js';
import { readFeed } from './read-feed.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Harbour Daily</title>
    <link>https://harbour.example/</link>
    <language>en</language>
    <item>
      <title>Ferry &amp; crew safe in Brekka</title>
      <link>https://harbour.example/ferry</link>
      <guid isPermaLink="false">hd-101</guid>
      <pubDate>Tue, 11 Jun 2024 21:40:00 +0200</pubDate>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>The ferry <b>Nordlys</b> reached Brekka.</p><figure><img src="x.jpg"><figcaption>Photo: Port</figcaption></figure><p>Nobody was hurt.</p>]]></content:encoded>
    </item>
    <item>
      <title>Harbour fees</title>
      <link>https://harbour.example/fees</link>
      <dc:date>2024-06-12T08:00:00Z</dc:date>
      <description>The council voted on the new harbour fees.
Fees rise in July.</description>
    </item>
    <item><title>Photo gallery</title><link>/gallery</link></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
  <title type="text">Вісті Бреккі</title>
  <link rel="self" href="https://visti.example/feed.atom"/>
  <link rel="alternate" href="https://visti.example/"/>
  <id>urn:visti</id>
  <updated>2024-06-12T10:00:00Z</updated>
  <entry>
    <title>Пором прибув</title>
    <link rel="alternate" href="https://visti.example/porom"/>
    <id>urn:visti:1</id>
    <published>2024-06-11T20:00:00+03:00</published>
    <updated>2024-06-12T09:00:00Z</updated>
    <summary>Коротко.</summary>
    <content type="html">&lt;p&gt;Пором «Нордліс» прибув до Бреккі.&lt;/p&gt;&lt;p&gt;Ніхто не постраждав.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Оновлення</title>
    <link href="https://visti.example/update"/>
    <id>urn:visti:2</id>
    <updated>2024-06-12T09:30:00Z</updated>
    <summary type="text">Рада збереться в четвер.</summary>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://port.example/">
    <title>Le Port</title><link>https://port.example/</link><description>Nouvelles</description>
  </channel>
  <item rdf:about="https://port.example/ferry">
    <title>Le ferry est arrivé</title>
    <link>https://port.example/ferry</link>
    <description>Le ferry Nordlys est arrivé à Brekka mardi soir.</description>
    <dc:date>2024-06-11T22:00:00+02:00</dc:date>
  </item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Puerto Hoy',
  home_page_url: 'https://puerto.example/',
  language: 'es',
  items: [
    {
      id: 'p-1',
      url: 'https://puerto.example/ferry',
      title: 'El ferry llegó',
      content_html: '<p>El ferry Nordlys llegó a Brekka.</p><p>Nadie resultó herido.</p>',
      date_published: '2024-06-11T20:30:00Z',
    },
    { id: 'p-2', title: 'Nota', content_text: 'Primera línea.\n\nSegunda línea.' },
  ],
});

describe('readFeed', () => {
  test('reads RSS 2.0: content:encoded as lines, RFC 822 dates with their offset, dc:date, relative links, items without text', () => {
    expect(readFeed(RSS)).toEqual({
      ok: true,
      feed: {
        format: 'rss',
        title: 'Harbour Daily',
        link: 'https://harbour.example/',
        language: 'en',
        items: [
          {
            key: 'hd-101',
            guid: 'hd-101',
            title: 'Ferry & crew safe in Brekka',
            url: 'https://harbour.example/ferry',
            published: '2024-06-11T21:40:00+02:00',
            lines: ['The ferry Nordlys reached Brekka.', 'Photo: Port', 'Nobody was hurt.'],
            html: '<p>The ferry <b>Nordlys</b> reached Brekka.</p><figure><img src="x.jpg"><figcaption>Photo: Port</figcaption></figure><p>Nobody was hurt.</p>',
          },
          {
            key: 'https://harbour.example/fees',
            title: 'Harbour fees',
            url: 'https://harbour.example/fees',
            published: '2024-06-12T08:00:00Z',
            lines: ['The council voted on the new harbour fees.', 'Fees rise in July.'],
          },
          {
            key: 'https://harbour.example/gallery',
            title: 'Photo gallery',
            url: 'https://harbour.example/gallery',
            lines: [],
          },
        ],
      },
    });
  });

  test('reads Atom: html content over summary, published over updated, xml:lang, the alternate link', () => {
    expect(readFeed(ATOM)).toEqual({
      ok: true,
      feed: {
        format: 'atom',
        title: 'Вісті Бреккі',
        link: 'https://visti.example/',
        language: 'uk',
        items: [
          {
            key: 'urn:visti:1',
            guid: 'urn:visti:1',
            title: 'Пором прибув',
            url: 'https://visti.example/porom',
            published: '2024-06-11T20:00:00+03:00',
            lines: ['Пором «Нордліс» прибув до Бреккі.', 'Ніхто не постраждав.'],
            html: '<p>Пором «Нордліс» прибув до Бреккі.</p><p>Ніхто не постраждав.</p>',
          },
          {
            key: 'urn:visti:2',
            guid: 'urn:visti:2',
            title: 'Оновлення',
            url: 'https://visti.example/update',
            published: '2024-06-12T09:30:00Z',
            lines: ['Рада збереться в четвер.'],
          },
        ],
      },
    });
  });

  test('reads RDF (RSS 1.0) with rdf:about as the guid and dc:date as the date', () => {
    expect(readFeed(RDF)).toEqual({
      ok: true,
      feed: {
        format: 'rdf',
        title: 'Le Port',
        link: 'https://port.example/',
        items: [
          {
            key: 'https://port.example/ferry',
            guid: 'https://port.example/ferry',
            title: 'Le ferry est arrivé',
            url: 'https://port.example/ferry',
            published: '2024-06-11T22:00:00+02:00',
            lines: ['Le ferry Nordlys est arrivé à Brekka mardi soir.'],
          },
        ],
      },
    });
  });

  test('reads JSON Feed: content_html as lines, content_text split at line breaks', () => {
    expect(readFeed(JSON_FEED)).toMatchObject({
      ok: true,
      feed: {
        format: 'json',
        title: 'Puerto Hoy',
        link: 'https://puerto.example/',
        language: 'es',
        items: [
          { key: 'p-1', lines: ['El ferry Nordlys llegó a Brekka.', 'Nadie resultó herido.'] },
          { key: 'p-2', guid: 'p-2', title: 'Nota', lines: ['Primera línea.', 'Segunda línea.'] },
        ],
      },
    });
  });

  test('answers broken XML and documents of another kind with a reason, never a throw', () => {
    expect(readFeed('<rss version="2.0"><channel><title>Cut off</title><item><title>A')).toEqual({
      ok: false,
      reason: 'Invalid feed format',
    });
    expect(readFeed('<html><body><p>Not a feed</p></body></html>')).toEqual({
      ok: false,
      reason: 'Unrecognized feed format',
    });
    expect(readFeed('')).toMatchObject({ ok: false });
  });
});

describe('parseFeedDocument', () => {
  const base = { id: 'harbour.rss', origin: { path: 'feeds/harbour.rss' }, format: 'feed' as const };

  test('makes one article per item with its link as id and the channel title as source, and reports an item without text', () => {
    expect(parseFeedDocument(RSS, base)).toEqual({
      articles: [
        {
          id: 'https://harbour.example/ferry',
          origin: { path: 'feeds/harbour.rss', index: 0 },
          format: 'feed',
          text: 'The ferry Nordlys reached Brekka.\nPhoto: Port\nNobody was hurt.',
          html: '<p>The ferry <b>Nordlys</b> reached Brekka.</p><figure><img src="x.jpg"><figcaption>Photo: Port</figcaption></figure><p>Nobody was hurt.</p>',
          title: 'Ferry & crew safe in Brekka',
          url: 'https://harbour.example/ferry',
          published: '2024-06-11T21:40:00+02:00',
          source: 'Harbour Daily',
          declaredLang: 'en',
          metadata: { guid: 'hd-101' },
          issues: [],
        },
        {
          id: 'https://harbour.example/fees',
          origin: { path: 'feeds/harbour.rss', index: 1 },
          format: 'feed',
          text: 'The council voted on the new harbour fees.\nFees rise in July.',
          title: 'Harbour fees',
          url: 'https://harbour.example/fees',
          published: '2024-06-12T08:00:00Z',
          source: 'Harbour Daily',
          declaredLang: 'en',
          metadata: {},
          issues: [],
        },
      ],
      issues: [
        {
          code: 'feed_item_without_text',
          severity: 'error',
          origin: { path: 'feeds/harbour.rss', index: 2 },
          params: { title: 'Photo gallery', url: 'https://harbour.example/gallery' },
        },
      ],
    });
  });

  test('gives items without a link the id <unit id>#<guid or content key> and the host as source when the feed has no title', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      home_page_url: 'https://www.puerto.example/',
      items: [{ id: 'n-7', content_text: 'Una nota.' }],
    });
    expect(parseFeedDocument(json, { ...base, id: 'notes.json' }).articles).toMatchObject([
      { id: 'notes.json#n-7', source: 'puerto.example', text: 'Una nota.' },
    ]);
  });

  test('keys an item without link or guid by its content, never its position (regression: a new top item took #0)', () => {
    const notes = (...texts: string[]) =>
      `<rss version="2.0"><channel><title>Notes</title>${texts.map((text) => `<item><description>${text}</description></item>`).join('')}</channel></rss>`;
    const ids = (xml: string) => parseFeedDocument(xml, base).articles.map((article) => article.id);
    const [older] = ids(notes('Older note.'));
    expect(older).toMatch(/^harbour\.rss#hash:[\da-f]{28}$/u);
    expect(ids(notes('Newer note.', 'Older note.'))).toEqual([expect.not.stringMatching(older ?? ''), older]);
  });

  test('reports an item that could not be read as invalid_feed_item, and reads the others', () => {
    const feed = { format: 'rss' as const, items: [] };
    const place = { id: 'harbour.rss', origin: { path: 'feeds/harbour.rss', index: 3 } };
    expect(
      feedItemArticle({ key: 'unreadable:1', lines: [], error: 'too much recursion' }, feed, place),
    ).toEqual({
      ok: false,
      issue: {
        code: 'invalid_feed_item',
        severity: 'error',
        origin: { path: 'feeds/harbour.rss', index: 3 },
        params: { reason: 'too much recursion' },
      },
    });
  });

  test('reads a feed whose item nests 20,000 elements deep, with its other items', () => {
    const deep = `${'<div>'.repeat(20_000)}Deep.${'</div>'.repeat(20_000)}`;
    const rss = `<rss version="2.0"><channel><title>T</title><item><guid>a</guid><description><![CDATA[${deep}]]></description></item><item><guid>b</guid><description>Plain.</description></item></channel></rss>`;
    const read = readFeed(rss);
    expect(read.ok && read.feed.items.map((item) => [item.key, item.lines])).toEqual([
      ['a', ['Deep.']],
      ['b', ['Plain.']],
    ]);
  });

  test('reports broken XML as invalid_feed and a feed without items as empty_input', () => {
    expect(parseFeedDocument('<rss><channel><item><title>x</item>', base)).toEqual({
      articles: [],
      issues: [
        {
          code: 'invalid_feed',
          severity: 'error',
          origin: { path: 'feeds/harbour.rss' },
          params: { reason: 'Invalid feed format' },
        },
      ],
    });
    const empty =
      '<rss version="2.0"><channel><title>Quiet</title><link>https://q.example/</link></channel></rss>';
    expect(parseFeedDocument(empty, base).issues.map((item) => item.code)).toEqual(['empty_input']);
  });
});
