import { describe, expect, test } from 'vitest';
import type { SourceUnit } from './index.js';
import { detectFormat, extensionOf, parseUnit, sniffFormat } from './index.js';

function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)),
  );
}

function document(format: 'text' | 'html' | 'json' | 'jsonl', data: Uint8Array, id = 'a'): SourceUnit {
  return { kind: 'document', id, origin: { path: `in/${id}` }, format, bytes: data, size: data.length };
}

/** "Москва: новости дня" in KOI8-R. */
const KOI8_MOSCOW = [
  237, 207, 211, 203, 215, 193, 58, 32, 206, 207, 215, 207, 211, 212, 201, 32, 196, 206, 209,
];
/** "Grüße aus Köln “Hallo”" in ISO-8859-1 as the web reads it (windows-1252 quotes). */
const LATIN1_KOELN = [
  71, 114, 252, 223, 101, 32, 97, 117, 115, 32, 75, 246, 108, 110, 32, 0x93, 72, 97, 108, 108, 111, 0x94,
];

describe('parseUnit', () => {
  test('reads a text document as is, leaving the title to clean', () => {
    expect(parseUnit(document('text', bytes('# Headline\n\nBody line.\n'), 'note.md'))).toEqual({
      articles: [
        {
          id: 'note.md',
          origin: { path: 'in/note.md' },
          format: 'text',
          text: '# Headline\n\nBody line.\n',
          metadata: {},
          issues: [],
        },
      ],
      issues: [],
    });
  });

  test('decodes HTML in the charset its <meta> declares (ISO-8859-1, KOI8-R)', () => {
    const latin = bytes(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>',
      LATIN1_KOELN,
      '</p></body></html>',
    );
    const koi8 = bytes(
      '<html lang="ru"><head><meta charset="koi8-r"></head><body><p>',
      KOI8_MOSCOW,
      '</p></body></html>',
    );
    const read = (unit: SourceUnit) => parseUnit(unit).articles.map((a) => [a.text, a.issues]);
    expect(read(document('html', latin))).toEqual([['Grüße aus Köln “Hallo”', []]]);
    expect(read(document('html', koi8))).toEqual([['Москва: новости дня', []]]);
  });

  test('carries an encoding fallback warning on the article, not in the unit issues', () => {
    const result = parseUnit(document('text', bytes('Gr', [0xfc], 'n')));
    expect(result.issues).toEqual([]);
    expect(result.articles.map((a) => [a.text, a.issues])).toEqual([
      [
        'Grün',
        [
          {
            code: 'encoding_fallback',
            severity: 'warning',
            origin: { path: 'in/a' },
            params: { encoding: 'windows-1252' },
          },
        ],
      ],
    ]);
  });

  test('reports invalid UTF-8 in a JSONL record instead of replacing it', () => {
    const unit: SourceUnit = {
      kind: 'record',
      id: 'w.jsonl',
      origin: { path: 'w.jsonl', line: 2 },
      bytes: bytes('{"text":"', [0xff], '"}'),
      size: 12,
    };
    expect(parseUnit(unit)).toEqual({
      articles: [],
      issues: [
        {
          code: 'invalid_encoding',
          severity: 'error',
          origin: { path: 'w.jsonl', line: 2 },
          params: { encoding: 'utf-8', reason: 'invalid byte 0xFF at offset 9' },
        },
      ],
    });
  });

  test('reads a buffered JSONL document line by line', () => {
    const result = parseUnit(document('jsonl', bytes('{"text":"One."}\n{"text":"Two."}\n'), 'stdin'));
    expect(result.articles.map((a) => [a.id, a.origin, a.format])).toEqual([
      ['stdin#1', { path: 'in/stdin', line: 1 }, 'jsonl'],
      ['stdin#2', { path: 'in/stdin', line: 2 }, 'jsonl'],
    ]);
  });

  test('rejects binary and empty documents, and passes failures through', () => {
    const origin = { path: 'in/a' };
    expect(parseUnit(document('text', bytes('GIF89a', [0, 0, 0, 1])))).toEqual({
      articles: [],
      issues: [{ code: 'binary_content', severity: 'error', origin }],
    });
    expect(parseUnit(document('json', bytes('  \n')))).toEqual({
      articles: [],
      issues: [{ code: 'empty_input', severity: 'error', origin }],
    });
    const failure = { code: 'path_not_found' as const, severity: 'error' as const, origin };
    expect(parseUnit({ kind: 'failure', issue: failure, size: 0 })).toEqual({
      articles: [],
      issues: [failure],
    });
  });
});

describe('formats', () => {
  test('detectFormat maps extensions (any case, optionally .gz) to formats', () => {
    const names = [
      'a.txt',
      'b.MD',
      'c.html',
      'd.htm',
      'e.json',
      'f.jsonl',
      'g.ndjson',
      'h.jsonl.gz',
      'i.HTML.GZ',
      'j.pdf',
      'k',
      'l.gz',
    ];
    expect(names.map((name) => [name, detectFormat(name)])).toEqual([
      ['a.txt', { format: 'text', gzip: false }],
      ['b.MD', { format: 'text', gzip: false }],
      ['c.html', { format: 'html', gzip: false }],
      ['d.htm', { format: 'html', gzip: false }],
      ['e.json', { format: 'json', gzip: false }],
      ['f.jsonl', { format: 'jsonl', gzip: false }],
      ['g.ndjson', { format: 'jsonl', gzip: false }],
      ['h.jsonl.gz', { format: 'jsonl', gzip: true }],
      ['i.HTML.GZ', { format: 'html', gzip: true }],
      ['j.pdf', null],
      ['k', null],
      ['l.gz', null],
    ]);
    expect(['x/photo.JPG', 'x/data.pdf.gz', 'x/README', 'x/.env'].map(extensionOf)).toEqual([
      '.jpg',
      '.pdf.gz',
      '',
      '',
    ]);
  });

  test('sniffFormat tells JSONL, JSON, HTML and text apart by their first bytes', () => {
    const sniff = (text: string) => sniffFormat(bytes(text));
    expect([
      sniff('{"text":"a"}\n{"text":"b"}\n'),
      sniff('{\n  "text": "pretty"\n}'),
      sniff('  [{"text":"a"}]'),
      sniff('\n<!doctype html><p>x</p>'),
      sniff('Plain words'),
      sniff('\ufeff{"text":"bom"}'),
    ]).toEqual(['jsonl', 'json', 'json', 'html', 'text', 'jsonl']);
  });
});
