import { toPairScores } from './scores.js';
import type { PairScores } from './types.js';

/** A hand-annotated sentence: the facts it states, and where the system put it. */
export interface AnnotatedSentence {
  /** Unique key of the annotated span ("d0123:40-120"). */
  key: string;
  /** Pairs are only formed within one story. */
  story: string;
  doc: string;
  /** The document's source (host); two sentences of one source never count as a cross-source pair. */
  source: string;
  lang: string;
  facts: ReadonlySet<string>;
  /** The gold label of its facts: stated by ≥ 2 sources or by one. */
  gold: 'shared' | 'single-source';
  /** The system's claim group for the span and its label; null when no unit covers the span. */
  group: string | null;
  label: 'shared' | 'single-source' | 'conflicting' | null;
  /** Facts that give another value for the same attribute as one of its facts. */
  conflictsWith: ReadonlySet<string>;
  /** Where the system put the span in a conflicting claim: the claim and the side (value) it is on. */
  conflict: { group: string; side: number } | null;
}

export interface ClaimScores {
  pairs: PairScores & { positives: number; negatives: number };
  crossLingual: PairScores & { positives: number; negatives: number };
  sameLanguage: PairScores & { positives: number; negatives: number };
  labels: Record<'shared' | 'single-source', PairScores & { gold: number }>;
  /** Pairs stating different values for one attribute, against pairs on different sides of one conflicting claim. */
  conflicts: PairScores & { gold: number };
  unmapped: number;
}

/**
 * "Same fact" links scored over annotated sentence pairs from different sources: a gold positive
 * states a common fact, a gold negative none; the system links a pair when it put both in one claim
 * group. Labels are scored per annotated sentence (a conflicting group counts as shared: ≥ 2 sources speak).
 */
export function scoreClaims(
  sentences: readonly AnnotatedSentence[],
  linked: (a: AnnotatedSentence, b: AnnotatedSentence) => boolean = sameGroup,
): ClaimScores {
  const counts = { all: zero(), cross: zero(), same: zero(), conflicts: zero() };
  for (let i = 0; i < sentences.length; i++) {
    const a = sentences[i] as AnnotatedSentence;
    for (let j = i + 1; j < sentences.length; j++) {
      const b = sentences[j] as AnnotatedSentence;
      if (a.story !== b.story || a.doc === b.doc || a.source === b.source) continue;
      const gold = [...a.facts].some((fact) => b.facts.has(fact));
      const predicted = linked(a, b);
      for (const bucket of [counts.all, a.lang === b.lang ? counts.same : counts.cross])
        tally(bucket, gold, predicted);
      tally(counts.conflicts, rivals(a, b) || rivals(b, a), opposed(a, b));
    }
  }
  const labels = {
    shared: labelScore(sentences, 'shared'),
    'single-source': labelScore(sentences, 'single-source'),
  };
  return {
    pairs: finish(counts.all),
    crossLingual: finish(counts.cross),
    sameLanguage: finish(counts.same),
    labels,
    conflicts: { ...finish(counts.conflicts), gold: counts.conflicts.positives },
    unmapped: sentences.filter((s) => s.group === null).length,
  };
}

/** Whether a fact of the first sentence gives another value than a fact of the second. */
function rivals(a: AnnotatedSentence, b: AnnotatedSentence): boolean {
  return [...a.facts].some((fact) => b.conflictsWith.has(fact));
}

function opposed(a: AnnotatedSentence, b: AnnotatedSentence): boolean {
  return a.conflict !== null && a.conflict.group === b.conflict?.group && a.conflict.side !== b.conflict.side;
}

function sameGroup(a: AnnotatedSentence, b: AnnotatedSentence): boolean {
  return a.group !== null && a.group === b.group;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  positives: number;
  negatives: number;
}

function zero(): Tally {
  return { tp: 0, fp: 0, fn: 0, positives: 0, negatives: 0 };
}

function tally(t: Tally, gold: boolean, predicted: boolean): void {
  if (gold) t.positives++;
  else t.negatives++;
  if (gold && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
}

function finish(t: Tally): PairScores & { positives: number; negatives: number } {
  return {
    ...toPairScores({ truePositives: t.tp, falsePositives: t.fp, falseNegatives: t.fn }),
    positives: t.positives,
    negatives: t.negatives,
  };
}

function labelScore(sentences: readonly AnnotatedSentence[], label: 'shared' | 'single-source') {
  const predicted = (s: AnnotatedSentence) =>
    s.label === null ? 'single-source' : s.label === 'conflicting' ? 'shared' : s.label;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const p = predicted(s) === label;
    const g = s.gold === label;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return {
    ...toPairScores({ truePositives: tp, falsePositives: fp, falseNegatives: fn }),
    gold: sentences.filter((s) => s.gold === label).length,
  };
}
