import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ParallaxError } from '../../core/errors.js';
import { readOpml } from '../../core/feeds/index.js';

/** The feed URLs named on the command line: http(s) URLs as given, OPML files read for theirs; each URL once. */
export async function resolveFeedSources(sources: readonly string[], cwd: string): Promise<string[]> {
  const urls: string[] = [];
  for (const source of sources) {
    for (const url of /^[a-z][\w+.-]*:\/\//iu.test(source)
      ? [checkedUrl(source)]
      : await opmlFeeds(source, cwd)) {
      if (!urls.includes(url)) urls.push(url);
    }
  }
  return urls;
}

function checkedUrl(source: string): string {
  const url = URL.canParse(source) ? new URL(source) : null;
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return source;
  throw new ParallaxError('usage', `${source} is not an http(s) feed URL`, {
    hint: 'give feed URLs such as https://example.org/rss.xml, or OPML files that list them',
  });
}

async function opmlFeeds(source: string, cwd: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, source), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ParallaxError(missing ? 'not_found' : 'input_failed', `cannot read the OPML file ${source}`, {
      hint: 'give feed URLs (http:// or https://) or OPML subscription files',
      cause: error,
    });
  }
  const read = readOpml(text);
  if (!read.ok || read.feeds.length === 0) {
    const why = read.ok ? 'it lists no feeds (outlines with xmlUrl)' : read.reason;
    throw new ParallaxError('input_failed', `${source} is not a usable OPML file: ${why}`, {
      hint: 'export your subscriptions from a feed reader as OPML, or give the feed URLs directly',
    });
  }
  return read.feeds.map((feed) => feed.url);
}
