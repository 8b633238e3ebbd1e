import type { Issue, Origin } from '../issues.js';
import type { InputFormat, RawArticle } from '../types.js';

/** What a parser knows about the unit before reading it. */
export interface UnitBase {
  id: string;
  origin: Origin;
  format: InputFormat;
}

/** Articles read from one unit, and the errors of the parts that produced no article. */
export interface ParseResult {
  articles: RawArticle[];
  /** Issues of parts that produced no article; warnings of an article travel on `RawArticle.issues` only. */
  issues: Issue[];
}

type OptionalFields = Partial<
  Pick<RawArticle, 'html' | 'title' | 'url' | 'published' | 'source' | 'declaredLang'>
>;

/** A RawArticle with only the optional fields that have a non-empty value. */
export function rawArticle(
  base: UnitBase,
  text: string,
  fields: { [K in keyof OptionalFields]?: string | undefined } = {},
  extra: { metadata?: Record<string, unknown>; issues?: Issue[] } = {},
): RawArticle {
  const article: RawArticle = {
    id: base.id,
    origin: base.origin,
    format: base.format,
    text,
    metadata: extra.metadata ?? {},
    issues: extra.issues ?? [],
  };
  for (const [key, value] of Object.entries(fields) as Array<[keyof OptionalFields, string | undefined]>) {
    const trimmed = key === 'html' ? value : value?.trim();
    if (trimmed) article[key] = trimmed;
  }
  return article;
}
