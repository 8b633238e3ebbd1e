import { parseOpml } from 'feedsmith';

/** A feed listed in an OPML subscription list. */
export interface OpmlFeed {
  url: string;
  title?: string;
}

export type ReadOpmlResult = { ok: true; feeds: OpmlFeed[] } | { ok: false; reason: string };

/**
 * The feed URLs of an OPML document (outlines with an `xmlUrl`, at any depth, each URL once, in order).
 * @example readOpml('<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/></body></opml>')
 */
export function readOpml(text: string): ReadOpmlResult {
  let parsed: ReturnType<typeof parseOpml>;
  try {
    parsed = parseOpml(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  type Outline = NonNullable<NonNullable<typeof parsed.body>['outlines']>[number];
  const walk = (outlines: readonly Outline[] | undefined) => {
    for (const outline of outlines ?? []) {
      const url = outline.xmlUrl?.trim();
      if (url && URL.canParse(url) && !seen.has(url)) {
        seen.add(url);
        const title = (outline.title ?? outline.text)?.trim();
        feeds.push(title ? { url, title } : { url });
      }
      walk(outline.outlines);
    }
  };
  walk(parsed.body?.outlines);
  return { ok: true, feeds };
}
