import { type Issue, issue, type Origin } from '../issues.js';
import type { InputFormat } from '../types.js';
import { extractHtml } from './parse-html.js';
import { type ParseResult, rawArticle } from './raw-article.js';

/** Record fields with a meaning; every other field is kept in `metadata`. */
const KNOWN = new Set(['id', 'url', 'title', 'text', 'html', 'published', 'date', 'source', 'lang']);

/** Where a record sits and the id it gets when it has none of its own. */
interface RecordPlace {
  origin: Origin;
  fallbackId: string;
  format: InputFormat;
}

/**
 * A JSON document: one record object, or an array of them (ids `<unit id>#<index>`, origins `path[index]`).
 * @example parseJsonDocument('[{"text":"…"}]', { id: 'a.json', origin: { path: 'a.json' }, format: 'json' })
 */
export function parseJsonDocument(
  text: string,
  base: { id: string; origin: Origin; format: InputFormat },
  warnings: Issue[] = [],
): ParseResult {
  const value = parseJson(text, base.origin);
  if (!value.ok) return { articles: [], issues: [...warnings, value.issue] };
  if (!Array.isArray(value.value)) {
    return parseRecordValue(
      value.value,
      { origin: base.origin, fallbackId: base.id, format: base.format },
      warnings,
    );
  }
  const result: ParseResult = { articles: [], issues: [] };
  value.value.forEach((item, index) => {
    const place = {
      origin: { ...base.origin, index },
      fallbackId: `${base.id}#${index}`,
      format: base.format,
    };
    const one = parseRecordValue(item, place, warnings.length > 0 ? [...warnings] : []);
    result.articles.push(...one.articles);
    result.issues.push(...one.issues);
  });
  if (value.value.length === 0) result.issues.push(...warnings, issue('empty_input', 'error', base.origin));
  return result;
}

/** One JSONL line: a record object (id `<unit id>#<line>`, origin `path:line`). */
export function parseJsonRecord(
  text: string,
  base: { id: string; origin: Origin },
  warnings: Issue[] = [],
): ParseResult {
  const value = parseJson(text, base.origin);
  if (!value.ok) return { articles: [], issues: [...warnings, value.issue] };
  const fallbackId = base.origin.line === undefined ? base.id : `${base.id}#${base.origin.line}`;
  return parseRecordValue(value.value, { origin: base.origin, fallbackId, format: 'jsonl' }, warnings);
}

/** A JSONL document held in memory (e.g. buffered stdin): each non-blank line is a record. */
export function parseJsonLines(
  text: string,
  base: { id: string; origin: Origin },
  warnings: Issue[] = [],
): ParseResult {
  const result: ParseResult = { articles: [], issues: [] };
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const one = parseJsonRecord(line, { id: base.id, origin: { ...base.origin, line: i + 1 } }, [
      ...warnings,
    ]);
    result.articles.push(...one.articles);
    result.issues.push(...one.issues);
  });
  return result;
}

function parseJson(text: string, origin: Origin): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: issue('invalid_json', 'error', origin, { reason }) };
  }
}

function parseRecordValue(value: unknown, place: RecordPlace, warnings: Issue[]): ParseResult {
  const fail = (
    code: 'invalid_record' | 'missing_text' | 'no_article_text',
    params?: Record<string, string>,
  ) => ({
    articles: [],
    issues: [...warnings, issue(code, 'error', place.origin, params)],
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('invalid_record', { reason: `expected a JSON object, got ${kindOf(value)}` });
  }
  const record = value as Record<string, unknown>;
  const fields: Record<string, string | undefined> = {};
  for (const key of KNOWN) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field === 'string') fields[key] = field;
    else if (typeof field === 'number' && (key === 'id' || key === 'published')) fields[key] = String(field);
    else
      return fail('invalid_record', {
        reason: `field "${key}" must be a string, got ${kindOf(field)}`,
        field: key,
      });
  }
  const metadata = Object.fromEntries(Object.entries(record).filter(([key]) => !KNOWN.has(key)));
  const base = { id: fields.id?.trim() || place.fallbackId, origin: place.origin, format: place.format };
  // "date" is how many exports name the publication date
  const published = fields.published ?? fields.date;
  const own = { title: fields.title, url: fields.url, published, source: fields.source };
  const extra = { metadata, issues: warnings };
  if (fields.text?.trim()) {
    const article = rawArticle(
      base,
      fields.text,
      { ...own, html: fields.html, declaredLang: fields.lang },
      extra,
    );
    return { articles: [article], issues: [] };
  }
  if (fields.html === undefined || fields.html.trim() === '') return fail('missing_text');
  const page = extractHtml(fields.html);
  if (!page.ok) return fail('no_article_text', page.params);
  const article = rawArticle(
    base,
    page.text,
    {
      html: fields.html,
      title: own.title || page.meta.title,
      url: own.url || page.meta.url,
      published: own.published || page.meta.published,
      source: own.source || page.meta.source,
      declaredLang: fields.lang || page.meta.lang,
    },
    extra,
  );
  return { articles: [article], issues: [] };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
