import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { commonRules } from './common-rules.js';

const reason = (line: string) => commonRules.find((rule) => rule.pattern.test(line))?.reason ?? null;

describe('language-neutral boilerplate rules', () => {
  test('recognise menus, share bars, agency credits, copyright lines, footers and numeric dates', () => {
    const lines: Record<string, RemovalReason> = {
      'Politik | Wirtschaft | Sport | Kultur': 'navigation',
      'Polityka • Świat • Sport': 'navigation',
      'Noticias / Internacional / Europa': 'navigation',
      'Home › Ukraine war': 'navigation',
      'Facebook Twitter WhatsApp': 'share_widget',
      'Facebook | X (formerly Twitter) | Telegram': 'share_widget',
      Reuters: 'photo_credit',
      'AFP via Getty Images': 'photo_credit',
      'Kay Nietfeld/dpa': 'photo_credit',
      'picture alliance / dpa | Kay Nietfeld': 'photo_credit',
      '© imago/Future Image': 'photo_credit',
      ТАСС: 'photo_credit',
      '© 2024 Example Media GmbH': 'legal',
      'Impressum · Datenschutz · © Rheinbote Verlag GmbH': 'legal',
      '© Harbour Gazette 2025 | Privacy | Terms | Contact': 'legal',
      'Impressum · Datenschutz · Kontakt': 'navigation',
      'Privacy • Terms • Contact': 'navigation',
      'Copyright 2024 The Example Company': 'legal',
      '18+': 'legal',
      '13.06.2024': 'dateline',
      '13/06/2024 18:30': 'dateline',
      '2024-06-13T18:30:00+02:00': 'dateline',
    };
    expect(Object.fromEntries(Object.keys(lines).map((line) => [line, reason(line)]))).toEqual(lines);
  });

  test('leave headlines, bylines in prose and scores alone', () => {
    const body = [
      'Ukraine-Krieg | Selenskyj fordert deutlich mehr Hilfe | ZDFheute',
      'Reuters reported that the talks had failed.',
      'Copyright law is changing fast.',
      'Inflation > 5 % in June',
      '21:19',
      '© Riproduzione riservata',
      'Das Logo © 2019 gehört dem Verein | sagte der Sprecher am Montag in Halvik vor Journalisten.',
      'Copyright | Patente | Marken und was sie schützen, erklärt von unserer Rechtsexpertin Anna Beispiel',
    ];
    expect(body.filter((line) => reason(line) !== null)).toEqual([]);
  });
});
