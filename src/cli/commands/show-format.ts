import type { Article } from '../../core/types.js';
import { formatIssue } from '../../messages/en.js';
import { formatAnalysis } from './analysis-format.js';

/** Human-readable view of one article for `parallax show`. */
export function formatArticle(article: Article): string[] {
  const lines = [
    `id:        ${article.id}`,
    `title:     ${article.title ?? '(none detected)'}`,
    `language:  ${article.lang ?? 'unknown'} (confidence ${article.langConfidence})${
      article.declaredLang ? `, declared ${article.declaredLang}` : ''
    }`,
  ];
  if (article.source) lines.push(`source:    ${article.source}`);
  if (article.url) lines.push(`url:       ${article.url}`);
  const found = article.analysis.published;
  if (found && found.source !== 'input') lines.push(`published: ${found.value} (from the ${found.source})`);
  else if (article.published) lines.push(`published: ${article.published}`);
  lines.push(`duplicate: ${article.duplicateOf ? `copy of ${article.duplicateOf}` : 'no'}`);
  for (const item of article.issues) lines.push(`warning:   ${formatIssue(item)}`);
  lines.push('', `── cleaned text (${article.sentences.length} sentences) ──`);
  for (const sentence of article.sentences) {
    lines.push(`${sentence.headline ? '[headline] ' : `[${sentence.paragraph}] `}${sentence.text}`);
  }
  lines.push(...formatAnalysis(article.analysis));
  lines.push('', `── removed (${article.removed.length}) ──`);
  for (const span of article.removed) lines.push(`${span.reason.padEnd(18)} ${span.text}`);
  lines.push('', '── original ──', article.original);
  return lines;
}
