import { scoreBcubed } from './bcubed.js';
import type { LabelledDocument, Scores } from './types.js';

/** Gold labels of distractors (news about other, related events) start with this prefix in our datasets. */
export const DISTRACTOR_PREFIX = 'other:';

export function isDistractor(doc: LabelledDocument): boolean {
  return doc.gold.startsWith(DISTRACTOR_PREFIX);
}

export interface TargetScores {
  targetDocuments: number;
  /** B-cubed averaged over target documents, with clusters spanning all documents. */
  bcubed: Scores;
  distractors: number;
  /** Distractors whose predicted cluster holds at least one target document. */
  absorbedDistractors: number;
}

/** Score the target stories apart from the distractors, and count distractors pulled into target clusters. */
export function scoreTargets(
  docs: readonly LabelledDocument[],
  distractor: (doc: LabelledDocument) => boolean = isDistractor,
): TargetScores {
  const targets = docs.filter((d) => !distractor(d));
  const distractors = docs.filter(distractor);
  const targetClusters = new Set(targets.map((d) => d.predicted));
  return {
    targetDocuments: targets.length,
    bcubed: scoreBcubed(docs, (d) => !distractor(d)),
    distractors: distractors.length,
    absorbedDistractors: distractors.filter((d) => targetClusters.has(d.predicted)).length,
  };
}
