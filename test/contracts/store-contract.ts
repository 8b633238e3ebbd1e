import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issue } from '../../src/core/issues.js';
import { type DuplicateCandidate, MAX_BAND_CANDIDATES, type Store } from '../../src/core/store.js';
import type { Article, ArticleSummary } from '../../src/core/types.js';
import { makeArticle, SAMPLES } from '../fixtures/articles.js';
import { makeEntityRecord } from '../fixtures/entities.js';
import { describeEntityStore } from './store-entities-contract.js';
import { describeFeedStore } from './store-feeds-contract.js';
import { describeStoryStore } from './store-stories-contract.js';

const en = makeArticle({ id: 'en-1', ...SAMPLES.en });
const de = makeArticle({ id: 'de-1', ...SAMPLES.de });
const uk = makeArticle({ id: 'uk-1', ...SAMPLES.uk, site: 'ukrinform.ua' });
const fr = makeArticle({ id: 'fr-1', ...SAMPLES.fr, site: null });

function summaryOf(article: Article): ArticleSummary {
  return {
    id: article.id,
    lang: article.lang,
    title: article.title,
    source: article.source,
    published: article.published,
    duplicateOf: article.duplicateOf,
    chars: article.text.length,
    sentences: article.sentences.length,
  };
}

function candidateOf(article: Article): DuplicateCandidate {
  const { fingerprint } = article;
  return {
    id: article.id,
    duplicateOf: article.duplicateOf,
    contentHash: fingerprint.content,
    minhash: fingerprint.minhash,
  };
}

async function ids(store: Store): Promise<string[]> {
  return (await store.listArticles()).map((summary) => summary.id);
}

/**
 * The behaviour every Store implementation must show; `create` must return a new, empty store each call.
 * @example testStore('memory', () => createMemoryStore());
 */
export function testStore(name: string, create: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('when empty', () => {
      it('finds no article, summary, hit or candidate', async () => {
        expect(await store.getArticle('en-1')).toBeNull();
        expect(await store.listArticles()).toEqual([]);
        expect(await store.search('climate')).toEqual([]);
        expect(await store.findByContentHash(en.fingerprint.content)).toBeNull();
        expect(await store.findByBands(['0:abc'])).toEqual([]);
      });

      it('knows no input hashes and no line counts', async () => {
        expect(await store.getInputHashes(['en-1'])).toEqual(new Map());
        expect(await store.getLineCounts('example.org', ['line-1'])).toEqual(new Map());
      });

      it('reports zero articles, zero duplicates and no languages', async () => {
        expect(await store.stats()).toEqual({ articles: 0, duplicates: 0, languages: {} });
      });
    });

    describe('putArticles and getArticle', () => {
      it('returns exactly the article that was put, fields, typed minhash, issues and all', async () => {
        const full = makeArticle({
          id: 'de-full',
          ...SAMPLES.de,
          format: 'html',
          original: `<html lang="de"><p>Teilen auf Facebook</p><p>${SAMPLES.de.text}</p></html>`,
          extracted: `Teilen auf Facebook\n${SAMPLES.de.text}`,
          origin: { path: 'feeds/de.jsonl', line: 7 },
          declaredLang: 'de',
          removed: [{ text: 'Teilen auf Facebook', reason: 'share_widget', start: 0, end: 19 }],
          duplicateOf: 'de-0',
          metadata: {
            section: 'Politik',
            tags: ['Küste', 'Wahl'],
            nested: { rank: 2, live: false, editor: null },
          },
          issues: [
            issue(
              'encoding_fallback',
              'warning',
              { path: 'feeds/de.jsonl', line: 7 },
              { encoding: 'cp1252' },
            ),
          ],
          fingerprint: {
            minhash: Uint32Array.from([0, 1, 0x7fffffff, 0xffffffff]),
            bands: ['0:k2f', '1:9xa'],
            lines: ['line-a', 'line-b'],
          },
        });
        await store.putArticles([full]);

        const stored = await store.getArticle('de-full');
        expect(stored).toEqual(full);
        expect(stored?.fingerprint.minhash).toBeInstanceOf(Uint32Array);
      });

      it('returns an empty minhash as an empty Uint32Array', async () => {
        const short = makeArticle({
          id: 'short',
          text: 'Kurz.',
          fingerprint: { minhash: new Uint32Array(0) },
        });
        await store.putArticles([short]);
        expect(await store.getArticle('short')).toEqual(short);
      });

      it('keeps its own copy, unaffected by later changes to the put or returned objects', async () => {
        const article = makeArticle({ id: 'en-1', metadata: { tags: ['climate'] } });
        await store.putArticles([article]);
        (article.metadata.tags as string[]).push('changed');
        article.fingerprint.minhash[0] = 42;
        const first = await store.getArticle('en-1');
        first?.issues.push(issue('invalid_date', 'warning', first.origin));

        expect(await store.getArticle('en-1')).toEqual(
          makeArticle({ id: 'en-1', metadata: { tags: ['climate'] } }),
        );
      });

      it('replaces an article stored under the same id', async () => {
        const updated = makeArticle({
          id: 'en-1',
          text: 'Parliament delays the budget\nThe vote moved to May.',
        });
        await store.putArticles([en]);
        await store.putArticles([updated]);
        expect(await store.getArticle('en-1')).toEqual(updated);
        expect(await store.listArticles()).toEqual([summaryOf(updated)]);
      });

      it('keeps the first-seen order when an article is replaced', async () => {
        await store.putArticles([en, de, uk]);
        await store.putArticles([{ ...en, title: 'Updated' }]);
        expect(await ids(store)).toEqual(['en-1', 'de-1', 'uk-1']);
      });

      it('treats an id repeated in one batch as one article, the last version winning', async () => {
        const second = makeArticle({ id: 'en-1', title: 'Second version' });
        await store.putArticles([en, de, second]);
        expect(await ids(store)).toEqual(['en-1', 'de-1']);
        expect(await store.getArticle('en-1')).toEqual(second);
      });

      it('changes nothing for an empty batch', async () => {
        await store.putArticles([]);
        expect(await store.stats()).toEqual({ articles: 0, duplicates: 0, languages: {} });
      });

      it('stores nothing from a batch when one article cannot be stored', async () => {
        const unstorable = makeArticle({ id: 'bad', metadata: { size: 10n } });
        const entity = makeEntityRecord({ id: 'person:berg', keys: ['BRK'] });
        await expect(store.putArticles([en, unstorable], [entity])).rejects.toMatchObject({
          name: 'ParallaxError',
          code: 'store_failed',
        });
        expect(await store.getArticle('en-1')).toBeNull();
        expect(await store.getEntityRecords(['person:berg'])).toEqual([]);
        expect(await store.listArticles()).toEqual([]);
        expect(await store.getLineCounts('example.org', en.fingerprint.lines)).toEqual(new Map());
      });

      it('maps stored ids to their input hashes and leaves unknown ids out', async () => {
        await store.putArticles([en, de]);
        expect(await store.getInputHashes(['de-1', 'missing', 'en-1'])).toEqual(
          new Map([
            ['de-1', 'input-de-1'],
            ['en-1', 'input-en-1'],
          ]),
        );
        expect(await store.getInputHashes([])).toEqual(new Map());
      });
    });

    describe('listArticles', () => {
      it('lists summaries in ingest order', async () => {
        await store.putArticles([en, de]);
        await store.putArticles([uk]);
        expect(await store.listArticles()).toEqual([
          {
            id: 'en-1',
            lang: 'en',
            title: 'Parliament approves the new climate budget',
            source: 'Example News',
            published: '2024-05-06T08:00:00Z',
            duplicateOf: null,
            chars: SAMPLES.en.text.length,
            sentences: 3,
          },
          summaryOf(de),
          summaryOf(uk),
        ]);
      });

      it('filters by language', async () => {
        const de2 = makeArticle({ id: 'de-2', lang: 'de', text: 'Zweiter Artikel\nNoch ein Text.' });
        await store.putArticles([de, en, de2]);
        expect(await store.listArticles({ lang: 'de' })).toEqual([summaryOf(de), summaryOf(de2)]);
        expect(await store.listArticles({ lang: 'pl' })).toEqual([]);
      });

      it('pages with limit and offset', async () => {
        await store.putArticles([en, de, uk, fr]);
        expect(await store.listArticles({ limit: 2, offset: 1 })).toEqual([summaryOf(de), summaryOf(uk)]);
        expect(await store.listArticles({ offset: 3 })).toEqual([summaryOf(fr)]);
        expect(await store.listArticles({ offset: 10 })).toEqual([]);
        expect(await store.listArticles({ limit: 0 })).toEqual([]);
      });

      it('returns at most 100 summaries unless told otherwise', async () => {
        const many = Array.from({ length: 101 }, (_, i) =>
          makeArticle({ id: `a-${String(i).padStart(3, '0')}` }),
        );
        await store.putArticles(many);
        const listed = await store.listArticles();
        expect(listed).toHaveLength(100);
        expect(listed.at(-1)?.id).toBe('a-099');
        expect(await store.listArticles({ limit: 200 })).toHaveLength(101);
      });

      it('counts chars in UTF-16 code units, as String.length does', async () => {
        const emoji = makeArticle({ id: 'emoji', text: 'Tor für Köln ⚽\nDie Fans feiern 🎉 bis spät.' });
        await store.putArticles([emoji]);
        expect(await store.listArticles()).toEqual([{ ...summaryOf(emoji), chars: 43 }]);
      });

      it('rejects a negative or fractional limit or offset as a usage error', async () => {
        const usage = { name: 'ParallaxError', code: 'usage' };
        await expect(store.listArticles({ limit: -1 })).rejects.toMatchObject(usage);
        await expect(store.listArticles({ limit: 1.5 })).rejects.toMatchObject(usage);
        await expect(store.listArticles({ offset: -3 })).rejects.toMatchObject(usage);
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await store.putArticles([en, de, uk, fr]);
      });

      it('finds Präsident when searching prasident', async () => {
        expect(await store.search('prasident')).toEqual([
          { id: 'de-1', title: de.title, lang: 'de', snippet: expect.stringContaining('[Präsident]') },
        ]);
      });

      it('finds Зеленський when searching зеленський', async () => {
        expect(await store.search('зеленський')).toEqual([
          { id: 'uk-1', title: uk.title, lang: 'uk', snippet: expect.stringContaining('[Зеленський]') },
        ]);
      });

      it('ignores case and diacritics in the query too', async () => {
        expect((await store.search('PARLIAMENT')).map((hit) => hit.id)).toEqual(['en-1']);
        expect((await store.search('Bürgermeister')).map((hit) => hit.id)).toEqual(['de-1']);
        expect((await store.search('ECOLE')).map((hit) => hit.id)).toEqual(['fr-1']);
      });

      it('requires every word of the query', async () => {
        expect((await store.search('präsident küstenstädte')).map((hit) => hit.id)).toEqual(['de-1']);
        expect(await store.search('präsident parliament')).toEqual([]);
      });

      it('keeps a trailing * as a prefix search', async () => {
        expect((await store.search('präs*')).map((hit) => hit.id)).toEqual(['de-1']);
        expect((await store.search('делегац*')).map((hit) => hit.id)).toEqual(['uk-1']);
        expect(await store.search('präs')).toEqual([]);
      });

      it('treats FTS syntax in the query as plain words', async () => {
        for (const query of [
          '"',
          'NEAR(',
          'budget"',
          '(climate',
          'title:',
          '-',
          '*',
          'AND OR NOT',
          '^x',
          '{a b}',
        ]) {
          await expect(store.search(query)).resolves.toBeInstanceOf(Array);
        }
        expect((await store.search('(climate) "budget"')).map((hit) => hit.id)).toEqual(['en-1']);
        expect((await store.search("l'école")).map((hit) => hit.id)).toEqual(['fr-1']);
      });

      it('finds nothing for a query without words', async () => {
        expect(await store.search('')).toEqual([]);
        expect(await store.search('  ?! – ')).toEqual([]);
      });

      it('searches titles as well as texts', async () => {
        await store.putArticles([
          makeArticle({ id: 'title-only', title: 'Sondersitzung', text: 'Heute tagt der Rat.' }),
        ]);
        expect(await store.search('sondersitzung')).toEqual([
          { id: 'title-only', title: 'Sondersitzung', lang: 'en', snippet: '[Sondersitzung]' },
        ]);
      });

      it('finds a replaced article by its new words only', async () => {
        await store.putArticles([
          makeArticle({ id: 'de-1', lang: 'de', text: 'Hochwasser in Passau\nDie Donau steigt.' }),
        ]);
        expect(await store.search('präsident')).toEqual([]);
        expect((await store.search('donau')).map((hit) => hit.id)).toEqual(['de-1']);
      });

      it('ranks the article that mentions the words most often first', async () => {
        const flood = makeArticle({
          id: 'flood',
          text: 'Flood warning\nThe flood reached the town. Flood defences held.',
        });
        const once = makeArticle({
          id: 'once',
          text: 'Regional news\nThe council met, the library reopened, a new bus line started and a flood was feared.',
        });
        await store.putArticles([once, flood]);
        expect((await store.search('flood')).map((hit) => hit.id)).toEqual(['flood', 'once']);
      });

      it('stops at the limit', async () => {
        const climate = ['c-1', 'c-2', 'c-3'].map((id) =>
          makeArticle({ id, text: `Climate ${id}\nClimate news.` }),
        );
        await store.putArticles(climate);
        expect(await store.search('climate', 2)).toHaveLength(2);
        expect(await store.search('climate', 0)).toEqual([]);
      });

      it('rejects a negative limit as a usage error', async () => {
        await expect(store.search('climate', -1)).rejects.toMatchObject({
          name: 'ParallaxError',
          code: 'usage',
        });
      });
    });

    describe('duplicate candidates', () => {
      it('finds the first-seen article with a content hash', async () => {
        const copy = makeArticle({ id: 'en-copy', ...SAMPLES.en, duplicateOf: 'en-1' });
        await store.putArticles([en, copy]);
        expect(await store.findByContentHash(en.fingerprint.content)).toEqual(candidateOf(en));
        expect(await store.findByContentHash('content-unknown')).toBeNull();
      });

      it('stops finding a replaced article by its old content hash', async () => {
        const copy = makeArticle({ id: 'en-copy', ...SAMPLES.en, duplicateOf: 'en-1' });
        await store.putArticles([en, copy]);
        await store.putArticles([{ ...en, fingerprint: { ...en.fingerprint, content: 'content-new' } }]);
        expect(await store.findByContentHash(en.fingerprint.content)).toEqual(candidateOf(copy));
      });

      it('finds originals sharing any band key, each once, in ingest order, and skips copies', async () => {
        const a = makeArticle({ id: 'a', fingerprint: { bands: ['0:x', '1:y'] } });
        const b = makeArticle({ id: 'b', duplicateOf: 'a', fingerprint: { bands: ['1:y', '2:z'] } });
        const c = makeArticle({ id: 'c', fingerprint: { bands: ['3:w'] } });
        const d = makeArticle({ id: 'd', fingerprint: { bands: ['2:z'] } });
        await store.putArticles([a, b, c, d]);
        expect(await store.findByBands(['2:z', '1:y', '0:x'])).toEqual([candidateOf(a), candidateOf(d)]);
        expect(await store.findByBands(['9:none'])).toEqual([]);
        expect(await store.findByBands([])).toEqual([]);
      });

      it('returns at most MAX_BAND_CANDIDATES, the first-seen ones', async () => {
        const many = Array.from({ length: MAX_BAND_CANDIDATES + 5 }, (_, i) =>
          makeArticle({ id: `n${String(i).padStart(3, '0')}`, fingerprint: { bands: ['0:popular'] } }),
        );
        await store.putArticles(many);
        const found = await store.findByBands(['0:popular']);
        expect(found.map((c) => c.id)).toEqual(many.slice(0, MAX_BAND_CANDIDATES).map((a) => a.id));
      });

      it('forgets the old band keys of a replaced article', async () => {
        const a = makeArticle({ id: 'a', fingerprint: { bands: ['0:x'] } });
        const replaced = makeArticle({ id: 'a', fingerprint: { bands: ['0:new'] } });
        await store.putArticles([a]);
        await store.putArticles([replaced]);
        expect(await store.findByBands(['0:x'])).toEqual([]);
        expect(await store.findByBands(['0:new'])).toEqual([candidateOf(replaced)]);
      });
    });

    describe('line counts', () => {
      const a = makeArticle({ id: 'a', fingerprint: { lines: ['nav', 'footer', 'nav'] } });
      const b = makeArticle({ id: 'b', fingerprint: { lines: ['nav', 'body-b'] } });

      it("counts a site's line once per new article, not on re-put", async () => {
        await store.putArticles([a, b]);
        await store.putArticles([{ ...a, fingerprint: { ...a.fingerprint, lines: ['nav', 'other'] } }]);
        expect(await store.getLineCounts('example.org', ['nav', 'footer', 'body-b', 'other'])).toEqual(
          new Map([
            ['nav', 2],
            ['footer', 1],
            ['body-b', 1],
          ]),
        );
      });

      it('keeps counts apart per site', async () => {
        await store.putArticles([a, { ...b, site: 'other.example' }]);
        expect(await store.getLineCounts('example.org', ['nav', 'body-b'])).toEqual(new Map([['nav', 1]]));
        expect(await store.getLineCounts('other.example', ['nav'])).toEqual(new Map([['nav', 1]]));
      });

      it('does not count the lines of an article without a site', async () => {
        await store.putArticles([{ ...a, site: null }]);
        expect(await store.getLineCounts('example.org', ['nav', 'footer'])).toEqual(new Map());
      });
    });

    describe('stats and runs', () => {
      it('counts articles, duplicates and articles per language', async () => {
        const copy = makeArticle({ id: 'en-copy', ...SAMPLES.en, duplicateOf: 'en-1' });
        const unknown = makeArticle({ id: 'unknown', lang: null, text: '12:30 — 4:2' });
        await store.putArticles([en, copy, de, uk, unknown]);
        expect(await store.stats()).toEqual({
          articles: 5,
          duplicates: 1,
          languages: { en: 2, de: 1, uk: 1 },
        });
      });

      it('records an ingest run', async () => {
        const run = {
          startedAt: '2024-05-06T09:00:00Z',
          finishedAt: '2024-05-06T09:01:00Z',
          inputs: ['feeds/'],
        };
        await expect(store.recordRun({ ...run, summary: { stored: 4, failed: 1 } })).resolves.toBeUndefined();
        await expect(store.recordRun({ ...run, summary: undefined })).resolves.toBeUndefined();
      });
    });

    describe('close', () => {
      it('can be called twice', async () => {
        await store.close();
        await expect(store.close()).resolves.toBeUndefined();
      });

      it('rejects every later call with store_failed', async () => {
        await store.putArticles([en]);
        await store.close();
        const closed = { name: 'ParallaxError', code: 'store_failed' };
        await expect(store.getArticle('en-1')).rejects.toMatchObject(closed);
        await expect(store.putArticles([de])).rejects.toMatchObject(closed);
        await expect(store.search('climate')).rejects.toMatchObject(closed);
        await expect(store.stats()).rejects.toMatchObject(closed);
        await expect(store.findEntities(['BRK'])).rejects.toMatchObject(closed);
        await expect(store.getEntityRecords(['person:berg'])).rejects.toMatchObject(closed);
        await expect(store.listEntities()).rejects.toMatchObject(closed);
        await expect(store.getEntity('person:berg')).rejects.toMatchObject(closed);
      });
    });

    describeEntityStore(() => store);
    describeStoryStore(() => store);
    describeFeedStore(() => store);
  });
}
