import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Issue, issue } from '../issues.js';
import { type ParseResult, rawArticle, type UnitBase } from './raw-article.js';

/** The part of the DOM this module reads; linkedom implements it (the project has no DOM lib types). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

interface DomDocument extends DomNode {
  documentElement: DomNode | null;
  title: string;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/** Page facts read from the markup itself, before Readability rewrites the document. */
export interface PageMeta {
  title?: string | undefined;
  lang?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  published?: string | undefined;
}

/** Elements that start a new line of text. */
const BLOCK = new Set(
  'address article blockquote caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements whose text is never article text. */
const SKIP = new Set(
  'aside button canvas footer form head iframe nav noscript object script select style svg template textarea'.split(
    ' ',
  ),
);

/**
 * Extract the main text of an HTML page (one line per block element) with its title, language, date, URL and site.
 * @example parseHtml('<html lang="de"><body><article><p>…</p></article></body></html>', base)
 */
export function parseHtml(html: string, base: UnitBase, warnings: Issue[] = []): ParseResult {
  const extracted = extractHtml(html);
  if (!extracted.ok) {
    return {
      articles: [],
      issues: [...warnings, issue('no_article_text', 'error', base.origin, extracted.params)],
    };
  }
  const { text, meta } = extracted;
  const article = rawArticle(
    base,
    text,
    {
      html,
      title: meta.title,
      url: meta.url,
      published: meta.published,
      source: meta.source,
      declaredLang: meta.lang,
    },
    { issues: warnings },
  );
  return { articles: [article], issues: [] };
}

export type HtmlExtraction =
  | { ok: true; text: string; meta: PageMeta }
  | { ok: false; params?: Record<string, string> };

/** Main text and page facts of an HTML page, or why there is no article in it. */
export function extractHtml(html: string): HtmlExtraction {
  let meta: PageMeta;
  let parsed: ReturnType<Readability<DomNode>['parse']>;
  try {
    const document = parseHTML(asDocument(html)).document as DomDocument;
    meta = pageMeta(document);
    parsed = new Readability<DomNode>(document as never, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch (error) {
    // one malformed page must not stop a batch: report it as a page without article text
    return { ok: false, params: { reason: error instanceof Error ? error.message : String(error) } };
  }
  const text = parsed?.content ? blockLines(parsed.content).join('\n') : '';
  if (text === '') return { ok: false };
  return {
    ok: true,
    text,
    meta: {
      ...meta,
      title: meta.title ?? clean(parsed?.title),
      source: meta.source ?? clean(parsed?.siteName),
      published: meta.published ?? clean(parsed?.publishedTime),
    },
  };
}

/** linkedom does not imply `<html>` or `<body>` as browsers do: add them when the markup leaves them out. */
function asDocument(html: string): string {
  let markup = html;
  if (!/<body[\s>]/iu.test(markup)) {
    const after = /<\/head\s*>/iu.exec(markup) ?? /<html\b[^>]*>/iu.exec(markup);
    const at = after ? after.index + after[0].length : 0;
    markup = `${markup.slice(0, at)}<body>${markup.slice(at)}`;
  }
  if (/<html[\s>]/iu.test(markup)) return markup;
  return `<html>${markup.replace(/^\s*<!doctype[^>]*>/iu, '')}</html>`;
}

function pageMeta(document: DomDocument): PageMeta {
  const metaContent = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const ogUrl = metaContent('meta[property="og:url"]');
  return {
    title: headline(document, metaContent('meta[property="og:title"]')),
    lang: clean(document.documentElement?.getAttribute('lang')),
    url: [canonical, ogUrl].find((url) => url !== undefined && URL.canParse(url)),
    source: metaContent('meta[property="og:site_name"]'),
    published:
      metaContent('meta[property="article:published_time"]') ??
      jsonLdDate(document) ??
      metaContent('meta[itemprop="datePublished"]') ??
      clean(document.querySelector('time[datetime]')?.getAttribute('datetime')),
  };
}

/**
 * The headline without the site name: og:title, else the first <h1> when the <title> contains it;
 * undefined leaves the choice to Readability, which trims "Headline | Site" patterns.
 */
function headline(document: DomDocument, ogTitle: string | undefined): string | undefined {
  if (ogTitle) return ogTitle;
  const h1 = clean(document.querySelector('h1')?.textContent)?.replace(/\s+/gu, ' ');
  const title = clean(document.title);
  if (h1 && (!title || title.toLowerCase().includes(h1.toLowerCase()))) return h1;
  return undefined;
}

/** The first `datePublished` in the page's JSON-LD blocks, at any depth (`@graph`, arrays). */
function jsonLdDate(document: DomDocument): string | undefined {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const found = findKey(JSON.parse(scripts[i]?.textContent ?? ''), 'datePublished', 0);
      if (found) return found;
    } catch {
      // malformed JSON-LD is common and carries no article text: ignore it
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string, depth: number): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value)) {
    const direct = (value as Record<string, unknown>)[key];
    if (typeof direct === 'string' && direct.trim()) return direct.trim();
  }
  for (const child of Object.values(value)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Visible text of an element, one line per block element or `<br>`, whitespace collapsed. */
export function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') return flush();
    if (name === 'pre') {
      flush();
      for (const line of (node.textContent ?? '').split('\n'))
        lines.push(...(line.trim() ? [line.trimEnd()] : []));
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
