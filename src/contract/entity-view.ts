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
