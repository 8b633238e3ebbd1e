import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_STORY_OPTIONS } from '../../src/core/stories/index.js';
import { runParallax } from './run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'stories');

interface Label {
  id: string;
  story: string;
  lang: string;
}
interface StoryView {
  id: string;
  title: string | null;
  titles: Record<string, string>;
  languages: Record<string, number>;
  articles: number;
  sources: number;
  first_seen: string;
  last_seen: string;
  top_entities: string[];
}
interface ExportLine {
  id: string;
  story: string | null;
  lang: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  duplicate_of: string | null;
}
interface LogEntry {
  story: string;
  at: string;
  event: string;
  article: string | null;
  other: string | null;
  reason: Record<string, unknown>;
  message: string;
}

let dir: string;
let labels: Label[];

const px = (db: string, ...argv: string[]) => runParallax([...argv, '--db', db], { cwd: dir });
const json = async <T>(db: string, ...argv: string[]): Promise<T> => {
  const run = await px(db, ...argv, '--json');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as T;
};
const jsonl = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
const exported = async (db: string): Promise<ExportLine[]> => {
  const run = await px(db, 'export', '--format', 'jsonl');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return jsonl<ExportLine>(run.stdout);
};

/** The stored stories as sets of article ids, keyed by story id. */
function membersOf(rows: readonly ExportLine[]): Record<string, string[]> {
  return _grouped(rows.map((row) => [row.story ?? '(none)', row.id]));
}

/** Each gold story's articles, keyed by the id of the stored story its first article is in. */
function goldByStory(gold: readonly Label[], rows: readonly ExportLine[]): Record<string, string[]> {
  const storyOf = new Map(rows.map((row) => [row.id, row.story]));
  const events = _grouped(gold.map((label) => [label.story, label.id]));
  return Object.fromEntries(
    Object.values(events).map((ids) => [storyOf.get(ids[0] as string) ?? '(none)', ids]),
  );
}

/** Ids by group, each list sorted. */
function _grouped(pairs: readonly [group: string, id: string][]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const [group, id] of pairs) groups[group] = [...(groups[group] ?? []), id].sort();
  return groups;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-stories-'));
  await cp(join(ROOT, 'demo'), join(dir, 'demo'), { recursive: true });
  await cp(FIXTURES, join(dir, 'brenholm'), { recursive: true });
  labels = jsonl<Label>(await readFile(join(dir, 'demo', 'labels.jsonl'), 'utf8'));
  expect(await px('demo.db', 'ingest', 'demo/corpus')).toMatchObject({ code: 0, stderr: '' });
  expect(await px('brenholm.db', 'ingest', 'brenholm/brenholm.jsonl')).toMatchObject({ code: 0, stderr: '' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('parallax stories on the demo corpus', () => {
  test('finds exactly the four labelled events, each as one story across its languages', async () => {
    const rows = await exported('demo.db');
    const stories = await json<StoryView[]>('demo.db', 'stories');

    expect(membersOf(rows)).toEqual(goldByStory(labels, rows));
    expect(stories.map(({ top_entities, ...story }) => story)).toEqual([
      {
        id: 's-0cc1973559',
        title: 'Feuer auf Fähre vor Halvik: Mindestens 14 Tote',
        titles: {
          de: 'Feuer auf Fähre vor Halvik: Mindestens 14 Tote',
          en: 'Halvik ferry fire: death toll rises to 17 as divers search wreck',
          uk: 'Пожежа на поромі біля Гальвіка: серед загиблих троє українців',
          ru: 'Число погибших при пожаре на пароме у побережья Весланда выросло до 17',
          pl: 'Pożar promu u wybrzeży Veslandu: nie żyje 17 osób',
          fr: "Incendie du ferry « Solvind » : le bilan s'alourdit à 17 morts",
        },
        languages: { de: 2, en: 2, fr: 1, pl: 1, ru: 1, uk: 1 },
        articles: 8,
        sources: 7,
        first_seen: '2025-09-12',
        last_seen: '2025-09-13',
      },
      {
        id: 's-1d9c6a1bf3',
        title: 'La sonda Selene-7 despega rumbo al polo sur de la Luna con una valenciana al frente',
        titles: {
          es: 'La sonda Selene-7 despega rumbo al polo sur de la Luna con una valenciana al frente',
          fr: 'La sonde lunaire Selene-7 s’est envolée vers le pôle Sud de la Lune',
          de: 'Mondsonde Selene-7 gestartet: Auf Eissuche am Südpol',
          en: 'Selene-7 lunar probe lifts off on ice-hunting mission',
          it: 'Selene-7 in volo verso la Luna, caccia al ghiaccio del polo sud',
          pl: 'Sonda Selene-7 w drodze na Księżyc. Na pokładzie elektronika z Gdańska',
        },
        languages: { en: 2, de: 1, es: 1, fr: 1, it: 1, pl: 1 },
        articles: 7,
        sources: 6,
        first_seen: '2025-06-24',
        last_seen: '2025-06-24',
      },
      {
        id: 's-1e5573b3dc',
        title: 'After April floods, Danube water council tightens spill rules and releases first €640m',
        titles: {
          en: 'After April floods, Danube water council tightens spill rules and releases first €640m',
          uk: 'Водна рада в Сарвені: перші 640 млн євро і центр прогнозування повеней',
          de: 'Wasserrat gibt in Sarvena die ersten 640 Millionen Euro frei',
          es: 'El Consejo del Agua Danubio-Cárpatos libera 640 millones tras las riadas de abril',
          fr: "Pollution des rivières : à Sarvena, le Conseil de l'eau Danube-Carpates durcit ses règles",
        },
        languages: { de: 1, en: 1, es: 1, fr: 1, uk: 1 },
        articles: 5,
        sources: 5,
        first_seen: '2025-05-14',
        last_seen: '2025-05-14',
      },
      {
        id: 's-0d5e650a9a',
        title: 'À Marisca, le Conseil de l’eau Danube-Carpates adopte un fonds de 2,4 milliards d’euros',
        titles: {
          fr: 'À Marisca, le Conseil de l’eau Danube-Carpates adopte un fonds de 2,4 milliards d’euros',
          uk: 'У Марісці підписали водну угоду: українські громади отримають 310 млн євро',
          de: 'Donau-Karpaten-Wasserrat beschließt Fonds über 2,4 Milliarden Euro',
          en: 'Danube water council agrees €2.4bn flood and clean-water fund in Marisca',
          es: 'Diez autoridades del Danubio sellan en Marisca un fondo de 2.400 millones para el agua',
        },
        languages: { de: 1, en: 1, es: 1, fr: 1, uk: 1 },
        articles: 5,
        sources: 5,
        first_seen: '2025-03-13',
        last_seen: '2025-03-13',
      },
    ]);
  });

  test("names each story's actors among its top entities", async () => {
    const stories = await json<StoryView[]>('demo.db', 'stories');

    expect(Object.fromEntries(stories.map((story) => [story.id, story.top_entities]))).toEqual({
      's-0cc1973559': expect.arrayContaining(['place:halvik', 'person:oleksandra-kovalenko']),
      's-1d9c6a1bf3': expect.arrayContaining(['person:lucia-ferrandis', 'person:henrik-ostrander']),
      's-1e5573b3dc': expect.arrayContaining(['place:sarvena', 'person:mirela-costinescu']),
      's-0d5e650a9a': expect.arrayContaining(['place:marisca', 'person:mirela-costinescu']),
    });
  });

  test('lists the entities of one story with entities --story, each mentioned in its articles only', async () => {
    const rows = await exported('demo.db');
    const members = membersOf(rows)['s-1d9c6a1bf3'] ?? [];
    const entities = await json<{ id: string; articles: string[] }[]>(
      'demo.db',
      'entities',
      '--story',
      's-1d9c6a1bf3',
    );

    expect(entities.map((entity) => entity.id)).toEqual(
      expect.arrayContaining(['person:lucia-ferrandis', 'person:henrik-ostrander']),
    );
    expect(entities.map((entity) => entity.id)).not.toContain('place:halvik');
    expect(entities.every((entity) => entity.articles.some((id) => members.includes(id)))).toBe(true);
    expect(await px('demo.db', 'entities', '--story', 's-0000000000')).toEqual({
      code: 1,
      stdout: '',
      stderr: '[parallax] no story with id "s-0000000000"\n  hint: list ids with `parallax stories`\n',
    });
  });

  test('scores B-cubed and pairwise F1 of 1 against the labels, cross-lingual pairs included', async () => {
    const run = await px('demo.db', 'eval', '--labels', 'demo/labels.jsonl');

    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'scored:                      25 of 25 labelled articles',
        'gold ids not in the store:   0',
        'stored articles, no label:   0 (left out)',
        'labelled, in no story:       0',
        '',
        '                     precision  recall      f1      tp      fp      fn',
        'B-cubed                  1.000   1.000   1.000',
        'pairwise                 1.000   1.000   1.000      69       0       0',
        'cross-lingual pairs      1.000   1.000   1.000      66       0       0',
        'same-language pairs      1.000   1.000   1.000       3       0       0',
        '',
      ].join('\n'),
    });
  });

  test('reports the same scores as JSON', async () => {
    const perfect = { precision: 1, recall: 1, f1: 1 };
    const pairs = (n: number) => ({ ...perfect, true_positives: n, false_positives: 0, false_negatives: 0 });

    expect(await json('demo.db', 'eval', '--labels', 'demo/labels.jsonl')).toEqual({
      labels: 25,
      documents: 25,
      not_in_store: [],
      unlabelled: 0,
      without_story: 0,
      bcubed: perfect,
      pairs: pairs(69),
      cross_lingual_pairs: pairs(66),
      same_language_pairs: pairs(3),
    });
  });

  test('exports one line per article with the documented fields, its language and its story', async () => {
    const rows = await exported('demo.db');
    const stories = await json<StoryView[]>('demo.db', 'stories');

    expect(rows.map((row) => Object.keys(row))).toEqual(
      rows.map(() => ['id', 'story', 'lang', 'title', 'published', 'source', 'url', 'duplicate_of']),
    );
    expect(rows.map((row) => row.id).sort()).toEqual(labels.map((label) => label.id).sort());
    expect(Object.fromEntries(rows.map((row) => [row.id, row.lang]))).toEqual(
      Object.fromEntries(labels.map((label) => [label.id, label.lang])),
    );
    expect(new Set(rows.map((row) => row.story))).toEqual(new Set(stories.map((story) => story.id)));
    expect(rows.filter((row) => row.duplicate_of).map((row) => [row.id, row.duplicate_of])).toEqual([
      [
        'nordwacht/faehrbrand-vor-halvik-mindestens-14-tote.txt',
        'mittelland-echo/feuer-auf-faehre-vor-halvik.txt',
      ],
      ['kw-en-20250624-selene7', 'halvik-herald/selene-7-lunar-probe-lifts-off.txt'],
    ]);
    expect(rows.find((row) => row.id === 'kw-en-20250313-marisca')).toEqual({
      id: 'kw-en-20250313-marisca',
      story: 's-0d5e650a9a',
      lang: 'en',
      title: 'Danube water council agrees €2.4bn flood and clean-water fund in Marisca',
      published: '2025-03-13T16:42:00Z',
      source: 'Kestrel Wire',
      url: 'https://kestrelwire.example/en/environment/2025/03/13/danube-water-council-marisca-fund',
      duplicate_of: null,
    });
  });

  test('logs each story as created by one article and joined by each of the others, with evidence', async () => {
    const members = membersOf(await exported('demo.db'));

    for (const [id, articles] of Object.entries(members)) {
      const log = await json<LogEntry[]>('demo.db', 'story-log', id);
      expect(log.map((entry) => entry.event)).toEqual(['created', ...articles.slice(1).map(() => 'joined')]);
      expect(log.map((entry) => entry.article).sort()).toEqual(articles);
      expect(log.map(({ story, other }) => ({ story, other }))).toEqual(
        log.map(() => ({ story: id, other: null })),
      );
      expect(log[0]?.reason).toEqual({
        similarity: 0,
        threshold: DEFAULT_STORY_OPTIONS.threshold,
        nearest: null,
      });
      for (const { reason } of log.slice(1)) {
        expect(reason).toEqual({
          similarity: expect.any(Number),
          threshold: DEFAULT_STORY_OPTIONS.threshold,
          shared: expect.any(Object),
        });
        expect(reason.similarity).toBeGreaterThanOrEqual(DEFAULT_STORY_OPTIONS.threshold);
        expect(Object.keys(reason.shared as object).length).toBeGreaterThan(0);
      }
    }
  });

  test('prints the log of a story as a table, founding article first', async () => {
    const run = await px('demo.db', 'story-log', 's-0d5e650a9a');
    const lines = run.stdout.trimEnd().split('\n');

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lines[0]).toBe(
      'time                  event    article                                   other  reason',
    );
    expect(lines.slice(1).map((line) => line.split(/\s+/).slice(1, 4))).toEqual([
      ['created', 'echo-deux-rives/accord-de-marisca-conseil-de-l-eau.html', '-'],
      ['joined', 'kyivskyi-obrii/marisca-vodna-uhoda.txt', '-'],
      ['joined', 'mittelland-echo/wasserrat-marisca-abkommen.txt', '-'],
      ['joined', 'kw-en-20250313-marisca', '-'],
      ['joined', 'cronica-meridiana/cumbre-marisca-fondo-agua.txt', '-'],
    ]);
    expect(lines[1]).toMatch(new RegExp(`similarity 0 < ${DEFAULT_STORY_OPTIONS.threshold}$`));
    for (const line of lines.slice(2))
      expect(line).toMatch(
        new RegExp(`similarity [\\d.]+ ≥ ${DEFAULT_STORY_OPTIONS.threshold}; shared: [a-z]:\\S+`),
      );
  });

  test('fails with a hint for an unknown story id', async () => {
    expect(await px('demo.db', 'story-log', 's-0000000000')).toEqual({
      code: 1,
      stdout: '',
      stderr: '[parallax] no story with id "s-0000000000"\n  hint: list ids with `parallax stories`\n',
    });
  });

  test('changes no story, assignment or log entry when the corpus is ingested again', async () => {
    const members = Object.keys(membersOf(await exported('demo.db')));
    const snapshot = async () => ({
      stories: await json<StoryView[]>('demo.db', 'stories'),
      export: await exported('demo.db'),
      logs: await Promise.all(members.map((id) => json<LogEntry[]>('demo.db', 'story-log', id))),
    });
    const before = await snapshot();

    expect(await json('demo.db', 'ingest', 'demo/corpus')).toMatchObject({
      ingested: 0,
      updated: 0,
      unchanged: 25,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('parallax stories: the same actors at two events weeks apart', () => {
  const TERMINAL = ['terminal-de', 'terminal-en', 'terminal-fr'];
  const STORM = ['storm-de', 'storm-en', 'storm-fr'];

  test('keeps the two events apart, each one story across English, German and French', async () => {
    const stories = await json<StoryView[]>('brenholm.db', 'stories');
    const rows = await exported('brenholm.db');

    expect(membersOf(rows)).toEqual({ 's-0e861ae0d9': TERMINAL, 's-132fea81b3': STORM });
    expect(stories.map(({ top_entities, ...story }) => story)).toEqual([
      {
        id: 's-132fea81b3',
        title: 'Storm closes Brenholm port for 72 hours',
        titles: {
          en: 'Storm closes Brenholm port for 72 hours',
          de: 'Sturm legt Hafen von Brenholm lahm',
          fr: 'Tempête : le port de Brenholm fermé pendant 72 heures',
        },
        languages: { de: 1, en: 1, fr: 1 },
        articles: 3,
        sources: 3,
        first_seen: '2025-03-18',
        last_seen: '2025-03-19',
      },
      {
        id: 's-0e861ae0d9',
        title: 'Brenholm opens its new container terminal',
        titles: {
          en: 'Brenholm opens its new container terminal',
          de: 'Neues Containerterminal in Brenholm eröffnet',
          fr: 'Brenholm inaugure son nouveau terminal à conteneurs',
        },
        languages: { de: 1, en: 1, fr: 1 },
        articles: 3,
        sources: 3,
        first_seen: '2025-02-04',
        last_seen: '2025-02-05',
      },
    ]);
    for (const story of stories) {
      expect(story.top_entities).toEqual(
        expect.arrayContaining(['person:lena-brandvik', 'person:otto-falkner']),
      );
    }
  });

  test('scores the two events perfectly, every pair being cross-lingual', async () => {
    const run = await px('brenholm.db', 'eval', '--labels', 'brenholm/labels.jsonl');

    expect(run.stdout.split('\n')).toEqual([
      'scored:                      6 of 6 labelled articles',
      'gold ids not in the store:   0',
      'stored articles, no label:   0 (left out)',
      'labelled, in no story:       0',
      '',
      '                     precision  recall      f1      tp      fp      fn',
      'B-cubed                  1.000   1.000   1.000',
      'pairwise                 1.000   1.000   1.000       6       0       0',
      'cross-lingual pairs      1.000   1.000   1.000       6       0       0',
      'same-language pairs      0.000   0.000   0.000       0       0       0',
      '',
    ]);
  });

  test('founds a new story for the later event when it arrives in a later ingest run', async () => {
    const records = (await readFile(join(dir, 'brenholm', 'brenholm.jsonl'), 'utf8')).split('\n');
    await writeFile(
      join(dir, 'february.jsonl'),
      records.filter((line) => line.includes('"terminal-')).join('\n'),
    );
    await writeFile(join(dir, 'march.jsonl'), records.filter((line) => line.includes('"storm-')).join('\n'));

    expect(await json('runs.db', 'ingest', 'february.jsonl')).toMatchObject({ ingested: 3 });
    expect(await json('runs.db', 'ingest', 'march.jsonl')).toMatchObject({ ingested: 3 });
    const log = await json<LogEntry[]>('runs.db', 'story-log', 's-132fea81b3');

    expect(membersOf(await exported('runs.db'))['s-132fea81b3']).toEqual(STORM);
    expect(log[0]).toMatchObject({
      event: 'created',
      article: 'storm-en',
      reason: { similarity: 0, threshold: DEFAULT_STORY_OPTIONS.threshold, nearest: null },
    });
  });
});
