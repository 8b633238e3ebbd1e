import { toExportView } from '../../contract/export-view.js';
import type { ExportedArticle } from '../../core/stories/types.js';

/** One line of `parallax export --format jsonl`, newline included. */
export function formatExportLine(row: ExportedArticle): string {
  return `${JSON.stringify(toExportView(row))}\n`;
}
