/**
 * A story: one real-world event, across articles, sources and languages. Its id never changes
 * meaning: when stories merge, the absorbed one points to the survivor and the log says why.
 */
export interface StoryRecord {
  id: string;
  /** Title of the first article, and per language the title of the first article in it. */
  title: string | null;
  titles: Record<string, string>;
  /** Earliest and latest publication day of its articles (ISO), or '' while none of them has a date. */
  firstSeen: string;
  lastSeen: string;
  articles: number;
  /** Articles per language. */
  languages: Record<string, number>;
  /** Articles per source (site or feed). */
  sources: Record<string, number>;
  /**
   * The story's evidence: summed feature weights of its articles ("e:person:mark-rutte",
   * "q:24:hour", "d:2024-06-13"). Blocking keys are the feature keys.
   */
  features: Record<string, number>;
  /** Set when the story was merged into another: the surviving story's id. */
  mergedInto: string | null;
}

export type StoryEvent = 'created' | 'joined' | 'merged' | 'split';

/** One line of `parallax story-log <id>`: what changed and the evidence for it. */
export interface StoryLogEntry {
  story: string;
  /** ISO time of the ingest run that made the change. */
  at: string;
  event: StoryEvent;
  /** The article that joined or created the story. */
  article: string | null;
  /** The other story of a merge or split. */
  other: string | null;
  /** Why: similarity, shared features and their weights, thresholds. */
  reason: Record<string, unknown>;
}

/** Which story an article belongs to. */
export interface StoryAssignment {
  article: string;
  story: string;
}

/** A row of `parallax stories`. */
export interface StorySummary {
  id: string;
  title: string | null;
  titles: Record<string, string>;
  languages: Record<string, number>;
  articles: number;
  sources: number;
  firstSeen: string;
  lastSeen: string;
  /** Most weighted entity features, as entity ids, best first. */
  topEntities: string[];
}

export interface ListStoriesQuery {
  /** Only stories with an article in this language. */
  lang?: string;
  /** Only stories seen (lastSeen) at or after this ISO time. */
  since?: string;
  limit?: number;
  offset?: number;
}

/** One line of `parallax export --format jsonl`. */
export interface ExportedArticle {
  id: string;
  story: string | null;
  lang: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  duplicate_of: string | null;
}
