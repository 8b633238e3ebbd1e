import { describe, expect, test } from 'vitest';
import { mention, recognize } from './test-helpers.js';

describe('recognising names in a sentence', () => {
  test('finds a person after a role, a country, an organisation acronym and a city', () => {
    const text = 'US President Joe Biden met NATO leaders in Brussels on Monday.';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'US', { type: 'place', name: 'US', ref: 'country:US', local: 0 }),
        mention(text, 'Joe Biden', { type: 'person', name: 'Joe Biden', local: 1 }),
        mention(text, 'NATO', { type: 'organization', name: 'NATO', ref: 'org:nato', local: 2 }),
        mention(text, 'Brussels', { type: 'place', name: 'Brussels', ref: 'city:2800866', local: 3 }),
      ],
      locals: [
        {
          index: 0,
          type: 'place',
          ref: 'country:US',
          label: 'United States',
          name: 'US',
          words: [['us']],
          names: ['US'],
        },
        {
          index: 1,
          type: 'person',
          ref: null,
          label: null,
          name: 'Joe Biden',
          words: [['joe'], ['biden']],
          names: ['Joe Biden'],
        },
        {
          index: 2,
          type: 'organization',
          ref: 'org:nato',
          label: 'NATO',
          name: 'NATO',
          words: [['nato']],
          names: ['NATO'],
        },
        {
          index: 3,
          type: 'place',
          ref: 'city:2800866',
          label: 'Brussels',
          name: 'Brussels',
          words: [['brussels']],
          names: ['Brussels'],
        },
      ],
      candidates: [],
    });
  });

  test('takes the known name out of a German compound and joins a genitive to the full name', () => {
    const text =
      'Beim NATO-Gipfel sprach US-Präsident Joe Biden mit Wolodymyr Selenskyj. ' +
      'Selenskyjs Delegation reiste am Abend ab.';
    expect(recognize('de', text)).toEqual({
      mentions: [
        mention(text, 'NATO', { type: 'organization', name: 'NATO', ref: 'org:nato', local: 0 }),
        mention(text, 'US', { type: 'place', name: 'US', ref: 'country:US', local: 1 }),
        mention(text, 'Joe Biden', { type: 'person', name: 'Joe Biden', local: 2 }),
        mention(text, 'Wolodymyr Selenskyj', { type: 'person', name: 'Wolodymyr Selenskyj', local: 3 }),
        mention(text, 'Selenskyjs', { type: 'person', name: 'Selenskyj', local: 3 }),
      ],
      locals: [
        {
          index: 0,
          type: 'organization',
          ref: 'org:nato',
          label: 'NATO',
          name: 'NATO',
          words: [['nato']],
          names: ['NATO'],
        },
        {
          index: 1,
          type: 'place',
          ref: 'country:US',
          label: 'United States',
          name: 'US',
          words: [['us']],
          names: ['US'],
        },
        {
          index: 2,
          type: 'person',
          ref: null,
          label: null,
          name: 'Joe Biden',
          words: [['joe'], ['biden']],
          names: ['Joe Biden'],
        },
        {
          index: 3,
          type: 'person',
          ref: null,
          label: null,
          name: 'Wolodymyr Selenskyj',
          words: [['wolodymyr'], ['selenskyj']],
          names: ['Wolodymyr Selenskyj', 'Selenskyj'],
        },
      ],
      // German capitalises every noun: lone ones wait for the archive to know them as names
      candidates: [
        { start: 83, end: 93, text: 'Delegation', forms: ['delegation'] },
        { start: 104, end: 109, text: 'Abend', forms: ['abend'] },
      ],
    });
  });

  test('reduces an inflected Ukrainian surname to its base form and joins it to the full name', () => {
    const text =
      'Президент Володимир Зеленський провів нараду з військовими. ' +
      'Речник Зеленського повідомив про її результати.';
    expect(recognize('uk', text)).toEqual({
      mentions: [
        mention(text, 'Володимир Зеленський', { type: 'person', name: 'Володимир Зеленський', local: 0 }),
        mention(text, 'Зеленського', { type: 'person', name: 'Зеленський', local: 0 }),
      ],
      locals: [
        {
          index: 0,
          type: 'person',
          ref: null,
          label: null,
          name: 'Володимир Зеленський',
          words: [['volodimir'], ['zelenskiy']],
          names: ['Володимир Зеленський', 'Зеленський'],
        },
      ],
      candidates: [],
    });
  });

  test('finds a known city in any Russian case', () => {
    const text = 'Переговоры прошли в Москве. Представитель мэрии Москвы заявил, что встреча была полезной.';
    const { mentions, locals, candidates } = recognize('ru', text);
    const places = mentions.map(({ name: _, entity: __, ...place }) => place);
    expect(places).toEqual([
      { start: 20, end: 26, text: 'Москве', type: 'place', ref: 'city:524901', local: 0 },
      { start: 48, end: 54, text: 'Москвы', type: 'place', ref: 'city:524901', local: 0 },
    ]);
    expect(locals.map(({ index, ref, label }) => ({ index, ref, label }))).toEqual([
      { index: 0, ref: 'city:524901', label: 'Moscow' },
    ]);
    expect(candidates).toEqual([
      { start: 0, end: 10, text: 'Переговоры', forms: ['peregovory', 'peregovora'] },
    ]);
  });
});

describe('capitals that are not names', () => {
  test('a common word capitalised because it opens a sentence is no name', () => {
    const text = 'Meanwhile, talks resumed in Geneva. Officials in London declined to comment.';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'Geneva', { type: 'place', name: 'Geneva', ref: 'city:2660646', local: 0 }),
        mention(text, 'London', { type: 'place', name: 'London', ref: 'city:2643743', local: 1 }),
      ],
      locals: [
        {
          index: 0,
          type: 'place',
          ref: 'city:2660646',
          label: 'Geneva',
          name: 'Geneva',
          words: [['geneva']],
          names: ['Geneva'],
        },
        {
          index: 1,
          type: 'place',
          ref: 'city:2643743',
          label: 'London',
          name: 'London',
          words: [['london']],
          names: ['London'],
        },
      ],
      candidates: [{ start: 36, end: 45, text: 'Officials', forms: ['officials'] }],
    });
  });

  test('in a Title Case headline only known names count; its other capitals wait for the archive', () => {
    const text = 'Starmer Meets Trump At White House Ahead Of Trade Talks';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'White House', {
          type: 'organization',
          name: 'White House',
          ref: 'org:white-house',
          local: 0,
        }),
      ],
      locals: [
        {
          index: 0,
          type: 'organization',
          ref: 'org:white-house',
          label: 'White House',
          name: 'White House',
          words: [['white'], ['house']],
          names: ['White House'],
        },
      ],
      candidates: ['Starmer', 'Meets', 'Trump', 'At', 'Of', 'Trade', 'Talks'].map((word) => {
        const start = text.indexOf(word);
        return { start, end: start + word.length, text: word, forms: [word.toLowerCase()] };
      }),
    });
  });

  test('a Title Case headline names the people its article names', () => {
    const text =
      'Starmer Meets Trump At White House Ahead Of Trade Talks\n' +
      'Prime Minister Keir Starmer met President Donald Trump in Washington on Thursday.';
    const { mentions, locals } = recognize('en', text);
    expect(mentions).toEqual([
      mention(text, 'Starmer', { type: 'person', name: 'Starmer', local: 1 }),
      mention(text, 'Trump', { type: 'person', name: 'Trump', local: 2 }),
      mention(text, 'White House', {
        type: 'organization',
        name: 'White House',
        ref: 'org:white-house',
        local: 0,
      }),
      mention(text, 'Keir Starmer', { type: 'person', name: 'Keir Starmer', local: 1 }),
      mention(text, 'Donald Trump', { type: 'person', name: 'Donald Trump', local: 2 }),
      mention(text, 'Washington', { type: 'place', name: 'Washington', ref: 'city:4140963', local: 3 }),
    ]);
    expect(locals.map(({ name, names }) => ({ name, names }))).toEqual([
      { name: 'White House', names: ['White House'] },
      { name: 'Keir Starmer', names: ['Starmer', 'Keir Starmer'] },
      { name: 'Donald Trump', names: ['Trump', 'Donald Trump'] },
      { name: 'Washington', names: ['Washington'] },
    ]);
  });

  test('capitalised words the article also writes in lower case are no name', () => {
    const text =
      'Senator Amy Klobuchar rarely writes about foreign affairs. Her column on Foreign Affairs runs every week.';
    expect(recognize('en', text)).toEqual({
      mentions: [mention(text, 'Amy Klobuchar', { type: 'person', name: 'Amy Klobuchar', local: 0 })],
      locals: [
        {
          index: 0,
          type: 'person',
          ref: null,
          label: null,
          name: 'Amy Klobuchar',
          words: [['amy'], ['klobuchar']],
          names: ['Amy Klobuchar'],
        },
      ],
      candidates: [
        { start: 73, end: 80, text: 'Foreign', forms: ['foreign'] },
        { start: 81, end: 88, text: 'Affairs', forms: ['affairs'] },
      ],
    });
  });
});

describe('one person, one local entity', () => {
  test('a lone surname repeating a full name named earlier shares its local entity', () => {
    const text =
      'NATO Secretary General Mark Rutte arrived in The Hague on Tuesday. Rutte said the alliance was united.';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'NATO', { type: 'organization', name: 'NATO', ref: 'org:nato', local: 0 }),
        mention(text, 'Mark Rutte', { type: 'person', name: 'Mark Rutte', local: 1 }),
        mention(text, 'The Hague', { type: 'place', name: 'The Hague', ref: 'city:2747373', local: 2 }),
        mention(text, 'Rutte', { type: 'person', name: 'Rutte', local: 1, skip: 1 }),
      ],
      locals: [
        {
          index: 0,
          type: 'organization',
          ref: 'org:nato',
          label: 'NATO',
          name: 'NATO',
          words: [['nato']],
          names: ['NATO'],
        },
        {
          index: 1,
          type: 'person',
          ref: null,
          label: null,
          name: 'Mark Rutte',
          words: [['mark'], ['rutte']],
          names: ['Mark Rutte', 'Rutte'],
        },
        {
          index: 2,
          type: 'place',
          ref: 'city:2747373',
          label: 'The Hague',
          name: 'The Hague',
          words: [['the'], ['hague']],
          names: ['The Hague'],
        },
      ],
      candidates: [],
    });
  });

  test('two people who share a surname stay two local entities', () => {
    const text = 'Joe Biden spoke on Friday. His son Hunter Biden was not present.';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'Joe Biden', { type: 'person', name: 'Joe Biden', local: 0 }),
        mention(text, 'Hunter Biden', { type: 'person', name: 'Hunter Biden', local: 1 }),
      ],
      locals: [
        {
          index: 0,
          type: 'person',
          ref: null,
          label: null,
          name: 'Joe Biden',
          words: [['joe'], ['biden']],
          names: ['Joe Biden'],
        },
        {
          index: 1,
          type: 'person',
          ref: null,
          label: null,
          name: 'Hunter Biden',
          words: [['hunter'], ['biden']],
          names: ['Hunter Biden'],
        },
      ],
      candidates: [],
    });
  });

  test('a regnal number belongs to the name', () => {
    const text = 'King Charles III visited Cardiff on Thursday.';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'Charles III', { type: 'person', name: 'Charles III', local: 0 }),
        mention(text, 'Cardiff', { type: 'place', name: 'Cardiff', ref: 'city:2653822', local: 1 }),
      ],
      locals: [
        {
          index: 0,
          type: 'person',
          ref: null,
          label: null,
          name: 'Charles III',
          words: [['charles'], ['iii']],
          names: ['Charles III'],
        },
        {
          index: 1,
          type: 'place',
          ref: 'city:2653822',
          label: 'Cardiff',
          name: 'Cardiff',
          words: [['cardiff']],
          names: ['Cardiff'],
        },
      ],
      candidates: [],
    });
  });

  test('a German regnal number keeps its ordinal dot', () => {
    const text = 'König Karl III. besuchte am Donnerstag Edinburgh.';
    expect(recognize('de', text)).toEqual({
      mentions: [
        mention(text, 'Karl III.', { type: 'person', name: 'Karl III.', local: 0 }),
        mention(text, 'Edinburgh', { type: 'place', name: 'Edinburgh', ref: 'city:2650225', local: 1 }),
      ],
      locals: [
        {
          index: 0,
          type: 'person',
          ref: null,
          label: null,
          name: 'Karl III.',
          words: [['karl'], ['iii']],
          names: ['Karl III.'],
        },
        {
          index: 1,
          type: 'place',
          ref: 'city:2650225',
          label: 'Edinburgh',
          name: 'Edinburgh',
          words: [['edinburgh']],
          names: ['Edinburgh'],
        },
      ],
      candidates: [],
    });
  });
});

describe('places', () => {
  test('an unknown word listed with known places is a place too', () => {
    const text = 'The earthquake damaged villages near Marrakech, Ouarzazate and Azilal.';
    expect(recognize('en', text)).toEqual({
      mentions: [
        mention(text, 'Marrakech', { type: 'place', name: 'Marrakech', ref: 'city:2542997', local: 0 }),
        mention(text, 'Ouarzazate', { type: 'place', name: 'Ouarzazate', ref: 'city:2540850', local: 1 }),
        mention(text, 'Azilal', { type: 'place', name: 'Azilal', local: 2 }),
      ],
      locals: [
        {
          index: 0,
          type: 'place',
          ref: 'city:2542997',
          label: 'Marrakesh',
          name: 'Marrakech',
          words: [['marrakech']],
          names: ['Marrakech'],
        },
        {
          index: 1,
          type: 'place',
          ref: 'city:2540850',
          label: 'Ouarzazate',
          name: 'Ouarzazate',
          words: [['ouarzazate']],
          names: ['Ouarzazate'],
        },
        {
          index: 2,
          type: 'place',
          ref: null,
          label: null,
          name: 'Azilal',
          words: [['azilal']],
          names: ['Azilal'],
        },
      ],
      candidates: [],
    });
  });
});
