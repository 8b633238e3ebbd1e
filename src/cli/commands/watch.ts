import type { Command } from 'commander';
import { createFetcher, userAgentFor } from '../../adapters/http/index.js';
import { createFeedWatcher, type FeedPollReport, type WatchEvent } from '../../engine/watch.js';
import { formatIssue } from '../../messages/en.js';
import { withParallax } from '../context.js';
import { type CliIO, createOutput, type Output } from '../io.js';
import { option } from '../options.js';
import { formatPollReport } from './feeds-format.js';
import { resolveFeedSources } from './watch-sources.js';

interface WatchFlags {
  db?: string;
  interval?: number;
  once?: boolean;
  timeout?: number;
  delay?: number;
  json?: boolean;
  quiet?: boolean;
}

export function registerWatch(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const version = program.version() ?? '0.0.0';
  program
    .command('watch')
    .description(
      'poll RSS, Atom, RDF and JSON feeds and ingest each new item (its page fetched politely); Ctrl-C stops',
    )
    .argument('<feeds...>', 'feed URLs (http/https) or OPML subscription files')
    .addOption(option('db'))
    .addOption(option('interval'))
    .addOption(option('once'))
    .addOption(option('timeout'))
    .addOption(option('hostDelay'))
    .addOption(option('json'))
    .addOption(option('quiet'))
    .action(async (sources: string[], flags: WatchFlags) => {
      setExit(await watch(sources, flags, io, version));
    });
}

async function watch(sources: string[], flags: WatchFlags, io: CliIO, version: string): Promise<number> {
  const out = createOutput(io, flags);
  const urls = await resolveFeedSources(sources, io.cwd);
  return withParallax(
    io,
    flags.db,
    async (parallax) => {
      const fetcher = createFetcher({
        userAgent: userAgentFor(version),
        ...(flags.timeout ? { timeoutMs: flags.timeout * 1000 } : {}),
        ...(flags.delay !== undefined ? { hostDelayMs: flags.delay * 1000 } : {}),
      });
      const watcher = createFeedWatcher({
        parallax,
        fetcher,
        ...(flags.interval ? { policy: { intervalMs: flags.interval * 1000 } } : {}),
        onEvent: (event) => printEvent(out, event, flags.once === true),
      });
      if (flags.once) {
        const reports = await watcher.pollAll(urls);
        if (out.json) out.data(reports.map(toPollView));
        else for (const report of reports) out.line(formatPollReport(report));
        return reports.some((report) => report.summary.failed > 0) ? 1 : 0;
      }
      const controller = new AbortController();
      const undo = io.onInterrupt?.(() => {
        out.note('stopping… (Ctrl-C again quits at once)');
        controller.abort();
      });
      out.note(`watching ${urls.length} feed${urls.length === 1 ? '' : 's'}; Ctrl-C stops`);
      try {
        await watcher.run(urls, controller.signal);
      } finally {
        undo?.();
      }
      return 0;
    },
    { create: true },
  );
}

function printEvent(out: Output, event: WatchEvent, once: boolean): void {
  if (event.kind === 'issue') {
    if (event.issue.severity !== 'info')
      out.note(`  ${event.issue.severity === 'error' ? '✗' : '!'} ${formatIssue(event.issue)}`);
  } else if (event.kind === 'polled' && !once) out.note(formatPollReport(event.report));
  else if (event.kind === 'waiting') out.note(`next poll ${event.until.slice(0, 16).replace('T', ' ')} UTC`);
}

function toPollView(report: FeedPollReport) {
  return {
    url: report.url,
    outcome: report.outcome,
    error: report.error,
    items: report.items,
    new_items: report.newItems,
    retrying: report.retrying,
    ingested: report.summary.ingested,
    updated: report.summary.updated,
    failed: report.summary.failed,
    issues: report.summary.issues,
    status_after: {
      consecutive_errors: report.state.consecutiveErrors,
      next_poll_at: report.state.nextPollAt,
    },
  };
}
