export { scoreBcubed } from './bcubed.js';
export { type AnnotatedSentence, type ClaimScores, scoreClaims } from './claims.js';
export { UNKNOWN_LANGUAGE } from './contingency.js';
export { scoreClustering } from './score-clustering.js';
export { DISTRACTOR_PREFIX, isDistractor, scoreTargets, type TargetScores } from './score-targets.js';
export type { ClusteringScores, LabelledDocument, PairCounts, PairScores, Scores } from './types.js';
export { type Merge, type Split, worstMerges, worstSplits } from './worst.js';
