import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { toStoryReportView } from '../../contract/story-report-view.js';
import { ParallaxError } from '../../core/errors.js';
import { renderStoryHtml } from '../../render/story-html.js';
import { renderStoryMarkdown } from '../../render/story-markdown.js';
import { found, withParallax } from '../context.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';

interface StoryFlags {
  db?: string;
  json?: boolean;
  md?: boolean;
  html?: boolean;
  lang?: string;
  out?: string;
  embedder?: string;
}

export function registerStory(program: Command, io: CliIO): void {
  program
    .command('story')
    .description(
      'report on one story: summary, coverage, claims all sources share, single-source claims, conflicts, timeline, entities',
    )
    .argument('<story-id>', 'id as listed by `parallax stories`')
    .addOption(option('db'))
    .addOption(option('reportLang'))
    .option('--md', 'print the report as Markdown (the default)')
    .option('--html', 'print the report as one self-contained HTML page')
    .addOption(option('json'))
    .addOption(option('out'))
    .addOption(option('embedder'))
    .action(async (id: string, flags: StoryFlags) => {
      const formats = [flags.json, flags.md, flags.html].filter(Boolean).length;
      if (formats > 1) throw new ParallaxError('usage', 'choose one of --json, --md and --html');
      const out = createOutput(io, { json: flags.json === true && !flags.out });
      await withParallax(
        io,
        flags.db,
        async (px) => {
          const report = found(
            await px.storyReport(id, flags.lang ? { lang: flags.lang } : {}),
            'story',
            id,
            'stories',
          );
          if (report.id !== id) out.note(`story ${id} was merged into ${report.id}; showing ${report.id}`);
          const view = toStoryReportView(report);
          const text = flags.json
            ? `${JSON.stringify(view, null, 2)}\n`
            : flags.html
              ? renderStoryHtml(view)
              : renderStoryMarkdown(view);
          if (!flags.out) return void io.stdout.write(text);
          await writeFile(resolve(io.cwd, flags.out), text).catch((cause: unknown) => {
            const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
            throw new ParallaxError('usage', `cannot write ${flags.out} (${reason})`, {
              hint: 'name a file in an existing, writable folder with --out',
              cause,
            });
          });
          out.note(`wrote the report of story ${report.id} to ${flags.out}`);
        },
        flags.embedder ? { embedder: flags.embedder } : {},
      );
    });
}
