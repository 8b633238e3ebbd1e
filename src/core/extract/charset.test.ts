import { describe, expect, test } from 'vitest';
import { htmlFixtureBytes } from '../../../test/fixtures/html.js';
import { decodeBytes, sniffHtmlCharset } from '../ingest/decode.js';
import { extractArticle } from './index.js';

/** Decode a page's bytes as ingest does (declared charset, else UTF-8, else windows-1252), then extract. */
function extractBytes(name: string) {
  const bytes = htmlFixtureBytes(name);
  const declared = sniffHtmlCharset(bytes);
  const decoded = decodeBytes(bytes, { path: name }, declared ? { declaredCharset: declared } : {});
  if (!decoded.ok) throw new Error(`${name} did not decode`);
  return { encoding: decoded.encoding, ...extractArticle(decoded.text) };
}

describe('pages in legacy encodings', () => {
  test('an ISO-8859-1 page declared in http-equiv keeps its accented letters in text and metadata', () => {
    const result = extractBytes('latin1-page.html');
    expect([result.encoding, result.title, result.byline, result.published, result.lang]).toEqual([
      'windows-1252',
      'Le marché de Noël ouvre ses portes à Colmar',
      'Élise Garnier',
      '2023-11-24',
      'fr',
    ]);
    expect(result.text).toContain(
      "Près de quatre-vingts exposants y présentent des décorations, du pain d'épices",
    );
  });

  test('an undeclared windows-1252 page reads its curly quotes, euro sign and dashes', () => {
    expect(extractBytes('windows-1252-page.html').text).toBe(
      [
        'The “café au lait” now costs €4.20 – a rise of 30 cents since spring, the owners of the small harbour café said on Tuesday.',
        'Regulars blame the price of milk; the owners point to rents, which have climbed for the third year in a row…',
      ].join('\n'),
    );
  });
});
