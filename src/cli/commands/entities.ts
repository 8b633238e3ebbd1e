import type { Command } from 'commander';
import { toEntityDetailView, toEntityView } from '../../contract/entity-view.js';
import type { EntityType } from '../../core/types.js';
import type { Parallax } from '../../engine/parallax.js';
import { found, withParallax } from '../context.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { formatEntity, formatEntityRows, MAX_ENTITY_ARTICLES } from './entities-format.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  type?: EntityType;
  article?: string;
  story?: string;
  limit?: number;
  offset?: number;
}

export function registerEntities(program: Command, io: CliIO): void {
  program
    .command('entities')
    .description('list the people, organisations and places found, those in most articles first')
    .addOption(option('db'))
    .addOption(option('entityType'))
    .addOption(option('article'))
    .addOption(option('story'))
    .addOption(option('limit'))
    .addOption(option('offset'))
    .addOption(option('json'))
    .action(async (flags: ListFlags) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const articles = [
          ...(flags.article ? [flags.article] : []),
          ...(flags.story ? await _storyArticles(px, flags.story) : []),
        ];
        const rows = await px.entities({
          ...(flags.type ? { type: flags.type } : {}),
          ...(flags.article || flags.story ? { articles } : {}),
          limit: flags.limit ?? 100,
          offset: flags.offset ?? 0,
        });
        if (out.json) return out.data(rows.map(toEntityView));
        if (rows.length === 0) return out.note('no entities found');
        for (const line of formatEntityRows(rows, io.stderr.columns ?? 100)) out.line(line);
      });
    });

  program
    .command('entity')
    .description('show one entity: canonical name, type, written forms with languages and counts, articles')
    .argument('<entity-id>', 'id as listed by `parallax entities`')
    .addOption(option('db'))
    .addOption(option('json'))
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const entity = found(await px.entity(id), 'entity', id, 'entities');
        const detail = toEntityDetailView(entity, await px.articleStories(entity.articles));
        if (out.json) return out.data(detail);
        const shown = entity.articles.slice(0, MAX_ENTITY_ARTICLES);
        const articles = (await Promise.all(shown.map((articleId) => px.article(articleId)))).filter(
          (article) => article !== null,
        );
        for (const line of formatEntity(entity, articles, io.stderr.columns ?? 100, detail.stories)) {
          out.line(line);
        }
      });
    });
}

async function _storyArticles(px: Parallax, id: string): Promise<string[]> {
  found(await px.story(id), 'story', id, 'stories');
  return px.storyArticles(id);
}
