import { describe, expect, test } from 'vitest';
import { detectFormat, parseUnit, sniffFormat } from '../ingest/index.js';
import { isJsonFeed, looksLikeFeed, sniffXmlCharset } from './sniff.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('recognising feeds', () => {
  test('tells RSS, Atom and RDF roots from HTML, past a prolog and comments', () => {
    expect(looksLikeFeed(bytes('<?xml version="1.0"?>\n<!-- <html> -->\n<rss version="2.0">'))).toBe(true);
    expect(looksLikeFeed(bytes('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe(true);
    expect(looksLikeFeed(bytes('<rdf:RDF xmlns:rdf="…">'))).toBe(true);
    expect(looksLikeFeed(bytes('<!doctype html><html><body><p>feed the birds</p>'))).toBe(false);
  });

  test('knows a JSON Feed by its version URL', () => {
    expect(isJsonFeed('{"version":"https://jsonfeed.org/version/1.1","items":[]}')).toBe(true);
    expect(isJsonFeed('{"version":"1","items":[],"note":"jsonfeed.org"}')).toBe(false);
    expect(isJsonFeed('[{"text":"an article"}]')).toBe(false);
  });

  test('maps .rss, .atom and .xml to feeds, and sniffs feeds on stdin', () => {
    expect(['a.rss', 'b.atom.gz', 'c.xml'].map(detectFormat)).toEqual([
      { format: 'feed', gzip: false },
      { format: 'feed', gzip: true },
      { format: 'feed', gzip: false },
    ]);
    expect(sniffFormat(bytes('\n<?xml version="1.0"?><rss version="2.0"><channel>'))).toBe('feed');
    expect(sniffFormat(bytes('<html><body>'))).toBe('html');
    expect(sniffFormat(bytes('{"version":"https://jsonfeed.org/version/1","items":[]}\n'))).toBe('feed');
  });

  test('reads a feed in the charset its XML prolog declares', () => {
    const prolog = '<?xml version="1.0" encoding="windows-1251"?>';
    expect(sniffXmlCharset(bytes(`${prolog}<rss/>`))).toBe('windows-1251');
    const cyrillic = 'Паром прибыл в порт Брекки во вторник вечером.';
    const xml = `${prolog}<rss version="2.0"><channel><title>Вести</title><item><link>https://vesti.example/1</link><description>${cyrillic}</description></item></channel></rss>`;
    const encoded = Uint8Array.from(xml, (char) => {
      const code = char.charCodeAt(0);
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    const parsed = parseUnit({
      kind: 'document',
      id: 'vesti.rss',
      origin: { path: 'vesti.rss' },
      format: 'feed',
      bytes: encoded,
      size: encoded.length,
    });
    expect(parsed.articles.map((article) => [article.source, article.text])).toEqual([['Вести', cyrillic]]);
  });
});
