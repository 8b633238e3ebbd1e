import { describe, expect, test } from 'vitest';
import { parseJsonDocument, parseJsonLines, parseJsonRecord } from './parse-json.js';

const doc = { id: 'feeds/wire.json', origin: { path: 'in/feeds/wire.json' }, format: 'json' as const };

describe('parseJsonDocument', () => {
  test('reads one object with its known fields and keeps every other field as metadata', () => {
    const record = {
      id: 'afp-123',
      url: 'https://wire.example/123',
      title: 'Floods in Valencia',
      text: 'Heavy rain flooded the city.',
      published: '2024-10-30',
      source: 'Wire',
      lang: 'en',
      author: 'J. Doe',
      tags: ['weather', 'spain'],
    };
    expect(parseJsonDocument(JSON.stringify(record), doc)).toEqual({
      articles: [
        {
          id: 'afp-123',
          origin: { path: 'in/feeds/wire.json' },
          format: 'json',
          text: 'Heavy rain flooded the city.',
          title: 'Floods in Valencia',
          url: 'https://wire.example/123',
          published: '2024-10-30',
          source: 'Wire',
          declaredLang: 'en',
          metadata: { author: 'J. Doe', tags: ['weather', 'spain'] },
          issues: [],
        },
      ],
      issues: [],
    });
  });

  test('takes "date" as the publication date when "published" is absent', () => {
    const dated = (fields: object) =>
      parseJsonDocument(JSON.stringify({ text: 'Rain.', ...fields }), doc).articles[0]?.published;
    expect(dated({ date: '2023-08' })).toBe('2023-08');
    expect(dated({ date: '2023-08', published: '2023-08-23' })).toBe('2023-08-23');
  });

  test('gives records of an array without their own id the id <unit id>#<index>', () => {
    const json = JSON.stringify([{ text: 'First.' }, { id: 7, text: 'Second.' }]);
    expect(parseJsonDocument(json, doc).articles.map((a) => [a.id, a.origin])).toEqual([
      ['feeds/wire.json#0', { path: 'in/feeds/wire.json', index: 0 }],
      ['7', { path: 'in/feeds/wire.json', index: 1 }],
    ]);
  });

  test('reports bad array items at their index and keeps the good ones', () => {
    const json = JSON.stringify([{ text: 'Good.' }, 'a string', { title: 'no body' }, { text: 42 }]);
    const at = (index: number) => ({ path: 'in/feeds/wire.json', index });
    expect(parseJsonDocument(json, doc)).toEqual({
      articles: [expect.objectContaining({ id: 'feeds/wire.json#0', text: 'Good.' })],
      issues: [
        {
          code: 'invalid_record',
          severity: 'error',
          origin: at(1),
          params: { reason: 'expected a JSON object, got string' },
        },
        { code: 'missing_text', severity: 'error', origin: at(2) },
        {
          code: 'invalid_record',
          severity: 'error',
          origin: at(3),
          params: { reason: 'field "text" must be a string, got number', field: 'text' },
        },
      ],
    });
  });

  test('reads a record that has html instead of text through the HTML extractor, its own fields winning', () => {
    const html =
      '<html lang="fr"><head><title>Titre de page</title></head><body><p>Il pleut sur Paris.</p></body></html>';
    const [article] = parseJsonDocument(JSON.stringify({ html, title: 'Pluie à Paris' }), doc).articles;
    expect(article).toEqual({
      id: 'feeds/wire.json',
      origin: { path: 'in/feeds/wire.json' },
      format: 'json',
      text: 'Il pleut sur Paris.',
      html,
      title: 'Pluie à Paris',
      declaredLang: 'fr',
      metadata: {},
      issues: [],
    });
  });

  test('reports malformed JSON with the parser reason', () => {
    expect(parseJsonDocument('{"text": "unterminated', doc)).toEqual({
      articles: [],
      issues: [
        {
          code: 'invalid_json',
          severity: 'error',
          origin: doc.origin,
          params: { reason: 'Unterminated string in JSON at position 22' },
        },
      ],
    });
  });
});

describe('JSONL records', () => {
  const base = { id: 'wire.jsonl', origin: { path: 'wire.jsonl' } };

  test('gives a record without its own id the id <unit id>#<line>', () => {
    const { articles } = parseJsonRecord('{"text":"Hello.","lang":"en"}', {
      ...base,
      origin: { path: 'wire.jsonl', line: 4 },
    });
    expect(articles).toEqual([
      {
        id: 'wire.jsonl#4',
        origin: { path: 'wire.jsonl', line: 4 },
        format: 'jsonl',
        text: 'Hello.',
        declaredLang: 'en',
        metadata: {},
        issues: [],
      },
    ]);
  });

  test('reads good lines and reports malformed ones at path:line', () => {
    const text = '{"id":"a","text":"One."}\n\n{"text": broken}\n[1,2]\n{"id":"b","text":"Two."}\r\n';
    const result = parseJsonLines(text, base);
    expect(result.articles.map((a) => [a.id, a.origin.line])).toEqual([
      ['a', 1],
      ['b', 5],
    ]);
    expect(result.issues).toEqual([
      {
        code: 'invalid_json',
        severity: 'error',
        origin: { path: 'wire.jsonl', line: 3 },
        params: { reason: `Unexpected token 'b', "{"text": broken}" is not valid JSON` },
      },
      {
        code: 'invalid_record',
        severity: 'error',
        origin: { path: 'wire.jsonl', line: 4 },
        params: { reason: 'expected a JSON object, got array' },
      },
    ]);
  });
});
