import type { EntityView, ListEntitiesQuery } from '../../core/store.js';
import type { Article, EntityRecord } from '../../core/types.js';

type Variant = EntityView['variants'][number];

interface Tally {
  articles: string[];
  variants: Map<string, Variant>;
}

/** Entity records by id and by blocking key, and the views the memory store computes from stored mentions. */
export function createEntityIndex() {
  const records = new Map<string, EntityRecord>();
  const byKey = new Map<string, Set<string>>();

  function view(record: EntityRecord, tally: Tally): EntityView {
    const variants = [...tally.variants.values()].sort(
      (a, b) => b.mentions - a.mentions || _compare(a.name, b.name) || _compare(a.lang, b.lang),
    );
    return {
      id: record.id,
      name: record.name,
      type: record.type,
      ref: record.ref,
      variants,
      articles: [...tally.articles],
      mentions: variants.reduce((sum, variant) => sum + variant.mentions, 0),
    };
  }

  return {
    /** Insert or replace records by id; copies all of them before changing anything. */
    put(entities: readonly EntityRecord[]): void {
      const copies = entities.map(_copy);
      for (const record of copies) {
        for (const key of records.get(record.id)?.keys ?? []) byKey.get(key)?.delete(record.id);
        records.set(record.id, { ...record, keys: [...new Set(record.keys)] });
        for (const key of record.keys) byKey.set(key, (byKey.get(key) ?? new Set()).add(record.id));
      }
    },
    find(keys: readonly string[]): EntityRecord[] {
      const ids = new Set(keys.flatMap((key) => [...(byKey.get(key) ?? [])]));
      return [...ids].sort(_compare).flatMap((id) => _copyOf(records.get(id)));
    },
    get(ids: readonly string[]): EntityRecord[] {
      return [...new Set(ids)].flatMap((id) => _copyOf(records.get(id)));
    },
    /** Views of the entities mentioned in `articles` (given in ingest order), most articles first. */
    list(articles: Iterable<Article>, query: ListEntitiesQuery & { limit: number; offset: number }) {
      const wanted = query.articles ? new Set(query.articles) : null;
      return [..._tally(articles)]
        .flatMap(([id, tally]) => {
          const record = records.get(id);
          if (!record || (query.type !== undefined && record.type !== query.type)) return [];
          if (wanted && !tally.articles.some((article) => wanted.has(article))) return [];
          return [view(record, tally)];
        })
        .sort(
          (a, b) => b.articles.length - a.articles.length || _compare(a.name, b.name) || _compare(a.id, b.id),
        )
        .slice(query.offset, query.offset + query.limit);
    },
    view(articles: Iterable<Article>, id: string): EntityView | null {
      const record = records.get(id);
      const tally = _tally(articles).get(id);
      return record && tally ? view(record, tally) : null;
    },
    clear(): void {
      records.clear();
      byKey.clear();
    },
  };
}

function _tally(articles: Iterable<Article>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const article of articles) {
    for (const mention of article.analysis.entities) {
      if (mention.entity === null) continue;
      const tally: Tally = tallies.get(mention.entity) ?? { articles: [], variants: new Map() };
      tallies.set(mention.entity, tally);
      if (tally.articles.at(-1) !== article.id) tally.articles.push(article.id);
      const key = JSON.stringify([mention.text, article.lang]);
      const variant = tally.variants.get(key) ?? { name: mention.text, lang: article.lang, mentions: 0 };
      tally.variants.set(key, { ...variant, mentions: variant.mentions + 1 });
    }
  }
  return tallies;
}

/** Orders like SQLite's BINARY collation, with null first. */
function _compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function _copy(record: EntityRecord): EntityRecord {
  return JSON.parse(JSON.stringify(record));
}

function _copyOf(record: EntityRecord | undefined): EntityRecord[] {
  return record ? [_copy(record)] : [];
}
