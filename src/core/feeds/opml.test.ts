import { describe, expect, test } from 'vitest';
import { readOpml } from './opml.js';

describe('readOpml', () => {
  test('lists the feeds of nested outlines once each, in document order', () => {
    const opml = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
  <outline text="News">
    <outline text="Harbour Daily" type="rss" xmlUrl="https://harbour.example/rss"/>
    <outline text="Вісті" title="Вісті Бреккі" type="rss" xmlUrl="https://visti.example/feed.atom"/>
  </outline>
  <outline text="Again" xmlUrl="https://harbour.example/rss"/>
  <outline text="A folder without feeds"/>
  <outline text="Broken" xmlUrl="not a url"/>
</body></opml>`;
    expect(readOpml(opml)).toEqual({
      ok: true,
      feeds: [
        { url: 'https://harbour.example/rss', title: 'Harbour Daily' },
        { url: 'https://visti.example/feed.atom', title: 'Вісті Бреккі' },
      ],
    });
  });

  test('answers a document that is not OPML with a reason', () => {
    expect(readOpml('<rss version="2.0"><channel/></rss>')).toMatchObject({ ok: false });
  });
});
