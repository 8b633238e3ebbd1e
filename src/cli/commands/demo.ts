import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { openFileSources } from '../../adapters/source/index.js';
import { createStore } from '../../adapters/store/index.js';
import { createParallax } from '../../engine/parallax.js';
import { formatArticleRows, formatSummary } from '../format.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { packagePath } from '../package-path.js';
import { formatComparison } from './comparison-format.js';
import { formatEntityRows } from './entities-format.js';
import { formatStoryRows } from './stories-format.js';

export function registerDemo(program: Command, io: CliIO): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus into a temporary database and show what Parallax found')
    .addOption(option('json'))
    .addOption(option('quiet'))
    .action(async (flags: { json?: boolean; quiet?: boolean }) => {
      const out = createOutput(io, flags);
      const corpus = packagePath('demo', 'corpus');
      const dir = await mkdtemp(join(tmpdir(), 'parallax-demo-'));
      const px = createParallax({ store: await createStore({ kind: 'sqlite', path: join(dir, 'demo.db') }) });
      try {
        out.note(`Ingesting the demo corpus (${corpus}) into a temporary database…`);
        const summary = await px.ingest(await openFileSources([corpus], { cwd: io.cwd }), {
          inputs: [corpus],
        });
        const rows = await px.articles({ limit: 1000 });
        const removed = new Map<string, number>();
        for (const row of rows) {
          const article = await px.article(row.id);
          for (const span of article?.removed ?? [])
            removed.set(span.reason, (removed.get(span.reason) ?? 0) + 1);
        }
        const stories = await px.stories({ limit: 100 });
        const storyArticles = Object.fromEntries(
          await Promise.all(
            stories.map(async (story) => [story.id, await px.storyArticles(story.id)] as const),
          ),
        );
        const entities = await px.entities({ limit: 8 });
        if (out.json) {
          return out.data({
            summary,
            articles: rows,
            removed: Object.fromEntries(removed),
            stories: stories.map((story) => ({ ...story, articles: storyArticles[story.id] ?? [] })),
            entities,
          });
        }
        for (const line of formatSummary(summary)) out.line(line);
        out.line(
          `boilerplate removed: ${[...removed]
            .sort((a, b) => b[1] - a[1])
            .map(([reason, n]) => `${reason} ${n}`)
            .join(', ')}`,
        );
        const width = io.stderr.columns ?? 110;
        out.line();
        out.line(`${stories.length} stories:`);
        for (const line of formatStoryRows(stories, width)) out.line(line);
        out.line();
        out.line('Most mentioned entities:');
        for (const line of formatEntityRows(entities, width)) out.line(line);
        out.line();
        const widest = [...stories].sort((a, b) => b.sources - a.sources || b.articles - a.articles)[0];
        const report = widest ? await px.storyReport(widest.id) : null;
        if (report) for (const line of formatComparison(report, width)) out.line(line);
        for (const line of formatArticleRows(rows, width)) out.line(line);
        out.line();
        out.line(
          'Try: parallax ingest <folder> --db my.db, then parallax stories --db my.db, parallax story <id> ' +
            '(add --html --out story.html), parallax story-log <id>, parallax entities, parallax show <id>',
        );
      } finally {
        await px.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
}
