import type { DuplicateCandidate } from '../../../core/store.js';
import type { Article, ArticleSummary, InputFormat } from '../../../core/types.js';

/** An `articles` row as bound and read by better-sqlite3 (without `seq`). */
export interface ArticleRow {
  id: string;
  origin: string;
  format: string;
  source: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  lang: string | null;
  lang_confidence: number;
  declared_lang: string | null;
  original: string;
  extracted: string;
  text: string;
  chars: number;
  removed: string;
  sentences: string;
  sentence_count: number;
  duplicate_of: string | null;
  input_hash: string;
  content_hash: string;
  minhash: Buffer;
  bands: string;
  lines: string;
  metadata: string;
  analysis: string;
  issues: string;
  ingested_at: string;
}

export type SummaryRow = Pick<
  ArticleRow,
  'id' | 'lang' | 'title' | 'source' | 'published' | 'duplicate_of' | 'chars' | 'sentence_count'
>;

export type CandidateRow = Pick<ArticleRow, 'id' | 'duplicate_of' | 'content_hash' | 'minhash'>;

export const ARTICLE_COLUMNS = [
  'id',
  'origin',
  'format',
  'source',
  'site',
  'url',
  'published',
  'title',
  'lang',
  'lang_confidence',
  'declared_lang',
  'original',
  'extracted',
  'text',
  'chars',
  'removed',
  'sentences',
  'sentence_count',
  'duplicate_of',
  'input_hash',
  'content_hash',
  'minhash',
  'bands',
  'lines',
  'metadata',
  'analysis',
  'issues',
  'ingested_at',
] as const satisfies readonly (keyof ArticleRow)[];

export function toArticleRow(article: Article): ArticleRow {
  const { fingerprint } = article;
  return {
    id: article.id,
    origin: JSON.stringify(article.origin),
    format: article.format,
    source: article.source,
    site: article.site,
    url: article.url,
    published: article.published,
    title: article.title,
    lang: article.lang,
    lang_confidence: article.langConfidence,
    declared_lang: article.declaredLang,
    original: article.original,
    extracted: article.extracted,
    text: article.text,
    chars: article.text.length,
    removed: JSON.stringify(article.removed),
    sentences: JSON.stringify(article.sentences),
    sentence_count: article.sentences.length,
    duplicate_of: article.duplicateOf,
    input_hash: fingerprint.input,
    content_hash: fingerprint.content,
    minhash: Buffer.from(
      fingerprint.minhash.buffer,
      fingerprint.minhash.byteOffset,
      fingerprint.minhash.byteLength,
    ),
    bands: JSON.stringify(fingerprint.bands),
    lines: JSON.stringify(fingerprint.lines),
    metadata: JSON.stringify(article.metadata),
    analysis: JSON.stringify(article.analysis),
    issues: JSON.stringify(article.issues),
    ingested_at: article.ingestedAt,
  };
}

export function fromArticleRow(row: ArticleRow): Article {
  return {
    id: row.id,
    origin: JSON.parse(row.origin),
    format: row.format as InputFormat,
    source: row.source,
    site: row.site,
    url: row.url,
    published: row.published,
    title: row.title,
    lang: row.lang,
    langConfidence: row.lang_confidence,
    declaredLang: row.declared_lang,
    original: row.original,
    extracted: row.extracted,
    text: row.text,
    removed: JSON.parse(row.removed),
    sentences: JSON.parse(row.sentences),
    duplicateOf: row.duplicate_of,
    fingerprint: {
      input: row.input_hash,
      content: row.content_hash,
      minhash: toUint32Array(row.minhash),
      bands: JSON.parse(row.bands),
      lines: JSON.parse(row.lines),
    },
    metadata: JSON.parse(row.metadata),
    analysis: JSON.parse(row.analysis),
    issues: JSON.parse(row.issues),
    ingestedAt: row.ingested_at,
  };
}

export function fromSummaryRow(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    lang: row.lang,
    title: row.title,
    source: row.source,
    published: row.published,
    duplicateOf: row.duplicate_of,
    chars: row.chars,
    sentences: row.sentence_count,
  };
}

export function fromCandidateRow(row: CandidateRow): DuplicateCandidate {
  return {
    id: row.id,
    duplicateOf: row.duplicate_of,
    contentHash: row.content_hash,
    minhash: toUint32Array(row.minhash),
  };
}

/** Copies the bytes, since a Buffer from SQLite need not be 4-byte aligned. */
function toUint32Array(bytes: Buffer): Uint32Array {
  return new Uint32Array(Uint8Array.from(bytes).buffer);
}
