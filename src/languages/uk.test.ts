import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { allBoilerplateRules } from './index.js';
import { uk } from './uk.js';

const ownReason = (line: string) => uk.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  uk.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Головна: 'navigation',
  'Головна › Політика › Світ': 'navigation',
  'Останні новини': 'navigation',
  'Читайте також': 'related_links',
  'Читайте також: Рада ухвалила бюджет у першому читанні': 'related_links',
  'За темою': 'related_links',
  Детальніше: 'related_links',
  Реклама: 'advertisement',
  'Партнерський матеріал': 'advertisement',
  Поділитися: 'share_widget',
  'Поділитися у Facebook': 'share_widget',
  'Скопіювати посилання': 'share_widget',
  Коментарі: 'comments_widget',
  'Коментарі (5)': 'comments_widget',
  Найпопулярніше: 'comments_widget',
  'Фото: Укрінформ': 'photo_credit',
  'Фото: Getty Images': 'photo_credit',
  'Фото з відкритих джерел': 'photo_credit',
  'Ілюстративне фото': 'photo_credit',
  'Підписуйтесь на наш Telegram-канал': 'newsletter',
  'Підтримайте нас': 'donation',
  'Ми використовуємо файли cookie, щоб покращити роботу сайту.': 'cookie_notice',
  'Прийняти всі': 'cookie_notice',
  'Усі права захищені': 'legal',
  'Використання матеріалів дозволяється за умови посилання на сайт': 'legal',
  '13 червня 2024': 'dateline',
  '13 червня 2024 року, 18:30': 'dateline',
  'Оновлено: 13.06.2024, 18:30': 'dateline',
  'Вчора о 18:30': 'dateline',
  '2 години тому': 'dateline',
  "П'ятниця, 14 червня 2024": 'dateline',
  'Авторка: Олена Коваль': 'byline',
  'Текст: Тарас Мельник і Ірина Бойко': 'byline',
  'За матеріалами Укрінформу': 'byline',
  'Поділитися: Facebook | Telegram | Viber': 'share_widget',
  '© 2025 «Волинський вісник» | Контакти | Реклама': 'legal',
  'Підтримайте незалежну журналістику — станьте патроном «Волинського вісника» від 100 гривень на місяць.':
    'donation',
  'Сподобався матеріал? Підтримайте нашу редакцію.': 'donation',
  'Незалежна журналістика коштує грошей.': 'donation',
  'Світлина: Ірина Бойко': 'photo_credit',
  'Фото: УНІАН': 'photo_credit',
};

const body = [
  'Читайте також заяву міністра повністю, порадив він.',
  'Реклама тютюну заборонена з 2012 року.',
  'Коментарі президента викликали скандал.',
  'Фото і відео показують вибух.',
  'За темою переговорів міністр нічого не сказав.',
  'Поділитися досвідом приїхали фахівці з 20 країн.',
  '13 червня 2024 року сторони підписали угоду.',
  'Як повідомляв Укрінформ, обстріл тривав дві години.',
  'Понад 2 тисячі людей вийшли на акцію в суботу.',
  'Автор ідеї Іван Петренко розповів про плани.',
  'Підтримайте армію, закликав мер.',
  'Станьте донором крові, закликають лікарі.',
  'Підпишіться на петицію щодо парку.',
  'Незалежна журналістика коштує грошей, вважає редактор.',
];

describe('Ukrainian boilerplate rules', () => {
  test('name the reason for typical boilerplate lines', () => {
    const lines = Object.keys(boilerplate);
    expect(Object.fromEntries(lines.map((line) => [line, ownReason(line)]))).toEqual(boilerplate);
  });

  test('keep those reasons when the rules of every language run together', () => {
    const lines = Object.keys(boilerplate);
    expect(Object.fromEntries(lines.map((line) => [line, anyReason(line)]))).toEqual(boilerplate);
  });

  test('leave body sentences with the same words alone', () => {
    expect(body.filter((line) => anyReason(line) !== null)).toEqual([]);
  });

  test('open a teaser block only after a related-links heading', () => {
    const lines = [
      'Читайте також',
      'За темою',
      'Читайте також: Рада ухвалила бюджет',
      'Детальніше',
      'Найпопулярніше',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
