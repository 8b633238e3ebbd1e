import type { Issue } from '../issues.js';
import { type ParseResult, rawArticle, type UnitBase } from './raw-article.js';

/** Plain text or Markdown: the decoded text as is; the headline is found later, in clean. */
export function parseText(text: string, base: UnitBase, warnings: Issue[] = []): ParseResult {
  return { articles: [rawArticle(base, text, {}, { issues: warnings })], issues: [] };
}
