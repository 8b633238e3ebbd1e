import { describe, expect, test } from 'vitest';
import { decodeWith } from './codecs.js';
import { decodeBytes, htmlDecodeHint, sniffHtmlLang } from './decode.js';

const origin = { path: 'crawl.warc.gz', offset: 0 };

/** Text in a single-byte legacy encoding (the inverse of the runtime's decoder). */
function encode(text: string, encoding: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte < 0x100; byte++)
    table.set(decodeWith(encoding, false, Uint8Array.of(byte)), byte);
  return Uint8Array.from(
    [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (table.get(char) ?? 0x3f))),
  );
}

/** A page in an encoding, optionally declaring a charset and a language, decoded as an HTML unit would be. */
function decodePage(
  body: string,
  encoding: string,
  page: { meta?: string; lang?: string; transport?: string } = {},
) {
  const head = page.meta ? `<meta charset="${page.meta}">` : '';
  const html = `<html${page.lang ? ` lang="${page.lang}"` : ''}><head>${head}</head><body><p>${body}</p></body></html>`;
  const bytes = encode(html, encoding);
  const result = decodeBytes(bytes, origin, htmlDecodeHint(bytes, page.transport));
  return result.ok
    ? { encoding: result.encoding, text: /<p>(.*)<\/p>/u.exec(result.text)?.[1], issues: result.issues }
    : result;
}

const POLISH = 'Zażółć gęślą jaźń: może być, było mało czasu.';
const RUSSIAN = 'Москва сообщила о новых переговорах в Женеве.';
const GERMAN = 'Die Fähre „Nordlys“ erreichte Brekka – 212 Passagiere wohlauf.';
const CZECH = 'Předseda vlády řekl, že ministerstvo připraví zákon.';

describe('decodeBytes on HTML pages', () => {
  test('the HTTP header charset wins over the page’s <meta charset>', () => {
    expect(decodePage(RUSSIAN, 'windows-1251', { transport: 'windows-1251', meta: 'iso-8859-1' })).toEqual({
      encoding: 'windows-1251',
      text: RUSSIAN,
      issues: [],
    });
  });

  test('the page’s <meta charset> is used when the header charset cannot read the bytes', () => {
    expect(decodePage(POLISH, 'iso-8859-2', { transport: 'utf-8', meta: 'iso-8859-2' })).toEqual({
      encoding: 'iso-8859-2',
      text: POLISH,
      issues: [],
    });
  });

  test('a UTF-16 byte order mark wins over a declared charset', () => {
    const text = '<p>Привет</p>';
    const bytes = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeBytes(bytes, origin, { declaredCharset: 'iso-8859-1' })).toEqual({
      ok: true,
      text,
      encoding: 'utf-16le',
      issues: [],
    });
  });

  test('a page declaring UTF-8 with a stray Latin-1 byte keeps UTF-8 and reads that byte as windows-1252', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="utf-8"><p>Grüße aus Köln, caf'),
      0xe9,
      ...new TextEncoder().encode(' noir</p>'),
    ]);
    expect(decodeBytes(bytes, origin, htmlDecodeHint(bytes))).toEqual({
      ok: true,
      text: '<meta charset="utf-8"><p>Grüße aus Köln, café noir</p>',
      encoding: 'utf-8',
      issues: [
        {
          code: 'invalid_encoding',
          severity: 'warning',
          origin,
          params: { encoding: 'utf-8', reason: 'invalid byte 0xE9 at offset 47', fallback: 'windows-1252' },
        },
      ],
    });
  });

  test('a page that declares UTF-8 but is written in windows-1250 is sniffed', () => {
    expect(decodePage(POLISH, 'windows-1250', { meta: 'utf-8' })).toEqual({
      encoding: 'windows-1250',
      text: POLISH,
      issues: [
        {
          code: 'encoding_fallback',
          severity: 'warning',
          origin,
          params: { encoding: 'windows-1250', declared: 'utf-8' },
        },
      ],
    });
  });

  test('undeclared pages are sniffed: Central European, Cyrillic and Western text each read right', () => {
    const sniffed = (body: string, encoding: string, lang?: string) => {
      const result = decodePage(body, encoding, lang ? { lang } : {});
      return 'encoding' in result ? [result.encoding, result.text === body] : result;
    };
    expect([
      sniffed(POLISH, 'windows-1250'),
      sniffed(POLISH, 'iso-8859-2'),
      sniffed(RUSSIAN, 'windows-1251'),
      sniffed(RUSSIAN, 'koi8-r'),
      sniffed(GERMAN, 'windows-1252'),
      sniffed('¿Qué pasó? ¡Señal de alarma en España!', 'windows-1252'),
    ]).toEqual([
      ['windows-1250', true],
      ['iso-8859-2', true],
      ['windows-1251', true],
      ['koi8-r', true],
      ['windows-1252', true],
      ['windows-1252', true],
    ]);
  });

  test('the page’s language picks between encodings the bytes alone cannot tell apart', () => {
    // Czech letters read as windows-1252 are letters too ("Pøedseda"): only <html lang="cs"> tells
    expect([decodePage(CZECH, 'windows-1250'), decodePage(CZECH, 'windows-1250', { lang: 'cs' })]).toEqual([
      expect.objectContaining({
        encoding: 'windows-1252',
        text: 'Pøedseda vlády øekl, že ministerstvo pøipraví zákon.',
      }),
      {
        encoding: 'windows-1250',
        text: CZECH,
        issues: [
          { code: 'encoding_fallback', severity: 'warning', origin, params: { encoding: 'windows-1250' } },
        ],
      },
    ]);
  });

  test('script and style text does not sway sniffing, whatever the case of its tags', () => {
    // "xЖy" reads badly in windows-1251: outside a script it tips the page to koi8-r
    const junk = 'xЖy'.repeat(5);
    const sniffed = (html: string) => {
      const bytes = encode(html, 'windows-1251');
      const result = decodeBytes(bytes, origin, htmlDecodeHint(bytes));
      return result.ok ? result.encoding : result;
    };
    expect([
      sniffed(`<SCRIPT type="module">var k = "${junk}";</Script ><p>${RUSSIAN}</p>`),
      sniffed(`<style>p::after { content: "${junk}" }</style><p>${RUSSIAN}</p>`),
      sniffed(`<p>${RUSSIAN}</p>${junk}`),
    ]).toEqual(['windows-1251', 'windows-1251', 'koi8-r']);
  });

  test('a page of unclosed <script> tags is sniffed in linear time (regression: it took 40 s)', () => {
    const html = '<script>x'.repeat(28000);
    const bytes = Uint8Array.from([...new TextEncoder().encode(html), 0xe9]);
    expect(decodeBytes(bytes, origin, htmlDecodeHint(bytes))).toEqual({
      ok: true,
      text: `${html}é`,
      encoding: 'windows-1252',
      issues: [
        { code: 'encoding_fallback', severity: 'warning', origin, params: { encoding: 'windows-1252' } },
      ],
    });
  });

  test('everything after a <script> left open is script, not writing', () => {
    // the Russian text sits inside the open script: it cannot outweigh windows-1252's lead
    expect(decodePage(`<script>var t = "${RUSSIAN}";`, 'windows-1251')).toEqual(
      expect.objectContaining({ encoding: 'windows-1252' }),
    );
  });
});

describe('sniffHtmlLang', () => {
  test('reads the root element’s lang attribute', () => {
    const lang = (html: string) => sniffHtmlLang(new TextEncoder().encode(html));
    expect([
      lang('<!doctype html><html lang="pl-PL">'),
      lang("<html xml:lang='cs'>"),
      lang('<html>'),
    ]).toEqual(['pl-PL', 'cs', undefined]);
  });
});
