import type { Command } from 'commander';
import { toFeedView } from '../../contract/feed-view.js';
import { listFeedHealth } from '../../engine/watch.js';
import { withParallax } from '../context.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { formatFeedRows } from './feeds-format.js';

interface FeedsFlags {
  db?: string;
  json?: boolean;
  staleAfter?: number;
}

export function registerFeeds(program: Command, io: CliIO): void {
  program
    .command('feeds')
    .description(
      'show the health of watched feeds: last success and error, errors in a row, items seen and ingested, stale or not',
    )
    .addOption(option('db'))
    .addOption(option('staleAfter'))
    .addOption(option('json'))
    .action(async (flags: FeedsFlags) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const policy = flags.staleAfter === undefined ? {} : { staleAfterMs: flags.staleAfter * 3_600_000 };
        const feeds = await listFeedHealth(px.store, new Date(), policy);
        if (out.json) return out.data(feeds.map(toFeedView));
        if (feeds.length === 0) return out.note('no feeds (watch some with `parallax watch <feed-url>`)');
        for (const line of formatFeedRows(feeds, io.stderr.columns ?? 100)) out.line(line);
      });
    });
}
