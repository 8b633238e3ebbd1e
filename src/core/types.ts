import type { Issue, Origin } from './issues.js';

/** Input formats the ingest stage understands. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

/**
 * One article as read from its input, before any cleaning.
 * Produced by core/ingest from bytes or records; every field except text/html may be missing.
 */
export interface RawArticle {
  id: string;
  origin: Origin;
  format: InputFormat;
  /** Text as read (decoded, Unicode not yet normalised). For HTML input: the extracted main text. */
  text: string;
  /** The original markup for HTML input; absent for text input. */
  html?: string;
  title?: string;
  url?: string;
  published?: string;
  source?: string;
  /** Language declared by the input (JSON `lang`, HTML lang attribute); never trusted blindly. */
  declaredLang?: string;
  /** Fields of a JSON record other than the known ones: kept, never used as analysis features. */
  metadata: Record<string, unknown>;
  /** Warnings raised while reading (e.g. encoding fallback). */
  issues: Issue[];
}

/** Why a span was removed from the article during cleaning. */
export type RemovalReason =
  | 'duplicate_headline'
  | 'duplicate_line'
  | 'page_header'
  | 'byline'
  | 'navigation'
  | 'related_links'
  | 'advertisement'
  | 'share_widget'
  | 'comments_widget'
  | 'photo_credit'
  | 'newsletter'
  | 'donation'
  | 'cookie_notice'
  | 'legal'
  | 'site_template'
  | 'dateline';

export interface RemovedSpan {
  /** The removed text, exactly as it stood in the normalised input. */
  text: string;
  reason: RemovalReason;
  /** Character offsets into the normalised input text (`Article.extracted`). */
  start: number;
  end: number;
}

export interface Sentence {
  /** Offsets into `Article.text` (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
  /** 0-based paragraph (line) of the cleaned text the sentence belongs to. */
  paragraph: number;
  headline: boolean;
}

/** A fully processed article, as stored. */
export interface Article {
  id: string;
  origin: Origin;
  format: InputFormat;
  source: string | null;
  /** Host or source used for cross-document template evidence. */
  site: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  lang: string | null;
  langConfidence: number;
  declaredLang: string | null;
  /** The input as given: decoded text, or the HTML markup for HTML input. */
  original: string;
  /** Normalised text before boilerplate removal; `removed` offsets point into it. */
  extracted: string;
  /** Cleaned body: the article's own lines, headline first (once), paragraphs separated by \n. */
  text: string;
  removed: RemovedSpan[];
  sentences: Sentence[];
  duplicateOf: string | null;
  fingerprint: ArticleFingerprint;
  metadata: Record<string, unknown>;
  /** Entities, dates, numbers and quotes found in `text`. */
  analysis: ArticleAnalysis;
  issues: Issue[];
  ingestedAt: string;
}

/** A row of `parallax articles`. */
export interface ArticleSummary {
  id: string;
  lang: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  duplicateOf: string | null;
  chars: number;
  sentences: number;
}

/** Derived keys that let the store answer idempotency, dedup and template questions. */
export interface ArticleFingerprint {
  /** Hash of what was read: re-ingesting identical input is a no-op. */
  input: string;
  /** Hash of the normalised cleaned text, for exact-duplicate detection. */
  content: string;
  /** MinHash signature of the cleaned text, for near-duplicate detection. */
  minhash: Uint32Array;
  /** LSH band keys of the MinHash signature. */
  bands: string[];
  /** Keys of the normalised input lines, counted per site as cross-document template evidence. */
  lines: string[];
}

/** A span of `Article.text` (UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'distance' | 'mass' | 'ordinal';

/** A number mentioned in the text, normalised: "6 Milliarden Pfund" and "£6bn" both give 6e9 GBP. */
export interface QuantityMention extends Span {
  value: number;
  kind: QuantityKind;
  /** ISO 4217 code for money ("GBP"), a unit for the rest ("year", "hour", "km", "kg"), null for a bare count. */
  unit: string | null;
  /** What is counted when the text says it ("countries", "Länder" → the word as written), else null. */
  counted: string | null;
}

/** A date mentioned in the text, resolved against the publication date when it is relative. */
export interface DateMention extends Span {
  /**
   * ISO date at its grain: "2024-06-13", "2024-06", "2024"; "--06-13" for a day written without a
   * year in an article without a publication date to take one from.
   */
  value: string;
  /** Last day of a range ("June 13 to 15"), else absent. */
  until?: string;
  grain: 'day' | 'month' | 'year';
  /** Whether resolving it needed a reference date ("am Donnerstag", "next year"). */
  relative: boolean;
}

/** A direct quote and, when the text names one, who said it. */
export interface QuoteMention extends Span {
  /** The quoted words without the quotation marks. */
  quote: string;
  speaker: Span | null;
}

export type EntityType = 'person' | 'organization' | 'place';

/** A name in the text: a person, organisation or place, with the entity it refers to. */
export interface EntityMention extends Span {
  type: EntityType;
  /** The name in its base form: titles dropped, inflection removed ("Selenskyjs" → "Selenskyj"). */
  name: string;
  /** Gazetteer reference of a known place or organisation ("country:UA", "city:703448", "org:nato"), else null. */
  ref: string | null;
  /** Index of the entity within this article: "Joe Biden" and a later "Biden" share it. */
  local: number;
  /** Id of the entity across the archive, once linked (see EntityRecord). */
  entity: string | null;
}

/** Where the publication date came from, most trusted first. */
export type PublishedSource = 'input' | 'dateline';

export interface ArticleAnalysis {
  /** Publication date used to resolve relative dates, and where it came from. */
  published: { value: string; source: PublishedSource } | null;
  entities: EntityMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  quotes: QuoteMention[];
}

/** One real-world entity across articles and languages. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  /** Canonical label: the gazetteer's English name, else the most used Latin-script full form. */
  name: string;
  ref: string | null;
  /** Blocking keys (phonetic keys of the full name, and of the surname for people). */
  keys: string[];
  /** Forms it is written in, with their language and how many mentions used each. */
  variants: EntityVariant[];
}

export interface EntityVariant {
  name: string;
  lang: string | null;
  mentions: number;
}
