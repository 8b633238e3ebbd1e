import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { allBoilerplateRules } from './index.js';
import { ru } from './ru.js';

const ownReason = (line: string) => ru.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  ru.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Главная: 'navigation',
  'Главная › Политика › В мире': 'navigation',
  'Последние новости': 'navigation',
  'Читайте также': 'related_links',
  'Читайте также:': 'related_links',
  'Читайте также: Госдума приняла бюджет в первом чтении': 'related_links',
  'Читайте также — Госдума приняла бюджет': 'related_links',
  'По теме': 'related_links',
  Подробнее: 'related_links',
  Реклама: 'advertisement',
  'Реклама 16+': 'advertisement',
  'Партнерский материал': 'advertisement',
  Поделиться: 'share_widget',
  'Поделиться в Telegram': 'share_widget',
  'Скопировать ссылку': 'share_widget',
  Комментарии: 'comments_widget',
  'Комментарии (7)': 'comments_widget',
  'Самое читаемое': 'comments_widget',
  'Фото: Reuters': 'photo_credit',
  'Фото: РИА Новости': 'photo_credit',
  'Фото из открытых источников': 'photo_credit',
  'Подписывайтесь на наш Telegram-канал': 'newsletter',
  'Подпишитесь на рассылку': 'newsletter',
  'Поддержите нас': 'donation',
  'Мы используем файлы cookie, чтобы сделать работу сайта удобнее.': 'cookie_notice',
  'Принять все': 'cookie_notice',
  'Все права защищены': 'legal',
  'При использовании материалов ссылка на сайт обязательна': 'legal',
  '18+': 'legal',
  '13 июня 2024': 'dateline',
  '13 июня 2024 года, 18:30': 'dateline',
  'Обновлено: 13.06.2024 18:30': 'dateline',
  'Сегодня, 18:30': 'dateline',
  'Вчера в 18:30': 'dateline',
  '2 часа назад': 'dateline',
  'Автор: Иван Петров': 'byline',
  'Текст: Мария Соколова и Олег Миронов': 'byline',
  'По материалам ТАСС': 'byline',
  'Поделиться: ВКонтакте | Telegram | Одноклассники': 'share_widget',
  '© 2025 Северная газета | Контакты | Реклама': 'legal',
  'Понравился материал? Поддержите независимую журналистику.': 'donation',
  'Станьте подписчиком за 299 ₽ в месяц.': 'donation',
  'Независимая журналистика стоит денег.': 'donation',
};

const body = [
  'Читайте также заявление министра целиком, посоветовал он.',
  'Реклама табака запрещена с 2013 года.',
  'Комментарии президента вызвали скандал.',
  'Фото и видео показывают взрыв.',
  'По теме переговоров министр ничего не сказал.',
  'Поделиться опытом приехали специалисты из 20 стран.',
  '13 июня 2024 года стороны подписали соглашение.',
  'Мы используем файлы cookie? – спросил депутат.',
  'Подпишитесь на петицию, призвал активист.',
  'Более 2 тысяч человек вышли на акцию в субботу.',
  'Автор законопроекта Иван Петров выступил в Думе.',
  'Поддержите независимых кандидатов, призвал политик.',
  'Станьте донором крови, призывают врачи.',
  'Независимая журналистика стоит денег, заявил редактор.',
];

describe('Russian boilerplate rules', () => {
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
      'Читайте также',
      'По теме',
      'Читайте также: Госдума приняла бюджет',
      'Подробнее',
      'Самое читаемое',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
