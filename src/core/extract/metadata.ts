import { firstPlausible, urlDate } from './dates.js';
import { collapse, descendants, type Element, textOf } from './dom.js';
import { readJsonLd } from './json-ld.js';
import type { ParsedPage } from './parse.js';

export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: string;
  modified?: string;
  site?: string;
  lang?: string;
  url?: string;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.date',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'date_published',
  'originalpublicationdate',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'og:article:modified_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'article.updated',
  'sailthru.lastmodified',
];
const AUTHOR_META = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
  'cxenseparse:author',
];
const TITLE_META = ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline'];
const SITE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|writer|dateline)(?:$|[\s_-])/u;
const TITLE_SEPARATOR = /\s+[|–—·:»/-]\s+|\s+::\s+/u;

/**
 * Title, byline, dates, site name, language and canonical URL from JSON-LD, meta tags, microdata, `<time>`,
 * the URL and byline text, in that order of trust; dates are sanity-checked against `referenceDate`.
 */
export function readMetadata(
  page: ParsedPage,
  options: { url?: string; referenceDate?: string },
): PageMetadata {
  const meta = metaIndex(page.heads);
  const ld = readJsonLd(page.jsonLd);
  const marks = scanBody(page.root);
  const all = (keys: string[]) => keys.map((key) => meta.get(key));
  const pick = (keys: string[]) => all(keys).find((value) => value);
  const url = canonical(page.heads, meta.get('og:url'), options.url);
  const site = ld.publisher ?? pick(SITE_META);
  const published = firstPlausible(
    [
      ld.published,
      ...all(PUBLISHED_META),
      marks.published,
      marks.time,
      urlDate(url),
      urlDate(options.url),
      marks.bylineText,
    ],
    options.referenceDate,
  );
  const modified = firstPlausible(
    [ld.modified, ...all(MODIFIED_META), marks.modified],
    options.referenceDate,
  );
  const author = ld.author ?? authorName(pick(AUTHOR_META)) ?? marks.author ?? byline(marks.bylineText);
  const lang =
    htmlLang(page.root) ??
    meta.get('content-language') ??
    meta.get('language') ??
    locale(meta.get('og:locale')) ??
    ld.lang;
  const result: PageMetadata = {};
  const set = (key: keyof PageMetadata, value: string | undefined) => {
    const clean = value ? collapse(value) : '';
    if (clean) result[key] = clean;
  };
  set('title', ld.headline ?? pick(TITLE_META) ?? headline(page, site));
  set('byline', author);
  set('published', published);
  set('modified', modified);
  set('site', site);
  set('lang', lang);
  set('url', url);
  return result;
}

/** meta name/property/itemprop/http-equiv (lower case) → content; the first occurrence wins. */
function metaIndex(heads: Element[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const element of heads) {
    if (element.tag !== 'meta') continue;
    const content = element.attrs.content?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.attrs[attr]?.toLowerCase().trim();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function canonical(
  heads: Element[],
  ogUrl: string | undefined,
  pageUrl: string | undefined,
): string | undefined {
  const link = heads.find((e) => e.tag === 'link' && /(?:^|\s)canonical(?:$|\s)/iu.test(e.attrs.rel ?? ''));
  for (const candidate of [link?.attrs.href, ogUrl, pageUrl]) {
    if (!candidate?.trim()) continue;
    try {
      return new URL(candidate.trim(), pageUrl).href;
    } catch {
      // relative without a base, or malformed: try the next source
    }
  }
  return undefined;
}

interface BodyMarks {
  published?: string | undefined;
  modified?: string | undefined;
  time?: string | undefined;
  author?: string | undefined;
  bylineText?: string | undefined;
}

/** Microdata, `<time>` and byline boxes of the page, before any cleaning removes headers. */
function scanBody(root: Element): BodyMarks {
  const marks: BodyMarks = {};
  for (const element of descendants(root)) {
    const prop = element.attrs.itemprop;
    const value = () => element.attrs.datetime ?? element.attrs.content ?? textOf(element);
    if (prop === 'datePublished' && !marks.published) marks.published = value();
    else if (prop === 'dateModified' && !marks.modified) marks.modified = value();
    else if (prop === 'author' && !marks.author) marks.author = textOf(element).slice(0, 120) || undefined;
    if (element.tag === 'time' && !marks.time) marks.time = element.attrs.datetime ?? textOf(element);
    if (element.attrs.rel === 'author' && !marks.author) marks.author = textOf(element) || undefined;
    if (!marks.bylineText && BYLINE_CLASS.test((element.attrs.class ?? '').toLowerCase())) {
      const text = textOf(element);
      if (text && text.length < 200) marks.bylineText = text;
    }
  }
  return marks;
}

function authorName(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//u.test(value) ? value : undefined;
}

/** "By Anna Beispiel | 13 June 2024" → "Anna Beispiel". */
function byline(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const name = text
    .replace(/^(?:by|von|par|por|di|door|przez|autor(?:in)?|author)\s*:?\s+/iu, '')
    .split(/\s*[|,•·]\s*|\s+(?:on|am|le|el|il)\s+\d/u)[0]
    ?.trim();
  return name && name.length <= 80 && !/\d{4}/u.test(name) ? name : undefined;
}

function htmlLang(root: Element): string | undefined {
  for (const child of root.children)
    if (typeof child !== 'string' && child.tag === 'html') return child.attrs.lang ?? child.attrs['xml:lang'];
  return undefined;
}

function locale(value: string | undefined): string | undefined {
  return value?.replace('_', '-');
}

/** The page's `<h1>` when the `<title>` contains it, else the `<title>` without its site-name part. */
function headline(page: ParsedPage, site: string | undefined): string | undefined {
  const title = collapse(page.title);
  let h1: string | undefined;
  for (const element of descendants(page.root)) {
    if (element.tag === 'h1') {
      h1 = textOf(element);
      break;
    }
  }
  if (h1 && (!title || title.toLowerCase().includes(h1.toLowerCase()))) return h1;
  if (!title) return h1;
  // "Headline | Site" is the common order; a one-word first part ("Sections | Site") is no headline
  const first = title.split(TITLE_SEPARATOR)[0] ?? title;
  return first !== site && first.split(' ').length >= 2 ? first : title;
}
