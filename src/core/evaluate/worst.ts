import { pairsWithin } from './partition.js';
import type { LabelledDocument } from './types.js';

export interface Merge {
  predicted: string;
  /** Document ids of the cluster by gold label, largest share first. */
  gold: Record<string, string[]>;
}

export interface Split {
  gold: string;
  /** Document ids of the story by predicted cluster, largest share first. */
  predicted: Record<string, string[]>;
}

/** Predicted clusters mixing gold labels, most wrongly paired documents (false-positive pairs) first. */
export function worstMerges(docs: readonly LabelledDocument[], limit: number): Merge[] {
  return mixedGroups(docs, limit, 'predicted', 'gold').map(([predicted, gold]) => ({ predicted, gold }));
}

/** Gold labels spread over several predicted clusters, most separated pairs (false negatives) first. */
export function worstSplits(docs: readonly LabelledDocument[], limit: number): Split[] {
  return mixedGroups(docs, limit, 'gold', 'predicted').map(([gold, predicted]) => ({ gold, predicted }));
}

type Field = 'gold' | 'predicted';

function mixedGroups(
  docs: readonly LabelledDocument[],
  limit: number,
  outer: Field,
  inner: Field,
): [string, Record<string, string[]>][] {
  const groups = new Map<string, Map<string, string[]>>();
  for (const doc of docs) {
    const parts = groups.get(doc[outer]) ?? new Map<string, string[]>();
    groups.set(doc[outer], parts);
    const ids = parts.get(doc[inner]) ?? [];
    parts.set(doc[inner], ids);
    ids.push(doc.id);
  }
  return [...groups]
    .filter(([, parts]) => parts.size > 1)
    .map(([label, parts]) => {
      const sorted = [...parts].sort(([a, x], [b, y]) => y.length - x.length || compare(a, b));
      const sizes = sorted.map(([, ids]) => ids.length);
      const wrongPairs = pairsWithin([sizes.reduce((s, n) => s + n, 0)]) - pairsWithin(sizes);
      return { label, parts: sorted, wrongPairs };
    })
    .sort(
      (a, b) => b.wrongPairs - a.wrongPairs || b.parts.length - a.parts.length || compare(a.label, b.label),
    )
    .slice(0, Math.max(0, limit))
    .map(({ label, parts }) => [label, Object.fromEntries(parts)]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
