import type { Command } from 'commander';
import { toArticleView } from '../../contract/article-view.js';
import { found, withParallax } from '../context.js';
import { formatArticleRows } from '../format.js';
import { type CliIO, createOutput } from '../io.js';
import { option } from '../options.js';
import { formatArticle } from './show-format.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  lang?: string;
  limit?: number;
  offset?: number;
}

export function registerArticles(program: Command, io: CliIO): void {
  program
    .command('articles')
    .description('list stored articles in ingest order')
    .addOption(option('db'))
    .addOption(option('lang'))
    .addOption(option('limit'))
    .addOption(option('offset'))
    .addOption(option('json'))
    .action(async (flags: ListFlags) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const rows = await px.articles({
          ...(flags.lang ? { lang: flags.lang } : {}),
          limit: flags.limit ?? 100,
          offset: flags.offset ?? 0,
        });
        if (out.json) return out.data(rows);
        if (rows.length === 0) return out.note('no articles (ingest some with `parallax ingest <paths>`)');
        for (const line of formatArticleRows(rows, io.stderr.columns ?? 100)) out.line(line);
      });
    });

  program
    .command('show')
    .description(
      'show one article: text, removed spans with reasons, sentences, entities, dates, numbers, quotes',
    )
    .argument('<article-id>', 'id as listed by `parallax articles`')
    .addOption(option('db'))
    .addOption(option('json'))
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const article = found(await px.article(id), 'article', id, 'articles');
        if (out.json) out.data(toArticleView(article));
        else for (const line of formatArticle(article)) out.line(line);
      });
    });

  program
    .command('search')
    .description('full-text search over titles and cleaned text (case and accents ignored)')
    .argument('<query...>', 'words to find')
    .addOption(option('db'))
    .addOption(option('limit'))
    .addOption(option('json'))
    .action(async (words: string[], flags: { db?: string; json?: boolean; limit?: number }) => {
      const out = createOutput(io, flags);
      await withParallax(io, flags.db, async (px) => {
        const hits = await px.search(words.join(' '), flags.limit ?? 20);
        if (out.json) return out.data(hits);
        if (hits.length === 0) return out.note('no matches');
        for (const hit of hits) out.line(`${hit.id}  ${hit.lang ?? '??'}  ${hit.snippet}`);
      });
    });
}
