import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../core/analyze/quotes/index.js';
import type { QuoteMention, Span } from '../../core/types.js';
import { getSpeechVocabulary } from './index.js';

/** The nth occurrence of part in text, as a span. */
function at(text: string, part: string, nth = 0): Span {
  let start = text.indexOf(part);
  for (let k = 0; k < nth && start >= 0; k++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

function mention(text: string, marked: string, words: string, speaker: string | null): QuoteMention {
  return { ...at(text, marked), quote: words, speaker: speaker === null ? null : at(text, speaker) };
}

const quotes = (text: string, lang: string): QuoteMention[] => extractQuotes(text, getSpeechVocabulary(lang));

describe('speakers in each language with speech data', () => {
  test('French: « … », a déclaré, a-t-il déclaré, selon and Name a déclaré :', () => {
    const text =
      '« Nous sommes prêts », a déclaré le président Emmanuel Macron. «Nous sommes unis», a-t-il ajouté.\n' +
      'Selon Gabriel Attal, « la France agira ». Marine Le Pen a déclaré : « C’est un échec. »';
    expect(quotes(text, 'fr')).toEqual([
      mention(text, '« Nous sommes prêts »', 'Nous sommes prêts', 'Emmanuel Macron'),
      mention(text, '«Nous sommes unis»', 'Nous sommes unis', 'Emmanuel Macron'),
      mention(text, '« la France agira »', 'la France agira', 'Gabriel Attal'),
      mention(text, '« C’est un échec. »', 'C’est un échec.', 'Marine Le Pen'),
    ]);
  });

  test('French: an inverted pronoun in the verb, dit-elle', () => {
    const text = 'La ministre Rachida Dati était à Berlin. « L’eau monte », dit-elle.';
    expect(quotes(text, 'fr')).toEqual([mention(text, '« L’eau monte »', 'L’eau monte', 'Rachida Dati')]);
  });

  test('Spanish: dijo, según, and a bare dijo for the person named before', () => {
    const text =
      '«No habrá acuerdo», dijo el presidente Pedro Sánchez. Según Alberto Núñez Feijóo, «es un error».\n' +
      'La ministra Margarita Robles visitó Kiev. «Estamos con Ucrania», afirmó.';
    expect(quotes(text, 'es')).toEqual([
      mention(text, '«No habrá acuerdo»', 'No habrá acuerdo', 'Pedro Sánchez'),
      mention(text, '«es un error»', 'es un error', 'Alberto Núñez Feijóo'),
      mention(text, '«Estamos con Ucrania»', 'Estamos con Ucrania', 'Margarita Robles'),
    ]);
  });

  test('Italian: ha detto, ha dichiarato and secondo', () => {
    const text =
      '«Siamo pronti», ha detto la premier Giorgia Meloni. Secondo il ministro Antonio Tajani, «serve unità». ' +
      'Elly Schlein ha dichiarato: «Non basta».';
    expect(quotes(text, 'it')).toEqual([
      mention(text, '«Siamo pronti»', 'Siamo pronti', 'Giorgia Meloni'),
      mention(text, '«serve unità»', 'serve unità', 'Antonio Tajani'),
      mention(text, '«Non basta»', 'Non basta', 'Elly Schlein'),
    ]);
  });

  test('Portuguese: disse, afirmou and segundo', () => {
    const text =
      '"Estamos prontos", disse o presidente Luiz Inácio Lula da Silva. ' +
      'Segundo Fernando Haddad, "o Brasil cresce". Marina Silva afirmou: "É urgente."';
    expect(quotes(text, 'pt')).toEqual([
      mention(text, '"Estamos prontos"', 'Estamos prontos', 'Luiz Inácio Lula da Silva'),
      mention(text, '"o Brasil cresce"', 'o Brasil cresce', 'Fernando Haddad'),
      mention(text, '"É urgente."', 'É urgente.', 'Marina Silva'),
    ]);
  });

  test('Dutch: zei, aldus and volgens', () => {
    const text =
      '"We zijn klaar", zei de Amerikaanse president Joe Biden. "Het is genoeg", aldus premier Dick Schoof. ' +
      'Volgens Frans Timmermans is het "een historische dag".';
    expect(quotes(text, 'nl')).toEqual([
      mention(text, '"We zijn klaar"', 'We zijn klaar', 'Joe Biden'),
      mention(text, '"Het is genoeg"', 'Het is genoeg', 'Dick Schoof'),
      mention(text, '"een historische dag"', 'een historische dag', 'Frans Timmermans'),
    ]);
  });

  test('Polish: powiedział(a), stwierdził and według', () => {
    const text =
      '„Nie zgadzamy się” – powiedział premier Donald Tusk. ”To nasz obowiązek” – stwierdziła Ursula von der Leyen. ' +
      'Według Andrzeja Dudy „to przełom”.';
    expect(quotes(text, 'pl')).toEqual([
      mention(text, '„Nie zgadzamy się”', 'Nie zgadzamy się', 'Donald Tusk'),
      mention(text, '”To nasz obowiązek”', 'To nasz obowiązek', 'Ursula von der Leyen'),
      mention(text, '„to przełom”', 'to przełom', 'Andrzeja Dudy'),
    ]);
  });

  test('Polish: a bare verb after a dash refers to the person named before', () => {
    const text = 'Minister Radosław Sikorski był w Kijowie. „Jesteśmy z wami” – powiedział.';
    expect(quotes(text, 'pl')).toEqual([
      mention(text, '„Jesteśmy z wami”', 'Jesteśmy z wami', 'Radosław Sikorski'),
    ]);
  });

  test('Russian: заявил, сказала он/она and по словам', () => {
    const text =
      '«Мы готовы к переговорам», — заявил президент России Владимир Путин. «Это ложь», — сказал он.\n' +
      'По словам Дмитрия Пескова, «переговоры продолжаются».';
    expect(quotes(text, 'ru')).toEqual([
      mention(text, '«Мы готовы к переговорам»', 'Мы готовы к переговорам', 'Владимир Путин'),
      mention(text, '«Это ложь»', 'Это ложь', 'Владимир Путин'),
      mention(text, '«переговоры продолжаются»', 'переговоры продолжаются', 'Дмитрия Пескова'),
    ]);
  });

  test('Ukrainian: наголосив, сказав:, за словами and заявив командувач, with apostrophes inside words', () => {
    const text =
      "«Ми не здамося», — наголосив Володимир Зеленський. Прем'єр-міністр Денис Шмигаль сказав: «П'ять років».\n" +
      'За словами Дмитра Кулеби, «Україна готова». «Ворог не пройде», — заявив командувач Сил оборони Олександр Сирський.';
    expect(quotes(text, 'uk')).toEqual([
      mention(text, '«Ми не здамося»', 'Ми не здамося', 'Володимир Зеленський'),
      mention(text, "«П'ять років»", "П'ять років", 'Денис Шмигаль'),
      mention(text, '«Україна готова»', 'Україна готова', 'Дмитра Кулеби'),
      mention(text, '«Ворог не пройде»', 'Ворог не пройде', 'Олександр Сирський'),
    ]);
  });
});
