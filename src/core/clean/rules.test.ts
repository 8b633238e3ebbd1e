import { describe, expect, test } from 'vitest';
import { createGenericProfile } from '../../languages/generic.js';
import type { LanguageProfile } from '../../languages/profile.js';
import { compileRules } from './rules.js';

const profile = (boilerplate: LanguageProfile['boilerplate']): LanguageProfile => ({
  ...createGenericProfile('und'),
  code: 'xx',
  name: 'Test',
  boilerplate,
  stopwords: new Set(),
  stem: (w) => w,
  segmentsWords: false,
});

describe('compileRules', () => {
  test('skips a rule whose guard a line fails', () => {
    const ad = {
      reason: 'advertisement' as const,
      pattern: /^ad \w+$/u,
      guard: (l: string) => l.includes('i'),
    };
    expect(['ad box', 'ad bix'].map((l) => compileRules([profile([ad])]).match(l)?.reason ?? null)).toEqual([
      null,
      'advertisement',
    ]);
  });

  test('tries rules in profile order, each shared rule once, and skips rules whose maxLength a line exceeds', () => {
    const date = { reason: 'dateline' as const, pattern: /^\d{1,2}\.\d{1,2}\.\d{4}.*$/u, maxLength: 20 };
    const ad = { reason: 'advertisement' as const, pattern: /^(?:werbung|anzeige)$/iu };
    const set = compileRules([profile([date, ad]), profile([ad])]);
    expect(
      ['12.06.2025', '12.06.2025 was a long day for everyone in Brekka', 'Anzeige', 'Anzeigen'].map(
        (l) => set.match(l)?.reason ?? null,
      ),
    ).toEqual(['dateline', null, 'advertisement', null]);
  });
});
