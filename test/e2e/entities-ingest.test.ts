import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runParallax } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'entities');

/** One event reported in four languages, plus an article about the Bidens and an unrelated one. */
const VISIT = {
  de: 'de-selenskyj-rutte.txt',
  en: 'en-zelenskyy-rutte.txt',
  uk: 'uk-zelenskyi-rutte.txt',
  ru: 'ru-zelenskii-rutte.txt',
} as const;
const BIDENS = 'en-biden-memoir.txt';
const MUSEUM = 'fr-musee-orsay.txt';
const ARTICLES = [...Object.values(VISIT), BIDENS, MUSEUM];

type Lang = keyof typeof VISIT;
interface Span {
  start: number;
  end: number;
  text: string;
}
interface Mention extends Span {
  type: string;
  name: string;
  entity: string | null;
  ref: string | null;
}
interface Shown {
  text: string;
  published: string | null;
  entities: Mention[];
  dates: (Span & { value: string })[];
  quantities: (Span & { value: number; kind: string; unit: string | null })[];
  quotes: (Span & { quote: string; speaker: Span | null })[];
}
interface EntityView {
  id: string;
  name: string;
  type: string;
  ref: string | null;
  variants: { name: string; lang: string; mentions: number }[];
  articles: string[];
  mentions: number;
}

/** How each article writes the name, in every inflected form it uses. */
const WRITTEN: Record<string, { type: string; forms: Record<Lang, string[]> }> = {
  Zelenskyy: {
    type: 'person',
    forms: {
      de: ['Wolodymyr Selenskyj', 'Selenskyj', 'Selenskyjs'],
      en: ['Volodymyr Zelenskyy', 'Zelenskyy'],
      uk: ['Володимир Зеленський', 'Зеленський', 'Зеленського'],
      ru: ['Владимир Зеленский', 'Зеленский', 'Зеленского'],
    },
  },
  Kyiv: {
    type: 'place',
    forms: { de: ['Kiew'], en: ['Kyiv'], uk: ['Київ', 'Києві'], ru: ['Киев', 'Киеве'] },
  },
  NATO: {
    type: 'organization',
    forms: { de: ['Nato'], en: ['NATO'], uk: ['НАТО'], ru: ['НАТО'] },
  },
  Rutte: {
    type: 'person',
    forms: {
      de: ['Mark Rutte', 'Rutte'],
      en: ['Mark Rutte', 'Rutte'],
      uk: ['Марк Рютте', 'Марка Рютте', 'Марком Рютте'],
      ru: ['Марк Рютте', 'Марка Рютте', 'Марком Рютте'],
    },
  },
};

let dir: string;
const shown = new Map<string, Shown>();

const px = (...argv: string[]) => runParallax([...argv, '--db', 'test.db'], { cwd: dir });
const json = async <T>(...argv: string[]): Promise<T> =>
  JSON.parse((await px(...argv, '--json')).stdout) as T;
const show = (id: string) => shown.get(id) as Shown;

/** Offsets of a word or phrase in text, skipping places where it is part of a longer word. */
function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) found.push(at);
  }
  return found;
}

/** The entity id of the mention covering each occurrence of the forms (null: no mention there). */
function linkedAt(id: string, forms: readonly string[]): { at: string; entity: string | null }[] {
  const article = show(id);
  return forms.flatMap((form) =>
    occurrences(article.text, form).map((start) => {
      const end = start + form.length;
      const covering = article.entities.find((m) => m.start <= start && end <= m.end);
      return { at: `${id} "${form}" [${start}–${end}]`, entity: covering?.entity ?? null };
    }),
  );
}

/** The entity id of the first mention written exactly like this in the article. */
function entityOf(id: string, text: string): string {
  const mention = show(id).entities.find((m) => m.text === text);
  if (!mention?.entity) throw new Error(`no linked mention "${text}" in ${id}`);
  return mention.entity;
}

/** The entity id the English report gives a name in WRITTEN. */
const idOf = (key: string) => entityOf(VISIT.en, WRITTEN[key]?.forms.en[0] ?? key);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-entities-ingest-'));
  await cp(FIXTURES, join(dir, 'in'), { recursive: true });
  const run = await px('ingest', 'in');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  for (const id of ARTICLES) shown.set(id, await json<Shown>('show', id));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('parallax ingest: entities across languages and scripts', () => {
  test.each(Object.keys(WRITTEN))(
    'links every form of %s in de, en, uk and ru to one entity',
    async (key) => {
      const { type, forms } = WRITTEN[key] as (typeof WRITTEN)[string];
      const id = idOf(key);
      const linked = (Object.keys(VISIT) as Lang[]).flatMap((lang) => linkedAt(VISIT[lang], forms[lang]));
      expect(linked.length).toBeGreaterThanOrEqual(4);
      expect(linked).toEqual(linked.map(({ at }) => ({ at, entity: id })));

      const view = await json<EntityView>('entity', id);
      expect(view.type).toBe(type);
      expect([...view.articles].sort()).toEqual(Object.values(VISIT).sort());
      const variants = view.variants.map((v) => `${v.lang}: ${v.name}`);
      const expected = (Object.keys(VISIT) as Lang[]).flatMap((lang) =>
        forms[lang].map((f) => `${lang}: ${f}`),
      );
      expect(variants).toEqual(expect.arrayContaining(expected));
    },
  );

  test('names the one story in which the four reports of the visit mention Zelenskyy', async () => {
    const view = await json<EntityView & { stories: { id: string; articles: number }[] }>(
      'entity',
      idOf('Zelenskyy'),
    );
    expect(view.stories).toEqual([{ id: expect.stringMatching(/^s-/), articles: 4 }]);
  });

  test('links Kyiv and NATO to their gazetteer entries', async () => {
    const kyiv = await json<EntityView>('entity', idOf('Kyiv'));
    const nato = await json<EntityView>('entity', idOf('NATO'));
    expect({ kyiv: kyiv.ref, nato: nato.ref }).toEqual({ kyiv: 'city:703448', nato: 'org:nato' });
  });

  test('lists the shared entities once, each with all four articles', async () => {
    const listed = await json<EntityView[]>('entities', '--limit', '100');
    for (const id of Object.keys(WRITTEN).map(idOf)) {
      expect(listed.filter((e) => e.id === id)).toHaveLength(1);
      expect(listed.find((e) => e.id === id)?.articles).toHaveLength(4);
    }
    const people = await json<EntityView[]>('entities', '--type', 'person', '--article', VISIT.uk);
    expect(people.map((e) => e.id).sort()).toEqual([idOf('Zelenskyy'), idOf('Rutte')].sort());
  });

  test('finds exactly the names in the English report, and nothing else', () => {
    expect(show(VISIT.en).entities.map((m) => [m.text, m.type])).toEqual([
      ['Zelenskyy', 'person'],
      ['NATO', 'organization'],
      ['Rutte', 'person'],
      ['Kyiv', 'place'],
      ['Volodymyr Zelenskyy', 'person'],
      ['NATO', 'organization'],
      ['Mark Rutte', 'person'],
      ['Kyiv', 'place'],
      ['Zelenskyy', 'person'],
      ['Rutte', 'person'],
      ['NATO', 'organization'],
      ['White House', 'organization'],
      ['Zelenskyy', 'person'],
      ['Brussels', 'place'],
    ]);
  });

  test('keeps two people who share a surname apart', async () => {
    const joe = linkedAt(BIDENS, ['Joe Biden']);
    const hunter = linkedAt(BIDENS, ['Hunter Biden']);
    const joeId = entityOf(BIDENS, 'Joe Biden');
    const hunterId = entityOf(BIDENS, 'Hunter Biden');
    expect(joe).toEqual(joe.map(({ at }) => ({ at, entity: joeId })));
    expect(hunter).toEqual(hunter.map(({ at }) => ({ at, entity: hunterId })));
    expect(new Set([joeId, hunterId, entityOf(BIDENS, 'Beau Biden')]).size).toBe(3);

    const names = async (id: string) => (await json<EntityView>('entity', id)).variants.map((v) => v.name);
    expect({ joe: await names(joeId), hunter: await names(hunterId) }).toEqual({
      joe: ['Joe Biden'],
      hunter: ['Hunter Biden'],
    });
  });

  test('shares no entity between the unrelated article and the others', () => {
    const ids = (id: string) => new Set(show(id).entities.map((m) => m.entity));
    const museum = ids(MUSEUM);
    const others = ARTICLES.filter((id) => id !== MUSEUM).flatMap((id) => [...ids(id)]);
    expect(others.filter((id) => museum.has(id))).toEqual([]);
    expect(show(MUSEUM).entities.map((m) => [m.text, m.type])).toEqual(
      expect.arrayContaining([
        ['Paris', 'place'],
        ['Claude Monet', 'person'],
      ]),
    );
  });
});

describe('parallax show: offsets, quotes, numbers and dates', () => {
  test.each(ARTICLES)('every span of %s points at its text in the cleaned text', (id) => {
    const { text, entities, dates, quantities, quotes } = show(id);
    const spans: Span[] = [
      ...entities,
      ...dates,
      ...quantities,
      ...quotes,
      ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
    ];
    expect(entities.length).toBeGreaterThan(0);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(spans.map((s) => s.text));
  });

  test.each([
    ['de', 'Jede Nacht ohne diese Systeme kostet Menschenleben in unseren Städten', 'Selenskyj'],
    ['en', 'Every night without these systems costs lives in our cities', 'Zelenskyy'],
  ] as const)('attributes the %s quote to its named speaker', (lang, words, speaker) => {
    const article = show(VISIT[lang]);
    const quote = article.quotes.find((q) => q.quote.includes(words));
    const said = quote?.speaker;
    expect(said?.text).toBe(speaker);
    const mention = article.entities.find((m) => said && m.start <= said.start && said.end <= m.end);
    expect(mention?.entity).toBe(idOf('Zelenskyy'));
  });

  test.each([
    ['de', '24 Stunden', '6 Milliarden Euro'],
    ['en', '24 hours', '6 billion euros'],
    ['uk', '24 годин', '6 мільярдів євро'],
    ['ru', '24 часов', '6 миллиардов евро'],
  ] as const)('reads "within 24 hours" and "6 billion euros" in %s', (lang, hours, euros) => {
    const { quantities } = show(VISIT[lang]);
    expect(quantities.map(({ text, value, kind, unit }) => ({ text, value, kind, unit }))).toEqual(
      expect.arrayContaining([
        { text: hours, value: 24, kind: 'duration', unit: 'hour' },
        { text: euros, value: 6e9, kind: 'money', unit: 'EUR' },
      ]),
    );
  });

  test.each([
    ['de', 'am Donnerstag'],
    ['en', 'June 13'],
    ['uk', 'у четвер'],
    ['ru', 'в четверг'],
  ] as const)('dates the meeting in %s from the dateline', (lang, written) => {
    const { published, dates } = show(VISIT[lang]);
    expect(published).toBe('2024-06-14');
    expect(dates.map(({ text, value }) => ({ text, value }))).toEqual([
      { text: written, value: '2024-06-13' },
    ]);
  });
});

describe('parallax ingest, twice', () => {
  test('changes no entity, id or mention when the same folder is ingested again', async () => {
    const snapshot = async () => ({
      entities: await json<EntityView[]>('entities', '--limit', '1000'),
      articles: await Promise.all(ARTICLES.map((id) => json<Shown>('show', id))),
    });
    const before = await snapshot();
    const again = await json<{ ingested: number; updated: number; unchanged: number }>('ingest', 'in');
    expect(again).toMatchObject({ ingested: 0, updated: 0, unchanged: ARTICLES.length });
    expect(await snapshot()).toEqual(before);
  });
});
