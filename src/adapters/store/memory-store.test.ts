import { expect, it } from 'vitest';
import { testStore } from '../../../test/contracts/store-contract.js';
import { makeArticle, SAMPLES } from '../../../test/fixtures/articles.js';
import { createStore } from './index.js';
import { createMemoryStore } from './memory-store.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';

testStore('memory', () => createMemoryStore());
testStore('createStore({ kind: memory })', () => createStore({ kind: 'memory' }));

it('marks matches in a snippet cut like FTS5 snippet()', async () => {
  const store = await createMemoryStore();
  await store.putArticles([makeArticle({ id: 'de-1', ...SAMPLES.de })]);
  expect((await store.search('prasident')).map((hit) => hit.snippet)).toEqual([
    'Der [Präsident] besucht die Küstenstädte\nDer [Präsident] der Republik hat am Montag…',
  ]);
  await store.close();
});

it('finds the same articles with the same snippets as the SQLite store', async () => {
  const words = [
    ...['the', 'budget', 'climate', 'flood', 'town', 'news', 'minister', 'said', 'peace', 'Präsident', 'der'],
    ...['Straßen', 'Зеленський', 'у', 'делегацією', 'école', 'réforme', 'la'],
  ];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = (count: number) => Array.from({ length: count }, () => words[next(words.length)]);
  const articles = Object.values(SAMPLES).map((sample, i) => makeArticle({ id: `sample-${i}`, ...sample }));
  for (let i = 0; i < 200; i++) {
    const text = pick(1 + next(40))
      .map((word) => word + (['.', ':', ',', '', '', ''][next(6)] ?? ''))
      .join(next(3) === 0 ? '\n' : ' ');
    articles.push(
      makeArticle({ id: `random-${i}`, text, title: next(4) === 0 ? null : pick(1 + next(5)).join(' ') }),
    );
  }
  const sqlite = await createSqliteStore(':memory:');
  const memory = await createMemoryStore();
  await sqlite.putArticles(articles);
  await memory.putArticles(articles);

  for (const query of [
    ...words,
    'budget climate',
    'der präs*',
    'з делегац*',
    'town news',
    'mini*',
    'the the',
  ]) {
    const byId = (hits: { id: string }[]) => [...hits].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await memory.search(query, 1000)), query).toEqual(byId(await sqlite.search(query, 1000)));
  }
  await sqlite.close();
  await memory.close();
});
