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

function mention(
  text: string,
  marked: string,
  words: string,
  speaker: string | null = null,
  nth = 0,
): QuoteMention {
  return { ...at(text, marked, nth), quote: words, speaker: speaker === null ? null : at(text, speaker) };
}

const quotes = (text: string, lang = 'en'): QuoteMention[] => extractQuotes(text, getSpeechVocabulary(lang));

describe('quotation styles', () => {
  test('reports offsets of the whole quote with its marks, the words inside and the speaker', () => {
    expect(quotes('“We are ready,” Sullivan said.')).toEqual([
      {
        start: 0,
        end: 15,
        text: '“We are ready,”',
        quote: 'We are ready,',
        speaker: { start: 16, end: 24, text: 'Sullivan' },
      },
    ]);
  });

  test('finds English curly and straight double quotes', () => {
    const text = 'He called it “a mistake” and later "a disaster".';
    expect(quotes(text)).toEqual([
      mention(text, '“a mistake”', 'a mistake'),
      mention(text, '"a disaster"', 'a disaster'),
    ]);
  });

  test('finds German low-high quotes, guillemets pointing inwards and single low quotes', () => {
    const text = 'Sie nannte den Plan „mutig“, er nannte ihn »falsch«. Beide fanden ihn ‚zu teuer‘.';
    expect(quotes(text, 'de')).toEqual([
      mention(text, '„mutig“', 'mutig'),
      mention(text, '»falsch«', 'falsch'),
      mention(text, '‚zu teuer‘', 'zu teuer'),
    ]);
  });

  test('finds French guillemets with and without inner spaces and trims the words', () => {
    const text = 'Il parle d’une « victoire » et d’un «\u00a0tournant\u00a0» puis d’une «défaite».';
    expect(quotes(text, 'fr')).toEqual([
      mention(text, '« victoire »', 'victoire'),
      mention(text, '«\u00a0tournant\u00a0»', 'tournant'),
      mention(text, '«défaite»', 'défaite'),
    ]);
  });

  test('finds Polish and Swedish quotes closed by the same high mark', () => {
    const text = 'Nazwał to „przełomem”, a inni ”porażką”.';
    expect(quotes(text, 'pl')).toEqual([
      mention(text, '„przełomem”', 'przełomem'),
      mention(text, '”porażką”', 'porażką'),
    ]);
  });

  test('finds straight single quotes without taking apostrophes for quote marks', () => {
    const text = "Starmer's aides called it 'a fair deal', l'eau n'est pas 'froide' and п'ять is five.";
    expect(quotes(text)).toEqual([
      mention(text, "'a fair deal'", 'a fair deal'),
      mention(text, "'froide'", 'froide'),
    ]);
  });

  test('finds British single curly quotes around words with apostrophes', () => {
    const text = '‘We’re ready to go,’ she said, calling it ‘the Prime Minister’s plan’.';
    expect(quotes(text)).toEqual([
      mention(text, '‘We’re ready to go,’', 'We’re ready to go,'),
      mention(text, '‘the Prime Minister’s plan’', 'the Prime Minister’s plan'),
    ]);
  });

  test('ignores apostrophes of elisions, plurals and decades', () => {
    expect(quotes("Rock 'n' roll in the '90s was loud, the players' union's chief said.")).toEqual([]);
  });

  test('keeps a nested quote inside the quote that contains it', () => {
    const text = '“He told me ‘we’re done’ and left,” Harris said. «Он сказал „нет“», — сказала она.';
    expect(quotes(text)).toEqual([
      mention(text, '“He told me ‘we’re done’ and left,”', 'He told me ‘we’re done’ and left,', 'Harris'),
      mention(text, '«Он сказал „нет“»', 'Он сказал „нет“'),
    ]);
  });

  test('finds corner brackets of languages without specific data', () => {
    const text = '首相は「準備はできている」と述べた。';
    expect(quotes(text, 'ja')).toEqual([mention(text, '「準備はできている」', '準備はできている')]);
  });
});

describe('unbalanced and multi-paragraph quotes', () => {
  test('drops an unclosed quote at its paragraph end and keeps the next paragraph’s quotes', () => {
    const text = 'He said “we will never\nThe minister called it "a farce" later.';
    expect(quotes(text)).toEqual([mention(text, '"a farce"', 'a farce')]);
  });

  test('keeps the closed quote inside an unclosed one', () => {
    const text = 'Sie sagte „wir wollen ‚Frieden‘ und ging.';
    expect(quotes(text, 'de')).toEqual([mention(text, '‚Frieden‘', 'Frieden')]);
  });

  test('ignores closing marks without an opening one', () => {
    const text = 'Stray” marks» here’ and “a real one”.';
    expect(quotes(text)).toEqual([mention(text, '“a real one”', 'a real one')]);
  });

  test('joins a marked block whose paragraphs each reopen the quote, without the reopening marks', () => {
    const text = 'Biden said:\n“We will stay.\n“We will not leave,” he added.\n“Done.';
    expect(quotes(text)).toEqual([
      mention(text, '“We will stay.\n“We will not leave,”', 'We will stay.\nWe will not leave,', 'Biden'),
    ]);
  });

  test('does not join paragraphs when the open one stops mid-sentence', () => {
    const text = 'He said “we will\n“Nothing,” she said.';
    expect(quotes(text)).toEqual([mention(text, '“Nothing,”', 'Nothing,')]);
  });

  test('returns nothing for text without quotation marks or with empty ones', () => {
    expect(quotes('')).toEqual([]);
    expect(quotes('Nothing was said. “ ” and "" stay out.')).toEqual([]);
  });

  test('slices every reported span back out of the text', () => {
    const text =
      "„Wir bleiben“, sagte Scholz.\nMacron a dit : « Nous aussi ».\n«Мы тоже», — заявил Путин. 'Fine', he said.";
    const found = quotes(text, 'de');
    expect(found.length).toBe(4);
    for (const quote of found) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
    }
  });
});
