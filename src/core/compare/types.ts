/** Where a claim unit comes from: one sentence (or clause) of one article. */
export interface ClaimUnit {
  /** `<article>#<n>`: the n-th unit of the article. */
  id: string;
  article: string;
  /** Independent voice: copies and syndicated duplicates share their original's. */
  source: string;
  lang: string | null;
  /** Offsets into the article's cleaned text. */
  start: number;
  end: number;
  text: string;
  headline: boolean;
  /** Order of the unit's article in the comparison (publication order), then of the unit in it. */
  rank: number;
  position: number;
  /** Evidence keys with their counts: entities, quantities, dates, concepts, words. */
  features: ReadonlyMap<string, number>;
  /** Values stated about a slot ("q:duration:hour" → "24"), for telling agreements from conflicts. */
  values: readonly UnitValue[];
}

export interface UnitValue {
  /** What is measured: "q:count:countries", "q:duration:hour", "q:money:USD", "d:day". */
  slot: string;
  value: string;
  /** The words that state it ("24 Stunden"). */
  text: string;
}

export type ClaimLabel = 'shared' | 'single-source' | 'conflicting';

/** Why two units were linked: their similarity and the evidence they share, strongest first. */
export interface ClaimLink {
  a: string;
  b: string;
  score: number;
  shared: string[];
}

/** One side of a conflict: a value and the units that state it. */
export interface ConflictSide {
  value: string;
  text: string;
  units: ClaimUnit[];
}

/** Units stating one fact, or (conflicting) two facts about one slot with different values. */
export interface ClaimGroup {
  id: string;
  label: ClaimLabel;
  units: ClaimUnit[];
  /** Distinct independent sources among the units. */
  sources: string[];
  /** For conflicting groups: the slot the sources disagree on and each side. */
  conflict: { slot: string; sides: ConflictSide[] } | null;
  /** Links that built the group (empty for a single unit). */
  links: ClaimLink[];
}

export interface CompareOptions {
  /** Similarity at or above which two units from different sources state the same fact. */
  threshold?: number;
  /** Sentence-embedding vectors by unit id (see claimUnits), when an embedder is configured: they add evidence. */
  embeddings?: ReadonlyMap<string, Float32Array>;
}
