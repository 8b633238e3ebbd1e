import type Database from 'better-sqlite3';
import { ParallaxError } from '../../../core/errors.js';

/** One schema step; `version` is stored in `PRAGMA user_version` once `up` has run. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

const ARTICLES_V1 = `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  source TEXT,
  site TEXT,
  url TEXT,
  published TEXT,
  title TEXT,
  lang TEXT,
  lang_confidence REAL NOT NULL,
  declared_lang TEXT,
  original TEXT NOT NULL,
  extracted TEXT NOT NULL,
  text TEXT NOT NULL,
  chars INTEGER NOT NULL,
  removed TEXT NOT NULL,
  sentences TEXT NOT NULL,
  sentence_count INTEGER NOT NULL,
  duplicate_of TEXT,
  input_hash TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  minhash BLOB NOT NULL,
  bands TEXT NOT NULL,
  lines TEXT NOT NULL,
  metadata TEXT NOT NULL,
  issues TEXT NOT NULL,
  ingested_at TEXT NOT NULL
) STRICT;
CREATE INDEX articles_lang ON articles (lang, seq);
CREATE INDEX articles_content_hash ON articles (content_hash, seq);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE dedup_bands (
  band TEXT NOT NULL,
  seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  PRIMARY KEY (band, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX dedup_bands_seq ON dedup_bands (seq);

CREATE TABLE site_lines (
  site TEXT NOT NULL,
  line_key TEXT NOT NULL,
  docs INTEGER NOT NULL,
  PRIMARY KEY (site, line_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE ingest_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  inputs TEXT NOT NULL,
  summary TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`;

const ENTITIES_V2 = `
ALTER TABLE articles ADD COLUMN analysis TEXT NOT NULL
  DEFAULT '{"published":null,"entities":[],"dates":[],"quantities":[],"quotes":[]}';

CREATE TABLE entities (
  id TEXT NOT NULL PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  ref TEXT,
  variants TEXT NOT NULL
) STRICT;

CREATE TABLE entity_keys (
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX entity_keys_key ON entity_keys (key);
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  surface TEXT NOT NULL,
  lang TEXT
) STRICT;
CREATE INDEX mentions_entity ON mentions (entity_id, article_seq);
CREATE INDEX mentions_article ON mentions (article_seq);
`;

const STORIES_V3 = `
ALTER TABLE articles ADD COLUMN story TEXT;
CREATE INDEX articles_story ON articles (story, seq);

CREATE TABLE stories (
  id TEXT NOT NULL PRIMARY KEY,
  title TEXT,
  titles TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  articles INTEGER NOT NULL,
  languages TEXT NOT NULL,
  sources TEXT NOT NULL,
  features TEXT NOT NULL,
  merged_into TEXT
) STRICT;
CREATE INDEX stories_live ON stories (last_seen DESC, id) WHERE merged_into IS NULL;
CREATE INDEX stories_merged_into ON stories (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE story_keys (
  key TEXT NOT NULL,
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  PRIMARY KEY (key, story_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_keys_story ON story_keys (story_id);

CREATE TABLE feature_counts (
  key TEXT NOT NULL PRIMARY KEY,
  articles INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE article_features (
  article_id TEXT NOT NULL PRIMARY KEY
) STRICT, WITHOUT ROWID;

-- the number of article_features rows, kept so that reading it does not count them all
CREATE TABLE feature_totals (
  id INTEGER PRIMARY KEY CHECK (id = 0),
  articles INTEGER NOT NULL
) STRICT;
INSERT INTO feature_totals (id, articles) VALUES (0, 0);

CREATE TABLE story_log (
  seq INTEGER PRIMARY KEY,
  story TEXT NOT NULL,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  article TEXT,
  other TEXT,
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX story_log_story ON story_log (story, seq);
`;

const FEEDS_V4 = `
CREATE TABLE feeds (
  seq INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  added_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_poll_at TEXT,
  last_success_at TEXT,
  last_error_at TEXT,
  last_error TEXT,
  consecutive_errors INTEGER NOT NULL,
  next_poll_at TEXT,
  items_seen INTEGER NOT NULL,
  items_ingested INTEGER NOT NULL,
  last_new_item_at TEXT
) STRICT;

CREATE TABLE feed_items (
  feed_seq INTEGER NOT NULL REFERENCES feeds (seq) ON DELETE CASCADE,
  key TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_seq, key)
) STRICT, WITHOUT ROWID;
`;

/** The schema history, oldest first; append a step to change the schema, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'articles', up: ARTICLES_V1 },
  { version: 2, name: 'entities', up: ENTITIES_V2 },
  { version: 3, name: 'stories', up: STORIES_V3 },
  { version: 4, name: 'feeds', up: FEEDS_V4 },
];

/** Bring the database up to the newest migration, each step in its own transaction; returns the version. */
export function migrate(
  db: Database.Database,
  label: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const known = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    throw new ParallaxError(
      'store_schema_newer',
      `the database ${label} has schema version ${current}, but this Parallax knows only up to ${known}`,
      { hint: 'Upgrade Parallax to open this database, or choose another database file.' },
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return Math.max(current, known);
}
