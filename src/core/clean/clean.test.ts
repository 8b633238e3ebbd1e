import { describe, expect, test } from 'vitest';
import { createGenericProfile } from '../../languages/generic.js';
import type { LanguageProfile } from '../../languages/profile.js';
import { cleanArticle, compileRules, lineFingerprint, normalizeText } from './index.js';

const testProfile: LanguageProfile = {
  ...createGenericProfile('und'),
  code: 'xx',
  name: 'Test',
  stopwords: new Set(),
  stem: (w) => w,
  segmentsWords: false,
  boilerplate: [
    { reason: 'navigation', pattern: /^latest news$/iu },
    { reason: 'advertisement', pattern: /^werbung$/iu },
    { reason: 'related_links', pattern: /^lesen sie auch:?$/iu, opensBlock: true },
    { reason: 'related_links', pattern: /^mehr zum thema\s*[–—:-]\s*\S/iu },
  ],
};
const rules = compileRules([testProfile]);

function clean(text: string, templateLines: string[] = [], title?: string) {
  return cleanArticle({
    text: normalizeText(text),
    title,
    rules,
    templateKeys: new Set(templateLines.map(lineFingerprint)),
  });
}

describe('cleanArticle', () => {
  test('keeps a repeated headline once and records the copies as duplicate_headline', () => {
    const result = clean(
      [
        'Latest news',
        'Flood barrier opens in Veldhaven.',
        'Flood barrier opens in Veldhaven',
        'Flood barrier opens in Veldhaven',
        'The city opened its new flood barrier on Monday after six years of work.',
      ].join('\n'),
    );
    expect(result).toEqual({
      text: 'Flood barrier opens in Veldhaven.\nThe city opened its new flood barrier on Monday after six years of work.',
      title: 'Flood barrier opens in Veldhaven',
      headlineInText: true,
      removed: [
        { text: 'Latest news', reason: 'navigation', start: 0, end: 11 },
        { text: 'Flood barrier opens in Veldhaven', reason: 'duplicate_headline', start: 46, end: 78 },
        { text: 'Flood barrier opens in Veldhaven', reason: 'duplicate_headline', start: 79, end: 111 },
      ],
    });
  });

  test('removes a teaser block after "Lesen Sie auch" but keeps the body before it', () => {
    const result = clean(
      [
        'Der Stadtrat hat am Dienstag den Haushalt beschlossen.',
        'Lesen Sie auch',
        'Neue Buslinie ab Juli',
        'Werbung',
        'Schwimmbad bleibt geschlossen',
      ].join('\n'),
    );
    expect(result.text).toBe('Der Stadtrat hat am Dienstag den Haushalt beschlossen.');
    expect(result.removed.map((r) => [r.text, r.reason])).toEqual([
      ['Lesen Sie auch', 'related_links'],
      ['Neue Buslinie ab Juli', 'related_links'],
      ['Werbung', 'advertisement'],
      ['Schwimmbad bleibt geschlossen', 'related_links'],
    ]);
  });

  test('removes a "Mehr zum Thema –" teaser line but not a sentence that starts with the same words', () => {
    const result = clean(
      ['Mehr zum Thema sagte der Minister nichts.', 'Mehr zum Thema – Die Regierung plant neue Steuern'].join(
        '\n',
      ),
    );
    expect(result.text).toBe('Mehr zum Thema sagte der Minister nichts.');
    expect(result.title).toBeNull();
  });

  test('removes lines that recur across the site as site_template', () => {
    const result = clean('Nordwind Kurier – Ihre Zeitung\nDie Fähre legte pünktlich ab.', [
      'Nordwind Kurier – Ihre Zeitung',
    ]);
    expect(result.text).toBe('Die Fähre legte pünktlich ab.');
    expect(result.removed).toEqual([
      { text: 'Nordwind Kurier – Ihre Zeitung', reason: 'site_template', start: 0, end: 30 },
    ]);
  });

  test('takes the title from the input and finds it as the first line', () => {
    const result = clean('Harbour reopens\nThe harbour reopened today after repairs.', [], 'Harbour reopens');
    expect(result).toMatchObject({ title: 'Harbour reopens', headlineInText: true });
  });

  test('does not call a first sentence of prose a headline', () => {
    const result = clean(
      'The council met on Monday. It approved the budget.\nA second paragraph follows here.',
    );
    expect(result).toMatchObject({ title: null, headlineInText: false });
  });
});

describe('normalizeText', () => {
  test('folds no-break and odd spaces, drops zero-width and control characters, trims lines', () => {
    expect(
      normalizeText('  Kyiv\u00A0and\u202FBerlin\u200B \r\n\r\n\r\n\u0007Second\u00ADline\t end  '),
    ).toBe('Kyiv and Berlin\n\nSecondline end');
  });

  test('composes decomposed characters (NFC)', () => {
    expect(normalizeText('Ru\u0308tte')).toBe('Rütte');
  });
});

describe('headline detection', () => {
  test('finds a headline written as a full sentence when the page repeats it', () => {
    const headline =
      'Der Stadtrat von Brekka beschließt nach langer Debatte den Haushalt für das kommende Jahr.';
    const result = clean(
      [
        headline,
        headline.replace(/\.$/, ''),
        'Die Sitzung dauerte bis nach Mitternacht, am Ende stimmten 23 der 31 Mitglieder zu.',
      ].join('\n'),
    );
    expect(result).toMatchObject({ title: headline.replace(/\.$/, ''), headlineInText: true });
    expect(result.removed.map((r) => r.reason)).toEqual(['duplicate_headline']);
  });

  test('skips a masthead above the headline and records it as page_header', () => {
    const result = clean(
      [
        'The Brekka Post',
        'Harbour reopens after three weeks of repairs',
        'The harbour of Brekka reopened on Monday after three weeks of repairs to the northern quay, the port authority said.',
      ].join('\n'),
    );
    expect(result).toMatchObject({
      title: 'Harbour reopens after three weeks of repairs',
      headlineInText: true,
    });
    expect(result.removed).toEqual([{ text: 'The Brekka Post', reason: 'page_header', start: 0, end: 15 }]);
  });
});

describe('site template and phrases together', () => {
  test('opens a teaser block on a "Lesen Sie auch" line that is also site template', () => {
    const result = clean(
      ['Die Fähre legte am Morgen pünktlich in Brekka ab.', 'Lesen Sie auch', 'Neue Buslinie ab Juli'].join(
        '\n',
      ),
      ['Lesen Sie auch'],
    );
    expect(result.removed.map((r) => [r.reason, r.text])).toEqual([
      ['related_links', 'Lesen Sie auch'],
      ['related_links', 'Neue Buslinie ab Juli'],
    ]);
  });
});

describe('site template candidates', () => {
  test('never treats a recurring sentence of prose as template, only UI-like lines', () => {
    const shared = 'The ferry, built in 1998 in Skarvik, carries up to 420 passengers and 90 cars.';
    const result = clean(
      ['Brekka Post – Home', shared, 'A new line of text that only this update has.'].join('\n'),
      ['Brekka Post – Home', shared],
    );
    expect(result.text).toBe(`${shared}\nA new line of text that only this update has.`);
    expect(result.removed.map((r) => r.reason)).toEqual(['site_template']);
  });
});
