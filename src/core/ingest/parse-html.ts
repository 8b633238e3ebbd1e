import { type ExtractOptions, extractArticle } from '../extract/index.js';
import { type Issue, issue } from '../issues.js';
import { type ParseResult, rawArticle, type UnitBase } from './raw-article.js';

/** The part of a DOM `blockLines` reads (linkedom implements it; the project has no DOM lib types). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

/** Page facts read from the markup. */
export interface PageMeta {
  title?: string | undefined;
  byline?: string | undefined;
  lang?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  published?: string | undefined;
  modified?: string | undefined;
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
 * How sure the extractor is goes into `metadata.extraction` (confidence 0..1 and issue codes).
 * @example parseHtml('<html lang="de"><body><article><p>…</p></article></body></html>', base)
 */
export function parseHtml(
  html: string,
  base: UnitBase,
  warnings: Issue[] = [],
  options: ExtractOptions = {},
): ParseResult {
  const extracted = extractHtml(html, options);
  if (!extracted.ok) {
    return {
      articles: [],
      issues: [...warnings, issue('no_article_text', 'error', base.origin, extracted.params)],
    };
  }
  const { text, meta, extraction } = extracted;
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
    { issues: warnings, metadata: { extraction } },
  );
  return { articles: [article], issues: [] };
}

export type HtmlExtraction =
  | {
      ok: true;
      text: string;
      meta: PageMeta;
      extraction: { confidence: number; issues: string[] };
    }
  | { ok: false; params?: Record<string, string> };

/** Main text and page facts of an HTML page, or why there is no article in it. */
export function extractHtml(html: string, options: ExtractOptions = {}): HtmlExtraction {
  const result = extractArticle(html, options);
  if (result.text === '') return { ok: false };
  return {
    ok: true,
    text: result.text,
    meta: {
      title: result.title,
      byline: result.byline,
      lang: result.lang,
      url: result.url,
      source: result.site,
      published: result.published,
      modified: result.modified,
    },
    extraction: { confidence: result.confidence, issues: result.issues },
  };
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
