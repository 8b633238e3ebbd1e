import Database from 'better-sqlite3';
import { isParallaxError, ParallaxError } from '../../../core/errors.js';
import { MIGRATIONS, type Migration, migrate } from './migrations.js';

const BUSY_TIMEOUT_MS = 5000;

/** Open (or create) a database file, set the connection pragmas and apply pending migrations. */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS): Database.Database {
  if (path.trim() === '') {
    throw new ParallaxError('config_invalid', 'the store path is empty', {
      hint: "Give a database file path, or ':memory:' for a throwaway database.",
    });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path, migrations);
    return db;
  } catch (error) {
    db?.close();
    if (isParallaxError(error)) throw error;
    throw new ParallaxError('store_open_failed', `cannot open the database ${path}: ${messageOf(error)}`, {
      hint: 'Check that the path names a Parallax database (or a new file) in an existing, writable directory.',
      cause: error,
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
