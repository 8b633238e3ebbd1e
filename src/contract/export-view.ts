import type { ExportedArticle } from '../core/stories/types.js';

/** One line of `parallax export --format jsonl`: an article and the story it belongs to. */
export interface ExportView {
  id: string;
  /** The story's id, null when the article is in none (yet). */
  story: string | null;
  lang: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  duplicate_of: string | null;
}

/** The export row with exactly the contract's fields, in a fixed order. */
export function toExportView(row: ExportedArticle): ExportView {
  return {
    id: row.id,
    story: row.story,
    lang: row.lang,
    title: row.title,
    published: row.published,
    source: row.source,
    url: row.url,
    duplicate_of: row.duplicate_of,
  };
}
