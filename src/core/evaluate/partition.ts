/** Documents grouped by a key: each document's group index, and each group's size. */
export interface Partition {
  ids: Int32Array;
  sizes: number[];
}

/** Group `count` documents by `key`, numbering groups in order of first appearance. */
export function partition(count: number, key: (index: number) => string | number): Partition {
  const indexByKey = new Map<string | number, number>();
  const ids = new Int32Array(count);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const k = key(i);
    let id = indexByKey.get(k);
    if (id === undefined) {
      id = sizes.length;
      indexByKey.set(k, id);
      sizes.push(0);
    }
    ids[i] = id;
    sizes[id] = (sizes[id] ?? 0) + 1;
  }
  return { ids, sizes };
}

/** Number of unordered pairs inside the groups: the sum of n choose 2 over group sizes. */
export function pairsWithin(sizes: readonly number[]): number {
  let pairs = 0;
  for (const n of sizes) pairs += (n * (n - 1)) / 2;
  return pairs;
}

/** Group index of document `i`; partition always fills every slot. */
export function groupOf(p: Partition, i: number): number {
  return p.ids[i] as number;
}

/** Size of the group holding document `i`. */
export function sizeOf(p: Partition, i: number): number {
  return p.sizes[groupOf(p, i)] as number;
}
