import { classAndId, type Element } from './dom.js';

/**
 * Markup hints: which tags and class/id words tell main text from page furniture. They are the naming
 * conventions of publishing systems (WordPress, Drupal, schema.org, common front-end kits), not rules for
 * particular sites.
 */

/** Elements that never hold article text. */
export const NEVER_CONTENT = new Set(
  'button input select option optgroup textarea label img picture video audio canvas embed object map area source track head link meta style script noscript template dialog menu datalist output progress meter'.split(
    ' ',
  ),
);

/** Page furniture by tag, removed unless it holds most of the page's prose (some sites wrap everything in one). */
export const FURNITURE_TAGS = new Set([
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'figure',
  'figcaption',
  'fieldset',
]);

/** ARIA landmarks of furniture. */
export const FURNITURE_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'alert',
  'alertdialog',
  'toolbar',
]);

/** Class/id words of boilerplate containers. */
export const UNLIKELY =
  /(?:^|[\s_-])(?:ads?|adv|advert\w*|ad-?(?:slot|unit|container|wrapper|block|box|banner)|banner|breadcrumbs?|combx|comments?|commentlist|community|cookies?|consent|cover-wrap|disqus|footer|gdpr|masthead|menu|navbar|nav|navigation|newsletter|outbrain|taboola|pager|pagination|popup|modal|overlay|promo\w*|related\w*|recommend\w*|remark|replies|reply|rss|share\w*|sharing|shoutbox|sidebar|skyscraper|social\w*|sponsor\w*|subscribe\w*|subscription|supplemental|toolbar|widget\w*|signup|sign-up|login|paywall|teaser-list|most-?popular|most-?read|trending|tags?|tag-?list|keywords|author-?bio|about-?(?:the-)?author|print-only|visually-hidden|sr-only|screen-reader\w*|skip-?link\w*|jump-?link\w*)(?:$|[\s_-])/u;

/** Class/id words of furniture that may hold prose but is never the article (comments, related teasers). */
export const STRONG_UNLIKELY =
  /comment|disqus|footer|sidebar|related|recommend|newsletter|cookie|consent|breadcrumb|(?:^|[\s_-])(?:nav|menu|navigation)(?:$|[\s_-])|outbrain|taboola|most-?(?:read|popular)/u;

/** Class/id words that rescue a container matching `UNLIKELY` ("article-sidebar-wrapper" may hold the article). */
export const MAYBE = /article|body|column|content|main|shadow|entry|story|post|text/u;

export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|richtext|rich-text|paragraph|abstract|lead|intro|teaser-text/u;

export const NEGATIVE =
  /-ad-|(?:^|\s)ad(?:$|\s|-)|(?:^|\s)(?:hidden|hid|invisible)(?:$|\s)|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|dateline|timestamp|caption|credit|copyright|disclaimer|breadcrumb|newsletter|subscribe|social|nav|menu|teaser|recommend|more-|read-more|infobox|toolbar|print|rating|popular|trending|signup|cta/u;

/** Small boxes inside an article body that are never its text: bylines, dates, captions, share and tag bars. */
export const INLINE_JUNK =
  /(?:^|[\s_-])(?:byline|by-?line|author|authors|dateline|date|time|timestamp|published|updated|posted-on|meta|caption|credits?|copyright|photo-?credit|image-?credit|wp-caption-text|share\w*|social\w*|tags?|tag-?list|topics|related\w*|read-?more|more-?stories|newsletter|subscribe|promo\w*|ad|ads|advert\w*|sponsor\w*|rating|print|toolbar|breadcrumbs?|pagination|pager|comments?|visually-hidden|sr-only|screen-reader\w*|infobox|embed-?container|video\w*|gallery|slideshow|inline-?(?:ad|related|promo)|cta|signup|disclaimer|footnote-ad)(?:$|[\s_-])/u;

/** Schema.org and microformat markers of the article body. */
export function isBodyMarker(element: Element): boolean {
  const prop = element.attrs.itemprop;
  if (prop !== undefined && /articlebody|text/iu.test(prop)) return true;
  return /(?:^|\s)(?:entry-content|post-content|article-body|article__body|articlebody|story-body|post-body|article-content|content-body|body-text|article-text|story-content|post-entry|blog-post-body)(?:$|\s)/u.test(
    classAndId(element),
  );
}

/** Readability-style class weight: +25 for a content word, −25 for a furniture word. */
export function classWeight(element: Element): number {
  const names = classAndId(element);
  if (names === '') return 0;
  let weight = 0;
  if (NEGATIVE.test(names)) weight -= 25;
  if (POSITIVE.test(names)) weight += 25;
  return weight;
}

/** Hidden by attribute or inline style. */
export function isHidden(element: Element): boolean {
  const { attrs } = element;
  if ('hidden' in attrs) return true;
  if (attrs['aria-hidden'] === 'true' && !/fallback-image/u.test(attrs.class ?? '')) return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}
