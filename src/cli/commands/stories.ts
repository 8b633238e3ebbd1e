import type { Command } from 'commander';
import { toStoryLogEntryView, toStoryView } from '../../contract/story-view.js';
import { found, withParallax } from '../context.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { formatStoryLog, formatStoryRows } from './stories-format.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  lang?: string;
  since?: string;
  limit?: number;
  offset?: number;
}

export function registerStories(program: Command, io: CliIO): void {
  program
    .command('stories')
    .description(
      'list stories (one real-world event across articles, sources and languages), latest seen first',
    )
    .addOption(option('db'))
    .addOption(option('storyLang'))
    .addOption(option('since'))
    .addOption(option('limit'))
    .addOption(option('offset'))
    .addOption(option('json'))
    .action(async (flags: ListFlags) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const rows = await px.stories({
          ...(flags.lang ? { lang: flags.lang } : {}),
          ...(flags.since ? { since: flags.since } : {}),
          limit: flags.limit ?? 100,
          offset: flags.offset ?? 0,
        });
        if (out.json) return out.data(rows.map((row) => toStoryView(row, flags.lang)));
        if (rows.length === 0) {
          return out.note(
            flags.lang || flags.since
              ? 'no stories match'
              : 'no stories (ingest articles with `parallax ingest <paths>`)',
          );
        }
        for (const line of formatStoryRows(rows, io.stderr.columns ?? 100, flags.lang)) out.line(line);
      });
    });

  program
    .command('story-log')
    .description(
      "show a story's log: when it was created, which articles joined and why, merges and splits with their reasons",
    )
    .argument('<story-id>', 'id as listed by `parallax stories`')
    .addOption(option('db'))
    .addOption(option('json'))
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const story = found(await px.story(id), 'story', id, 'stories');
        if (story.id !== id)
          out.note(`story ${id} was merged into ${story.id}; showing the log of ${story.id}`);
        const log = await px.storyLog(story.id);
        if (out.json) return out.data(log.map(toStoryLogEntryView));
        for (const line of formatStoryLog(log)) out.line(line);
      });
    });
}
