import type { EntityView as StoredEntityView } from '../core/store.js';
import type { EntityType } from '../core/types.js';

/** The stable JSON form of an entity, shared by `parallax entities --json`, `parallax entity --json` and the HTTP API. */
export interface EntityView {
  id: string;
  /** Canonical label. */
  name: string;
  type: EntityType;
  /** Gazetteer reference ("country:UA", "org:nato"), else null. */
  ref: string | null;
  /** Distinct written forms in stored articles, most mentioned first. */
  variants: Array<{ name: string; lang: string | null; mentions: number }>;
  /** Ids of the articles mentioning it, in ingest order. */
  articles: string[];
  /** How many times stored articles mention it. */
  mentions: number;
}

/** `parallax entity --json`: the entity and the stories its articles belong to, most articles first. */
export interface EntityDetailView extends EntityView {
  stories: Array<{ id: string; articles: number }>;
}

export function toEntityDetailView(
  entity: StoredEntityView,
  storyOf: ReadonlyMap<string, string>,
): EntityDetailView {
  const counts = new Map<string, number>();
  for (const article of entity.articles) {
    const story = storyOf.get(article);
    if (story) counts.set(story, (counts.get(story) ?? 0) + 1);
  }
  const stories = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, articles]) => ({ id, articles }));
  return { ...toEntityView(entity), stories };
}

export function toEntityView(entity: StoredEntityView): EntityView {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    ref: entity.ref,
    variants: entity.variants.map(({ name, lang, mentions }) => ({ name, lang, mentions })),
    articles: [...entity.articles],
    mentions: entity.mentions,
  };
}
