import type Database from 'better-sqlite3';
import { MAX_BAND_CANDIDATES } from '../../../core/store.js';
import { ARTICLE_COLUMNS, type ArticleRow, type CandidateRow, type SummaryRow } from './rows.js';

const CANDIDATE = 'SELECT id, duplicate_of, content_hash, minhash FROM articles';
const SUMMARY =
  'SELECT id, lang, title, source, published, duplicate_of, chars, sentence_count FROM articles';

const UPSERT_ARTICLE = `
INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
VALUES (${ARTICLE_COLUMNS.map((column) => `@${column}`).join(', ')})
ON CONFLICT (id) DO UPDATE SET
${ARTICLE_COLUMNS.filter((column) => column !== 'id')
  .map((column) => `  ${column} = excluded.${column}`)
  .join(',\n')}
RETURNING seq`;

export interface SearchRow {
  id: string;
  title: string | null;
  lang: string | null;
  snippet: string;
}

type Statement<P extends unknown[], R = unknown> = Database.Statement<P, R>;

/** Every statement the store runs. */
export interface Statements {
  selectSeq: Statement<[string], { seq: number }>;
  upsertArticle: Statement<[ArticleRow], { seq: number }>;
  deleteBands: Statement<[number]>;
  insertBand: Statement<[string, number]>;
  countLine: Statement<[string, string]>;
  inputHashes: Statement<[string], { id: string; input_hash: string }>;
  article: Statement<[string], ArticleRow>;
  list: Statement<[number, number], SummaryRow>;
  listByLang: Statement<[string, number, number], SummaryRow>;
  search: Statement<[string, number], SearchRow>;
  byContentHash: Statement<[string], CandidateRow>;
  byBands: Statement<[string], CandidateRow>;
  lineCounts: Statement<[string, string], { line_key: string; docs: number }>;
  insertRun: Statement<[string, string, string, string]>;
  counts: Statement<[], { articles: number; duplicates: number }>;
  languages: Statement<[], { lang: string; n: number }>;
}

/** Prepare every statement the store runs, once per connection. */
export function prepareStatements(db: Database.Database): Statements {
  const prepare = <P extends unknown[], R = unknown>(sql: string): Database.Statement<P, R> =>
    db.prepare<P, R>(sql);
  return {
    selectSeq: prepare<[string], { seq: number }>('SELECT seq FROM articles WHERE id = ?'),
    upsertArticle: prepare<[ArticleRow], { seq: number }>(UPSERT_ARTICLE),
    deleteBands: prepare<[number]>('DELETE FROM dedup_bands WHERE seq = ?'),
    insertBand: prepare<[string, number]>('INSERT INTO dedup_bands (band, seq) VALUES (?, ?)'),
    countLine: prepare<[string, string]>(
      `INSERT INTO site_lines (site, line_key, docs) VALUES (?, ?, 1)
       ON CONFLICT (site, line_key) DO UPDATE SET docs = docs + 1`,
    ),
    inputHashes: prepare<[string], { id: string; input_hash: string }>(
      'SELECT id, input_hash FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    ),
    article: prepare<[string], ArticleRow>(`SELECT ${ARTICLE_COLUMNS.join(', ')} FROM articles WHERE id = ?`),
    list: prepare<[number, number], SummaryRow>(`${SUMMARY} ORDER BY seq LIMIT ? OFFSET ?`),
    listByLang: prepare<[string, number, number], SummaryRow>(
      `${SUMMARY} WHERE lang = ? ORDER BY seq LIMIT ? OFFSET ?`,
    ),
    search: prepare<[string, number], SearchRow>(
      `SELECT a.id, a.title, a.lang, snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    ),
    byContentHash: prepare<[string], CandidateRow>(
      `${CANDIDATE} WHERE content_hash = ? ORDER BY seq LIMIT 1`,
    ),
    byBands: prepare<[string], CandidateRow>(
      `${CANDIDATE} WHERE seq IN (SELECT seq FROM dedup_bands WHERE band IN (SELECT value FROM json_each(?)))
       AND duplicate_of IS NULL ORDER BY seq LIMIT ${MAX_BAND_CANDIDATES}`,
    ),
    lineCounts: prepare<[string, string], { line_key: string; docs: number }>(
      'SELECT line_key, docs FROM site_lines WHERE site = ? AND line_key IN (SELECT value FROM json_each(?))',
    ),
    insertRun: prepare<[string, string, string, string]>(
      'INSERT INTO ingest_runs (started_at, finished_at, inputs, summary) VALUES (?, ?, ?, ?)',
    ),
    counts: prepare<[], { articles: number; duplicates: number }>(
      'SELECT count(*) AS articles, count(duplicate_of) AS duplicates FROM articles',
    ),
    languages: prepare<[], { lang: string; n: number }>(
      'SELECT lang, count(*) AS n FROM articles WHERE lang IS NOT NULL GROUP BY lang ORDER BY lang',
    ),
  };
}
