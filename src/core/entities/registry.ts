import type { EntityRecord } from '../types.js';
import type { EntityRegistry } from './link.js';

/** An in-memory registry over records fetched for a batch; remembers which records it changed. */
export interface BatchRegistry extends EntityRegistry {
  changed(): EntityRecord[];
}

export function createBatchRegistry(records: readonly EntityRecord[]): BatchRegistry {
  const byId = new Map<string, EntityRecord>();
  const byKey = new Map<string, Set<string>>();
  const changed = new Set<string>();
  const index = (record: EntityRecord) => {
    byId.set(record.id, record);
    for (const key of record.keys) {
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(record.id);
      byKey.set(key, ids);
    }
  };
  for (const record of records) index(record);
  return {
    byKeys(keys) {
      const ids = new Set<string>();
      for (const key of keys) for (const id of byKey.get(key) ?? []) ids.add(id);
      return [...ids].map((id) => byId.get(id) as EntityRecord);
    },
    has: (id) => byId.has(id),
    put(record) {
      index(record);
      changed.add(record.id);
    },
    changed: () => [...changed].map((id) => byId.get(id) as EntityRecord),
  };
}
