import type { FeedHealth } from '../../core/feeds/index.js';
import type { FeedPollReport } from '../../engine/watch.js';
import { feedErrorMessage } from '../../messages/en.js';
import { pad, truncate } from '../format.js';

/** Rows of `parallax feeds`: status, counts, last new item and last success, errors in a row and the last one. */
export function formatFeedRows(feeds: readonly FeedHealth[], width = 100): string[] {
  const urlWidth = Math.min(50, Math.max(3, ...feeds.map((feed) => feed.url.length)));
  const row = (cells: string[]) =>
    [
      pad(cells[0] ?? '', 8),
      pad(cells[1] ?? '', urlWidth),
      ...cells.slice(2, 4).map((c) => c.padStart(8)),
      ...cells.slice(4, 6).map((c) => pad(c, 16)),
      (cells[6] ?? '').padStart(6),
    ].join('  ');
  const header = row(['status', 'url', 'seen', 'ingested', 'last new item', 'last success', 'errors']);
  const rows = feeds.map((feed) => {
    const error = feed.consecutiveErrors > 0 && feed.lastError ? `  ${feedErrorMessage(feed.lastError)}` : '';
    const cells = [
      feed.status,
      truncate(feed.url, urlWidth),
      String(feed.itemsSeen),
      String(feed.itemsIngested),
      minute(feed.lastNewItemAt),
      minute(feed.lastSuccessAt),
      String(feed.consecutiveErrors),
    ];
    return truncate(row(cells) + error, Math.max(width, header.length));
  });
  return [header, ...rows];
}

/** One line per polled feed, for `watch --once` and the progress of `watch`. */
export function formatPollReport(report: FeedPollReport): string {
  const { state } = report;
  const name = state.title ? `${report.url} (${state.title})` : report.url;
  if (report.outcome === 'failed' && report.error) {
    const errors =
      state.consecutiveErrors === 1 ? '1st error' : `${ordinal(state.consecutiveErrors)} error in a row`;
    return `✗ ${name}: ${feedErrorMessage(report.error)}; ${errors}, next try ${minute(state.nextPollAt)}`;
  }
  if (report.outcome === 'not_modified') return `= ${name}: not modified`;
  const { summary } = report;
  const failed = summary.failed > 0 ? `, ${summary.failed} failed` : '';
  return `✓ ${name}: ${plural(report.items, 'item')}, ${report.newItems} new, ${summary.ingested} ingested${failed}`;
}

/** An ISO time as "YYYY-MM-DD HH:MM" (UTC), or "-". */
function minute(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '-';
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
