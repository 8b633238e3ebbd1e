import { groupUnits, type UnitCluster } from './group.js';
import { type ConflictLink, linkUnits } from './similarity.js';
import type { ClaimGroup, ClaimLink, ClaimUnit, CompareOptions, ConflictSide } from './types.js';
import { claimUnits, type SourcedArticle } from './units.js';

/** Similarity two units of different sources need to state the same fact (see linkUnits). */
export const DEFAULT_CLAIM_THRESHOLD = 0.3;

export interface StoryComparison {
  units: ClaimUnit[];
  claims: ClaimGroup[];
  /** Every pair of units of different sources judged to state the same fact. */
  links: ClaimLink[];
}

/**
 * Compare the articles of one story claim by claim: split them into units, link units of different
 * sources that state the same fact, group them, and label each group shared (≥ 2 independent
 * sources), single-source, or conflicting (units that speak of the same thing with different values
 * for one slot, each side kept). Pure: the same articles always give the same claims.
 */
export function compareArticles(
  articles: readonly SourcedArticle[],
  options: CompareOptions = {},
): StoryComparison {
  const threshold = options.threshold ?? DEFAULT_CLAIM_THRESHOLD;
  const units = articles.flatMap((article, rank) => claimUnits(article, rank));
  const { links, conflicts } = linkUnits(units, threshold, options.embeddings);
  const clusters = groupUnits(units, links, threshold);
  const claims = labelClusters(clusters, conflicts);
  claims.sort((a, b) => byPlace(a.units[0] as ClaimUnit, b.units[0] as ClaimUnit));
  claims.forEach((claim, index) => {
    claim.id = `c${index + 1}`;
  });
  return { units, claims, links };
}

function plainGroup(cluster: UnitCluster): ClaimGroup {
  const sources = distinctSources(cluster.units);
  return {
    id: '',
    label: sources.length >= 2 ? 'shared' : 'single-source',
    units: cluster.units,
    sources,
    conflict: null,
    links: cluster.links,
  };
}

/**
 * Clusters joined by conflict links (or holding one: units close enough to group despite different
 * values) become one conflicting group, with one side per value of the strongest link's slot.
 */
function labelClusters(clusters: readonly UnitCluster[], conflicts: readonly ConflictLink[]): ClaimGroup[] {
  const clusterOf = new Map<string, UnitCluster>();
  for (const cluster of clusters) for (const unit of cluster.units) clusterOf.set(unit.id, cluster);
  const groups = new Map<UnitCluster, { clusters: Set<UnitCluster>; strongest: ConflictLink }>();
  for (const link of conflicts) {
    const a = clusterOf.get(link.a);
    const b = clusterOf.get(link.b);
    if (!a || !b) continue;
    const left = groups.get(a);
    const right = groups.get(b);
    if (left && right && left !== right) continue;
    const group = left ?? right ?? { clusters: new Set<UnitCluster>(), strongest: link };
    group.clusters.add(a).add(b);
    groups.set(a, group);
    groups.set(b, group);
  }
  const conflicting = [...new Set(groups.values())].map(({ clusters: members, strongest }): ClaimGroup => {
    const units = [...members].flatMap((cluster) => cluster.units).sort(byPlace);
    return {
      id: '',
      label: 'conflicting',
      units,
      sources: distinctSources(units),
      conflict: { slot: strongest.slot, sides: sidesOf(units, strongest.slot) },
      links: [...[...members].flatMap((cluster) => cluster.links), strongest],
    };
  });
  return [...conflicting, ...clusters.filter((cluster) => !groups.has(cluster)).map(plainGroup)];
}

function sidesOf(units: readonly ClaimUnit[], slot: string): ConflictSide[] {
  const sides = new Map<string, ConflictSide>();
  for (const unit of units) {
    const stated = unit.values.filter((value) => value.slot === slot);
    if (stated.length === 0) continue;
    const key = stated.map((value) => value.value).join(' + ');
    const side = sides.get(key) ?? { value: key, text: stated[0]?.text ?? '', units: [] };
    side.units.push(unit);
    sides.set(key, side);
  }
  return [...sides.values()];
}

function distinctSources(units: readonly ClaimUnit[]): string[] {
  return [...new Set(units.map((unit) => unit.source))].sort();
}

/** Reading order: by the article (publication order), then the unit's position in it. */
function byPlace(x: ClaimUnit, y: ClaimUnit): number {
  return x.rank - y.rank || x.position - y.position;
}
