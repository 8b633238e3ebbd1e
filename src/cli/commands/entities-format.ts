import type { EntityView } from '../../core/store.js';
import type { ArticleSummary } from '../../core/types.js';
import { formatArticleRows, pad, truncate } from '../format.js';

const TOP_VARIANTS = 3;
/** Most articles `parallax entity` lists; --json has them all. */
export const MAX_ENTITY_ARTICLES = 100;

/** The table of `parallax entities`: a header, then id, name, type, number of articles and top written forms. */
export function formatEntityRows(rows: readonly EntityView[], width = 100): string[] {
  const idWidth = Math.min(40, Math.max(2, ...rows.map((row) => row.id.length)));
  const nameWidth = Math.min(30, Math.max(4, ...rows.map((row) => row.name.length)));
  const variantsWidth = Math.max(20, width - idWidth - nameWidth - 28);
  const line = (id: string, name: string, type: string, articles: string, variants: string) =>
    `${pad(id, idWidth)}  ${pad(name, nameWidth)}  ${pad(type, 12)}  ${articles.padStart(8)}  ${variants}`;
  return [
    line('id', 'name', 'type', 'articles', 'variants'),
    ...rows.map((row) =>
      line(
        row.id,
        truncate(row.name, nameWidth),
        row.type,
        String(row.articles.length),
        truncate(_topVariants(row), variantsWidth),
      ),
    ),
  ];
}

/** `parallax entity <id>`: the entity, its written forms with languages and counts, and the articles mentioning it. */
export function formatEntity(
  entity: EntityView,
  articles: readonly Pick<ArticleSummary, 'id' | 'lang' | 'title' | 'duplicateOf'>[],
  width = 100,
  stories: readonly { id: string; articles: number }[] = [],
): string[] {
  const lines = [`id:        ${entity.id}`, `name:      ${entity.name}`, `type:      ${entity.type}`];
  if (entity.ref) lines.push(`ref:       ${entity.ref}`);
  lines.push(`mentions:  ${entity.mentions} in ${_plural(entity.articles.length, 'article')}`);
  const nameWidth = Math.max(...entity.variants.map((variant) => variant.name.length));
  lines.push('', `── variants (${entity.variants.length}) ──`);
  for (const variant of entity.variants) {
    lines.push(`${pad(variant.name, nameWidth)}  ${pad(variant.lang ?? '??', 3)} ${variant.mentions}`);
  }
  if (stories.length > 0) {
    lines.push('', `── stories (${stories.length}) ──`);
    for (const story of stories) lines.push(`${story.id}  ${_plural(story.articles, 'article')}`);
  }
  lines.push('', `── articles (${entity.articles.length}) ──`, ...formatArticleRows(articles, width));
  const more = entity.articles.length - articles.length;
  if (more > 0) lines.push(`… and ${more} more (see --json)`);
  return lines;
}

function _topVariants(entity: EntityView): string {
  const top = entity.variants
    .slice(0, TOP_VARIANTS)
    .map((variant) => `${variant.name} (${variant.lang ?? '??'}) ${variant.mentions}`);
  const rest = entity.variants.length - TOP_VARIANTS;
  return rest > 0 ? `${top.join(', ')}, +${rest} more` : top.join(', ');
}

function _plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
