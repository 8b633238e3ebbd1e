import type Database from 'better-sqlite3';
import type { EntityView } from '../../../core/store.js';
import type { Article, EntityRecord, EntityType } from '../../../core/types.js';

interface EntityRow {
  id: string;
  type: string;
  name: string;
  ref: string | null;
  variants: string;
}

type HeadRow = Omit<EntityRow, 'variants'>;

interface ListParams {
  type: string | null;
  articles: string | null;
  limit: number;
  offset: number;
}

const RECORD = 'SELECT id, type, name, ref, variants FROM entities';

const LIST = `
SELECT e.id, e.name, e.type, e.ref
FROM entities e
JOIN (SELECT entity_id, count(DISTINCT article_seq) AS articles FROM mentions GROUP BY entity_id) c
  ON c.entity_id = e.id
WHERE (@type IS NULL OR e.type = @type)
  AND (@articles IS NULL OR e.id IN (
    SELECT m.entity_id FROM mentions m JOIN articles a ON a.seq = m.article_seq
    WHERE a.id IN (SELECT value FROM json_each(@articles))))
ORDER BY c.articles DESC, e.name, e.id
LIMIT @limit OFFSET @offset`;

/** The entity tables of one connection: records with their blocking keys, and mentions per article. */
export function prepareEntityQueries(db: Database.Database) {
  const upsert = db.prepare<[EntityRow]>(
    `INSERT INTO entities (id, type, name, ref, variants) VALUES (@id, @type, @name, @ref, @variants)
     ON CONFLICT (id) DO UPDATE SET
       type = excluded.type, name = excluded.name, ref = excluded.ref, variants = excluded.variants`,
  );
  const deleteKeys = db.prepare<[string]>('DELETE FROM entity_keys WHERE entity_id = ?');
  const insertKey = db.prepare<[string, string]>('INSERT INTO entity_keys (key, entity_id) VALUES (?, ?)');
  const deleteMentions = db.prepare<[number]>('DELETE FROM mentions WHERE article_seq = ?');
  const insertMention = db.prepare<[number, string, number, number, string, string | null]>(
    'INSERT INTO mentions (article_seq, entity_id, start, "end", surface, lang) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byKeys = db.prepare<[string], EntityRow>(
    `${RECORD} WHERE id IN (SELECT entity_id FROM entity_keys WHERE key IN (SELECT value FROM json_each(?)))
     ORDER BY id`,
  );
  const byIds = db.prepare<[string], EntityRow>(
    `SELECT e.id, e.type, e.name, e.ref, e.variants FROM entities e
     JOIN (SELECT value AS id, min(key) AS position FROM json_each(?) GROUP BY value) wanted ON wanted.id = e.id
     ORDER BY wanted.position`,
  );
  const keysOf = db.prepare<[string], { entity_id: string; key: string }>(
    'SELECT entity_id, key FROM entity_keys WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  );
  const list = db.prepare<[ListParams], HeadRow>(LIST);
  const head = db.prepare<[string], HeadRow>(
    `SELECT id, name, type, ref FROM entities
     WHERE id = ? AND EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)`,
  );
  const variants = db.prepare<[string], EntityView['variants'][number]>(
    `SELECT surface AS name, lang, count(*) AS mentions FROM mentions WHERE entity_id = ?
     GROUP BY surface, lang ORDER BY mentions DESC, surface, lang`,
  );
  const articles = db.prepare<[string], { id: string }>(
    'SELECT id FROM articles WHERE seq IN (SELECT article_seq FROM mentions WHERE entity_id = ?) ORDER BY seq',
  );

  function records(rows: readonly EntityRow[]): EntityRecord[] {
    const keys = new Map<string, string[]>(rows.map((row) => [row.id, []]));
    for (const row of keysOf.all(JSON.stringify([...keys.keys()]))) keys.get(row.entity_id)?.push(row.key);
    return rows.map((row) => ({
      id: row.id,
      type: row.type as EntityType,
      name: row.name,
      ref: row.ref,
      keys: keys.get(row.id) ?? [],
      variants: JSON.parse(row.variants),
    }));
  }

  function view(row: HeadRow): EntityView {
    const forms = variants.all(row.id);
    return {
      id: row.id,
      name: row.name,
      type: row.type as EntityType,
      ref: row.ref,
      variants: forms,
      articles: articles.all(row.id).map((article) => article.id),
      mentions: forms.reduce((sum, form) => sum + form.mentions, 0),
    };
  }

  return {
    /** Insert or replace records by id, their keys replaced too. */
    putRecords(entities: readonly EntityRecord[]): void {
      for (const entity of entities) {
        const { id, type, name, ref } = entity;
        upsert.run({ id, type, name, ref, variants: JSON.stringify(entity.variants) });
        deleteKeys.run(id);
        for (const key of new Set(entity.keys)) insertKey.run(key, id);
      }
    },
    /** Replace the mentions stored for the article at `seq` with its linked entity mentions. */
    putMentions(seq: number, article: Article): void {
      deleteMentions.run(seq);
      for (const mention of article.analysis.entities) {
        if (mention.entity === null) continue;
        insertMention.run(seq, mention.entity, mention.start, mention.end, mention.text, article.lang);
      }
    },
    findRecords: (keys: readonly string[]) => records(byKeys.all(JSON.stringify(keys))),
    getRecords: (ids: readonly string[]) => records(byIds.all(JSON.stringify(ids))),
    list(query: { type?: EntityType; articles?: readonly string[]; limit: number; offset: number }) {
      return list
        .all({
          type: query.type ?? null,
          articles: query.articles ? JSON.stringify(query.articles) : null,
          limit: query.limit,
          offset: query.offset,
        })
        .map(view);
    },
    get(id: string): EntityView | null {
      const row = head.get(id);
      return row ? view(row) : null;
    },
  };
}

export type EntityQueries = ReturnType<typeof prepareEntityQueries>;
