import type { ClaimLink, ClaimUnit } from './types.js';

/** Units grouped as one fact, with the links that joined them. */
export interface UnitCluster {
  units: ClaimUnit[];
  links: ClaimLink[];
}

/**
 * Average-link grouping over the links, strongest first: two groups join when the mean similarity
 * over their cross pairs of units of different articles (an unlinked pair counts 0) reaches the
 * threshold, which stops chains.
 * An article may state a fact twice (its headline and its lead): both units then join the group.
 */
export function groupUnits(
  units: readonly ClaimUnit[],
  links: readonly ClaimLink[],
  threshold: number,
): UnitCluster[] {
  const score = new Map<string, number>();
  for (const link of links) score.set(pairKey(link.a, link.b), link.score);
  const clusterOf = new Map<string, UnitCluster>();
  for (const unit of units) clusterOf.set(unit.id, { units: [unit], links: [] });
  for (const link of links) {
    const left = clusterOf.get(link.a);
    const right = clusterOf.get(link.b);
    if (!left || !right || left === right) continue;
    if (averageLink(left, right, score) < threshold) continue;
    left.units.push(...right.units);
    left.links.push(...right.links, link);
    for (const unit of right.units) clusterOf.set(unit.id, left);
  }
  const clusters = [...new Set(clusterOf.values())];
  for (const cluster of clusters) cluster.units.sort(byArticleOrder);
  return clusters;
}

function averageLink(left: UnitCluster, right: UnitCluster, score: Map<string, number>): number {
  let sum = 0;
  let pairs = 0;
  for (const a of left.units) {
    for (const b of right.units) {
      if (a.article === b.article) continue;
      sum += score.get(pairKey(a.id, b.id)) ?? 0;
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function byArticleOrder(a: ClaimUnit, b: ClaimUnit): number {
  return a.rank - b.rank || a.position - b.position;
}
