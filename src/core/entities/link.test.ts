import { describe, expect, test } from 'vitest';
import { createArchive, mention } from './test-helpers.js';

const ZELENSKYY_AND_KYIV: [lang: string, text: string][] = [
  ['de', 'Kiew richtet den Gipfel aus. Präsident Wolodymyr Selenskyj eröffnete ihn am Montag.'],
  ['en', 'Kyiv hosts the summit. President Volodymyr Zelenskyy opened it on Monday.'],
  ['uk', 'Київ приймає саміт. Президент Володимир Зеленський відкрив його в понеділок.'],
  ['ru', 'Киев принимает саммит. Президент Владимир Зеленский открыл его в понедельник.'],
];

describe('one entity across languages and spellings', () => {
  test('a person named in four languages and two scripts is one entity with every variant', () => {
    const archive = createArchive();
    const entities = ZELENSKYY_AND_KYIV.map(([lang, text]) =>
      archive.read(lang, text).map(({ type, entity }) => ({ type, entity })),
    );
    expect(entities).toEqual(
      ZELENSKYY_AND_KYIV.map(() => [
        { type: 'place', entity: 'city:703448' },
        { type: 'person', entity: 'person:wolodymyr-selenskyj' },
      ]),
    );
    expect(archive.record('person:wolodymyr-selenskyj')).toEqual({
      id: 'person:wolodymyr-selenskyj',
      type: 'person',
      name: 'Volodymyr Zelenskyy',
      ref: null,
      variants: [
        { name: 'Wolodymyr Selenskyj', lang: 'de', mentions: 1 },
        { name: 'Volodymyr Zelenskyy', lang: 'en', mentions: 1 },
        { name: 'Володимир Зеленський', lang: 'uk', mentions: 1 },
        { name: 'Владимир Зеленский', lang: 'ru', mentions: 1 },
      ],
    });
  });

  test('a known city is one entity through the gazetteer, labelled with its English name', () => {
    const archive = createArchive();
    for (const [lang, text] of ZELENSKYY_AND_KYIV) archive.read(lang, text);
    expect(archive.record('city:703448')).toEqual({
      id: 'city:703448',
      type: 'place',
      name: 'Kyiv',
      ref: 'city:703448',
      variants: [
        { name: 'Kiew', lang: 'de', mentions: 1 },
        { name: 'Kyiv', lang: 'en', mentions: 1 },
        { name: 'Київ', lang: 'uk', mentions: 1 },
        { name: 'Киев', lang: 'ru', mentions: 1 },
      ],
    });
  });

  test('a misspelt name joins the person it misspells', () => {
    const archive = createArchive();
    const german = 'Nato-Generalsekretär Mark Rütte reiste am Montag nach Brüssel.';
    const english =
      'NATO Secretary General Mark Rutte arrived in Brussels. Rutte said the alliance was united.';
    expect(archive.read('de', german)).toEqual([
      mention(german, 'Nato', {
        type: 'organization',
        name: 'Nato',
        ref: 'org:nato',
        local: 0,
        entity: 'org:nato',
      }),
      mention(german, 'Mark Rütte', {
        type: 'person',
        name: 'Mark Rütte',
        local: 1,
        entity: 'person:mark-rutte',
      }),
      mention(german, 'Brüssel', {
        type: 'place',
        name: 'Brüssel',
        ref: 'city:2800866',
        local: 2,
        entity: 'city:2800866',
      }),
    ]);
    expect(archive.read('en', english).map(({ text, entity }) => ({ text, entity }))).toEqual([
      { text: 'NATO', entity: 'org:nato' },
      { text: 'Mark Rutte', entity: 'person:mark-rutte' },
      { text: 'Brussels', entity: 'city:2800866' },
      { text: 'Rutte', entity: 'person:mark-rutte' },
    ]);
  });
});

describe('people who share a surname', () => {
  const family = 'Joe Biden spoke on Friday. His son Hunter Biden was not present.';
  const later = 'Later, Biden said the plant would reopen.';

  test('two full names that differ in the given name are two entities', () => {
    expect(createArchive().read('en', family)).toEqual([
      mention(family, 'Joe Biden', {
        type: 'person',
        name: 'Joe Biden',
        local: 0,
        entity: 'person:joe-biden',
      }),
      mention(family, 'Hunter Biden', {
        type: 'person',
        name: 'Hunter Biden',
        local: 1,
        entity: 'person:hunter-biden',
      }),
    ]);
  });

  test('a lone surname in a later article joins the person who dominates the archive', () => {
    const archive = createArchive();
    archive.read('en', family);
    archive.read('en', 'President Joe Biden signed the bill on Monday. Biden said it would lower costs.');
    archive.read('en', 'Joe Biden travelled to Ohio. Biden told workers the plant would reopen.');
    expect(archive.read('en', later)).toEqual([
      mention(later, 'Biden', { type: 'person', name: 'Biden', local: 0, entity: 'person:joe-biden' }),
    ]);
  });

  test('a lone surname joins neither of two people the archive knows equally well', () => {
    const archive = createArchive();
    archive.read('en', family);
    expect(archive.read('en', later)).toEqual([
      mention(later, 'Biden', { type: 'person', name: 'Biden', local: 0, entity: 'person:biden' }),
    ]);
  });
});

describe('lone capitalised words confirmed by the archive', () => {
  const known =
    'Prime Minister Keir Starmer visited Leeds on Monday. Starmer said the hospital would be rebuilt.';
  const later = 'Later, Starmer spoke to reporters.';

  test('a lone surname without evidence in its article is no mention while the archive does not know it', () => {
    expect(createArchive().read('en', later)).toEqual([]);
  });

  test('a lone surname becomes a mention of a person the archive knows by full name', () => {
    const archive = createArchive();
    archive.read('en', known);
    expect(archive.read('en', later)).toEqual([
      mention(later, 'Starmer', { type: 'person', name: 'Starmer', local: 0, entity: 'person:keir-starmer' }),
    ]);
  });

  test('among the capitalised nouns of a German sentence only the known surname becomes a mention', () => {
    const archive = createArchive();
    archive.read('en', known);
    const german = 'Am Abend überreichte Starmer dem Kanzler ein Geschenk.';
    expect(archive.read('de', german)).toEqual([
      mention(german, 'Starmer', {
        type: 'person',
        name: 'Starmer',
        local: 0,
        entity: 'person:keir-starmer',
      }),
    ]);
  });

  test('a lone surname stays no mention when two people with that surname are equally known', () => {
    const archive = createArchive();
    archive.read(
      'en',
      'Joe Biden met Hunter Biden in Washington. Joe Biden and Hunter Biden then left for Boston.',
    );
    expect(archive.read('en', 'Later, Biden spoke to reporters.')).toEqual([]);
  });
});

describe('lone words naming places and organisations the archive knows', () => {
  const french = 'Le roi est arrivé au château de Glenmoor. Il restera à Glenmoor ce soir.';
  const spanish = 'El rey murió en el castillo de Glenmoor. La familia sigue en Glenmoor.';
  const later = 'The family gathered at Glenmoor on Sunday.';

  test('a lone word becomes a mention of a place that articles in two languages name by that word', () => {
    const archive = createArchive();
    archive.read('fr', french);
    archive.read('es', spanish);
    expect(archive.read('en', later).map(({ text, type }) => ({ text, type }))).toEqual([
      { text: 'Glenmoor', type: 'place' },
    ]);
  });

  test('one language naming the place by that word is not enough', () => {
    const archive = createArchive();
    archive.read('fr', french);
    expect(archive.read('en', later)).toEqual([]);
  });

  test("a place's name must be spelt alike, where a surname may vary", () => {
    const archive = createArchive();
    archive.read('fr', french);
    archive.read('es', spanish);
    expect(archive.read('en', 'The family gathered at Glenmeer on Sunday.')).toEqual([]);
  });
});

describe('the canonical name of a person', () => {
  test('prefers a full name in Latin script over more frequent forms in another script', () => {
    const archive = createArchive();
    archive.read(
      'ru',
      'Президент Владимир Зеленский выступил в понедельник. Зеленский заявил, что переговоры продолжатся.',
    );
    expect(archive.record('person:vladimir-zelenskiy')?.name).toBe('Владимир Зеленский');
    archive.read('de', 'Präsident Wolodymyr Selenskyj eröffnete am Montag den Gipfel.');
    expect(archive.record('person:vladimir-zelenskiy')).toEqual({
      id: 'person:vladimir-zelenskiy',
      type: 'person',
      name: 'Wolodymyr Selenskyj',
      ref: null,
      variants: [
        { name: 'Владимир Зеленский', lang: 'ru', mentions: 1 },
        { name: 'Зеленский', lang: 'ru', mentions: 1 },
        { name: 'Wolodymyr Selenskyj', lang: 'de', mentions: 1 },
      ],
    });
  });

  test('prefers the full name over a surname used more often', () => {
    const archive = createArchive();
    archive.read(
      'en',
      'NATO Secretary General Mark Rutte arrived in Brussels. Rutte said the alliance was united. ' +
        'Rutte later told reporters that the summit would go ahead. Rutte then left. ' +
        'On Friday, Rutte said the date was fixed.',
    );
    expect(archive.record('person:mark-rutte')).toEqual({
      id: 'person:mark-rutte',
      type: 'person',
      name: 'Mark Rutte',
      ref: null,
      variants: [
        { name: 'Mark Rutte', lang: 'en', mentions: 1 },
        { name: 'Rutte', lang: 'en', mentions: 4 },
      ],
    });
  });
});

describe('monarchs, landmarks and name lists across languages', () => {
  const entities = (mentions: { text: string; entity: string | null }[]) =>
    mentions.map(({ text, entity }) => [text, entity]);

  test("a regnal number ties a monarch's given name in other languages, and the name alone to the monarch", () => {
    const archive = createArchive();
    archive.read('en', 'King Charles III opened the session.');
    archive.read('es', 'El rey Carlos III inauguró la sesión.');
    expect(entities(archive.read('de', 'König Karl III. eröffnete die Sitzung.'))).toEqual([
      ['Karl III.', 'person:charles-iii'],
    ]);
    expect(entities(archive.read('it', 'Il re Carlo ha parlato a lungo.'))).toEqual([
      ['Carlo', 'person:charles-iii'],
    ]);
  });

  test('the same regnal number does not tie unrelated given names, nor a given name to a monarch seen once', () => {
    const archive = createArchive();
    archive.read('en', 'King Henry VIII was crowned.');
    expect(entities(archive.read('en', 'King Harold VIII was crowned.'))).toEqual([
      ['Harold VIII', 'person:harold-viii'],
    ]);
    expect(entities(archive.read('en', 'Prince Henry arrived late.'))).toEqual([['Henry', 'person:henry']]);
  });

  test('a landmark named with a designator in another language is the same landmark', () => {
    const archive = createArchive();
    archive.read('en', 'Tourists queued outside Windsor Castle.');
    expect(entities(archive.read('fr', 'Le mariage a eu lieu au château de Windsor.'))).toEqual([
      ['Windsor', 'place:windsor-castle'],
    ]);
  });

  test('a name listed surname first is not taken for another person who shares the given name', () => {
    const archive = createArchive();
    archive.read('ru', 'Евгений Пригожин выступил с заявлением.');
    const list = archive.read('ru', 'На борту находились:\nPrigozhin Evgeniy\nMakaryan Evgeniy');
    expect(new Set(list.map((mention) => mention.entity)).size).toBe(2);
  });

  test('prefers a name in ordinary case over the capitals of a dateline', () => {
    const archive = createArchive();
    archive.read('en', 'KESTREL POINT – Kestrel Point was calm on Monday. Its harbour master said so.');
    expect(archive.record('place:kestrel-point')?.name).toBe('Kestrel Point');
  });
});
