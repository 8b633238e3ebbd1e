import { describe, expect, test } from 'vitest';
import { charsetOf, decodeBytes, sniffHtmlCharset } from './decode.js';

const origin = { path: 'in/a.txt' };

/** Bytes from ASCII strings and raw byte values, in order. */
function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)),
  );
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (const unit of text.split('').map((c) => c.charCodeAt(0))) {
    out.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(out);
}

/** "Москва: новости дня" in KOI8-R. */
const KOI8_MOSCOW = [
  237, 207, 211, 203, 215, 193, 58, 32, 206, 207, 215, 207, 211, 212, 201, 32, 196, 206, 209,
];
/** "Café – 5 €" in windows-1252. */
const CP1252_CAFE = [67, 97, 102, 233, 32, 150, 32, 53, 32, 128];

describe('decodeBytes', () => {
  test('reads valid UTF-8 as UTF-8 without issues', () => {
    expect(decodeBytes(new TextEncoder().encode('Grüße, 東京, Привет'), origin)).toEqual({
      ok: true,
      text: 'Grüße, 東京, Привет',
      encoding: 'utf-8',
      issues: [],
    });
  });

  test('drops a UTF-8 byte order mark', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Hello'), origin)).toEqual({
      ok: true,
      text: 'Hello',
      encoding: 'utf-8',
      issues: [],
    });
  });

  test('reads UTF-16 little and big endian text by its byte order mark', () => {
    expect(decodeBytes(utf16('Привет, мир', 'le'), origin)).toEqual({
      ok: true,
      text: 'Привет, мир',
      encoding: 'utf-16le',
      issues: [],
    });
    expect(decodeBytes(utf16('Ζωή', 'be'), origin)).toEqual({
      ok: true,
      text: 'Ζωή',
      encoding: 'utf-16be',
      issues: [],
    });
  });

  // the dash and euro sign (0x96, 0x80) guard against Node's Latin-1 shortcut (nodejs/node#60888)
  test('falls back to windows-1252 with a warning when bytes are not UTF-8 and nothing is declared', () => {
    expect(decodeBytes(bytes(CP1252_CAFE), origin)).toEqual({
      ok: true,
      text: 'Café – 5 €',
      encoding: 'windows-1252',
      issues: [
        { code: 'encoding_fallback', severity: 'warning', origin, params: { encoding: 'windows-1252' } },
      ],
    });
  });

  test('uses a declared charset for bytes that are not UTF-8', () => {
    expect(decodeBytes(bytes(KOI8_MOSCOW), origin, { declaredCharset: 'KOI8-R' })).toEqual({
      ok: true,
      text: 'Москва: новости дня',
      encoding: 'koi8-r',
      issues: [],
    });
  });

  test('prefers valid UTF-8 over a stale declared charset', () => {
    const result = decodeBytes(new TextEncoder().encode('Grüße'), origin, { declaredCharset: 'iso-8859-1' });
    expect(result).toEqual({ ok: true, text: 'Grüße', encoding: 'utf-8', issues: [] });
  });

  test('warns about an unknown declared charset and falls back', () => {
    expect(decodeBytes(bytes(CP1252_CAFE), origin, { declaredCharset: 'x-klingon' })).toEqual({
      ok: true,
      text: 'Café – 5 €',
      encoding: 'windows-1252',
      issues: [
        {
          code: 'encoding_fallback',
          severity: 'warning',
          origin,
          params: { encoding: 'windows-1252', declared: 'x-klingon' },
        },
      ],
    });
  });

  test('reports invalid UTF-8 as an error, with the offending byte, when only UTF-8 is acceptable', () => {
    expect(decodeBytes(bytes('{"text":"caf', [0xe9], '"}'), origin, { utf8Only: true })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_encoding',
          severity: 'error',
          origin,
          params: { encoding: 'utf-8', reason: 'invalid byte 0xE9 at offset 12' },
        },
      ],
    });
  });

  test('keeps a UTF-8 byte order mark with bad bytes as UTF-8, reading the bad bytes as windows-1252', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9]), origin)).toEqual({
      ok: true,
      text: 'café',
      encoding: 'utf-8',
      issues: [
        {
          code: 'invalid_encoding',
          severity: 'warning',
          origin,
          params: { encoding: 'utf-8', reason: 'invalid byte 0xE9 at offset 6', fallback: 'windows-1252' },
        },
      ],
    });
  });

  test('rejects binary content: NUL bytes or mostly control characters', () => {
    const binary = { ok: false, issues: [{ code: 'binary_content', severity: 'error', origin }] };
    expect(decodeBytes(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), origin)).toEqual(
      binary,
    );
    expect(decodeBytes(bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab'), origin)).toEqual(binary);
  });

  test('rejects empty and whitespace-only input', () => {
    const empty = { ok: false, issues: [{ code: 'empty_input', severity: 'error', origin }] };
    expect(decodeBytes(new Uint8Array(0), origin)).toEqual(empty);
    expect(decodeBytes(bytes(' \n\t\r\n '), origin)).toEqual(empty);
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '\n'), origin)).toEqual(empty);
  });
});

describe('sniffHtmlCharset', () => {
  test('finds <meta charset> and http-equiv content-type declarations in the head', () => {
    expect(sniffHtmlCharset(bytes('<html><head><meta charset="koi8-r"><title>x</title>'))).toBe('koi8-r');
    expect(
      sniffHtmlCharset(bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">')),
    ).toBe('ISO-8859-1');
    expect(sniffHtmlCharset(bytes('<html><head><title>none</title></head>'))).toBeUndefined();
  });

  test('ignores a declaration after the first 2 KB', () => {
    expect(sniffHtmlCharset(bytes(`<!--${'x'.repeat(2100)}--><meta charset="koi8-r">`))).toBeUndefined();
  });
});

describe('charsetOf', () => {
  test('reads the charset parameter of a Content-Type, quoted or not, and nothing else', () => {
    expect([
      charsetOf('text/html; charset=utf-8'),
      charsetOf('text/html;charset="ISO-8859-2"'),
      charsetOf("application/rss+xml; Charset='windows-1251'"),
      charsetOf('text/html'),
      charsetOf('text/html; x-charset-hint=1'),
      charsetOf(null),
    ]).toEqual(['utf-8', 'ISO-8859-2', 'windows-1251', undefined, undefined, undefined]);
  });
});
