import type { Store } from '../../core/store.js';
import { createMemoryStore } from './memory-store.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';

export { createMemoryStore } from './memory-store.js';
export { createSqliteStore } from './sqlite/sqlite-store.js';

/** Which store to open: a SQLite file (the default kind; ':memory:' allowed) or in-process Maps. */
export type StoreOptions = { kind?: 'sqlite'; path: string } | { kind: 'memory' };

/**
 * Open the store the options name.
 * @example const store = await createStore({ path: 'parallax.db' });
 */
export function createStore(options: StoreOptions): Promise<Store> {
  return options.kind === 'memory' ? createMemoryStore() : createSqliteStore(options.path);
}
