import { describe, expect, test } from 'vitest';
import { getSpeechVocabulary } from '../../../languages/speech/index.js';
import type { QuoteMention, Span } from '../../types.js';
import { extractQuotes } from './index.js';

/** The nth occurrence of part in text, as a span. */
function at(text: string, part: string, nth = 0): Span {
  let start = text.indexOf(part);
  for (let k = 0; k < nth && start >= 0; k++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

function mention(text: string, marked: string, words: string, speaker: string | null, nth = 0): QuoteMention {
  return { ...at(text, marked), quote: words, speaker: speaker === null ? null : at(text, speaker, nth) };
}

const quotes = (text: string, lang: string): QuoteMention[] => extractQuotes(text, getSpeechVocabulary(lang));

describe('English speakers', () => {
  test('takes the speaker after the quote, inverted or not, without the role', () => {
    const text =
      '“We are ready,” Sullivan said. “Talks will go on,” said Prime Minister Keir Starmer. ' +
      '“It is late,” Ukrainian President Volodymyr Zelensky told reporters.';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“We are ready,”', 'We are ready,', 'Sullivan'),
      mention(text, '“Talks will go on,”', 'Talks will go on,', 'Keir Starmer'),
      mention(text, '“It is late,”', 'It is late,', 'Volodymyr Zelensky'),
    ]);
  });

  test('takes the speaker before the quote after a verb or “according to”', () => {
    const text =
      'Sullivan stated, “We will stay.” According to Jake Sullivan, “the talks went well.”\n' +
      'On Monday, White House spokesperson Karine Jean-Pierre said: “The door is open.”';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“We will stay.”', 'We will stay.', 'Sullivan'),
      mention(text, '“the talks went well.”', 'the talks went well.', 'Jake Sullivan'),
      mention(text, '“The door is open.”', 'The door is open.', 'Karine Jean-Pierre'),
    ]);
  });

  test('gives both parts of a quote broken by its speech tag the same speaker', () => {
    const text = '"We will send a signal," Sullivan said, "about our resolve."';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '"We will send a signal,"', 'We will send a signal,', 'Sullivan'),
      mention(text, '"about our resolve."', 'about our resolve.', 'Sullivan'),
    ]);
  });

  test('resolves “he said” to the last person named with a role and continues to the next quote', () => {
    const text =
      'Foreign Secretary David Lammy met Chinese officials. “We were frank,” he said. “Very frank.”';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“We were frank,”', 'We were frank,', 'David Lammy'),
      mention(text, '“Very frank.”', 'Very frank.', 'David Lammy'),
    ]);
  });

  test('carries the speaker on to a quote led in by “adding”', () => {
    const text = 'Sullivan stated, “We will stay,” adding, “Nobody can outlast us.”';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“We will stay,”', 'We will stay,', 'Sullivan'),
      mention(text, '“Nobody can outlast us.”', 'Nobody can outlast us.', 'Sullivan'),
    ]);
  });

  test('gives a second verb joined by “but” the sentence’s subject', () => {
    const text =
      'Volodymyr Zelensky met the envoys. Zelensky welcomed the agreement, but emphasized, “It cannot replace membership.”';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“It cannot replace membership.”', 'It cannot replace membership.', 'Zelensky', 1),
    ]);
  });

  test('leaves the speaker empty when the text names nobody', () => {
    const text = '“It went well,” he said. “We will win,” the official added. Critics called it “a farce”.';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“It went well,”', 'It went well,', null),
      mention(text, '“We will win,”', 'We will win,', null),
      mention(text, '“a farce”', 'a farce', null),
    ]);
  });

  test('reads a title abbreviated with a dot as part of the role', () => {
    const text = '“This is a dark day,” said Rep. Alexandria Ocasio-Cortez, D-N.Y.';
    expect(quotes(text, 'en')).toEqual([
      mention(text, '“This is a dark day,”', 'This is a dark day,', 'Alexandria Ocasio-Cortez'),
    ]);
  });

  test('takes a name set off by commas before the verb', () => {
    const text = '“We are ready,” Jake Sullivan, the national security adviser, said on Sunday.';
    expect(quotes(text, 'en')).toEqual([mention(text, '“We are ready,”', 'We are ready,', 'Jake Sullivan')]);
  });

  test('does not give a quote to a verb whose clause leads elsewhere', () => {
    const text = 'Biden said the deal, which critics call “a disaster”, was good.';
    expect(quotes(text, 'en')).toEqual([mention(text, '“a disaster”', 'a disaster', null)]);
  });

  test('takes a headline speaker written as a name and a colon, one word only if named elsewhere', () => {
    const text =
      'Scholz: „Wir bleiben standhaft“\nBundeskanzler Olaf Scholz äußerte sich am Montag. Fazit: „Gut.“';
    expect(quotes(text, 'de')).toEqual([
      mention(text, '„Wir bleiben standhaft“', 'Wir bleiben standhaft', 'Scholz'),
      mention(text, '„Gut.“', 'Gut.', null),
    ]);
  });

  test('does not take a new sentence after a full stop for a speech tag', () => {
    const text = '“We will win.” Biden said the talks were long.';
    expect(quotes(text, 'en')).toEqual([mention(text, '“We will win.”', 'We will win.', null)]);
  });
});

describe('German speakers', () => {
  test('takes the speaker of „…“, sagte, of „…“, so and of Name sagte: „…“', () => {
    const text =
      '„Wir stehen an der Seite der Ukraine“, sagte US-Präsident Joe Biden. »Das ist falsch«, so Selenskij.\n' +
      'Bundeskanzler Olaf Scholz sagte der Zeitung: „Wir bleiben dabei.“';
    expect(quotes(text, 'de')).toEqual([
      mention(
        text,
        '„Wir stehen an der Seite der Ukraine“',
        'Wir stehen an der Seite der Ukraine',
        'Joe Biden',
      ),
      mention(text, '»Das ist falsch«', 'Das ist falsch', 'Selenskij'),
      mention(text, '„Wir bleiben dabei.“', 'Wir bleiben dabei.', 'Olaf Scholz'),
    ]);
  });

  test('takes the subject after the verb when the sentence opens with another phrase', () => {
    const text = 'Am Montag sagte Scholz: „Wir bleiben.“ Nach dem Treffen mit Macron sagte Merz: „Gut.“';
    expect(quotes(text, 'de')).toEqual([
      mention(text, '„Wir bleiben.“', 'Wir bleiben.', 'Scholz'),
      mention(text, '„Gut.“', 'Gut.', 'Merz'),
    ]);
  });

  test('keeps particles inside names and leaves a bare role without a name', () => {
    const text =
      '„Europa muss handeln“, sagte EU-Kommissionspräsidentin Ursula von der Leyen. Der Kanzler sagte: „Nein.“';
    expect(quotes(text, 'de')).toEqual([
      mention(text, '„Europa muss handeln“', 'Europa muss handeln', 'Ursula von der Leyen'),
      mention(text, '„Nein.“', 'Nein.', null),
    ]);
  });

  test('resolves the pronoun subject of a lead-in paragraph to the last person named', () => {
    const text =
      'NATO-Generalsekretär Mark Rutte reiste am Montag nach Washington. ' +
      'Er dankte der US-Führung, wie von TASS zitiert:\n„Dank eurer Hilfe ist Europa sicherer.“';
    expect(quotes(text, 'de')).toEqual([
      mention(
        text,
        '„Dank eurer Hilfe ist Europa sicherer.“',
        'Dank eurer Hilfe ist Europa sicherer.',
        'Mark Rutte',
      ),
    ]);
  });

  test('resolves „…“, sagte er to the person named before', () => {
    const text =
      'Außenministerin Annalena Baerbock traf ihren Amtskollegen. „Wir sind uns einig“, sagte sie.';
    expect(quotes(text, 'de')).toEqual([
      mention(text, '„Wir sind uns einig“', 'Wir sind uns einig', 'Annalena Baerbock'),
    ]);
  });
});

describe('speakers without specific language data', () => {
  test('takes a speaker only from a name before a colon', () => {
    const text = 'Joe Biden: “We will win.”\n“We will win,” said Biden.';
    expect(quotes(text, 'sv')).toEqual([
      mention(text, '“We will win.”', 'We will win.', 'Joe Biden'),
      mention(text, '“We will win,”', 'We will win,', null),
    ]);
  });
});
