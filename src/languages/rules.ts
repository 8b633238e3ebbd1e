import type { RemovalReason } from '../core/types.js';
import type { BoilerplateRule } from './profile.js';

const DECOR = '»›>▶►▸•·*■▪→+|–—-';
const LEAD = String.raw`^[\s${DECOR}]*`;
const TRAIL = String.raw`[\s:.…!${DECOR}]*`;
const TAIL = String.raw`(?:${TRAIL}[(\[]?\d+[)\]]?)?${TRAIL}$`;
const TEASER_SEPARATOR = String.raw`(?:\s*[:|»›>▶►→]|\s+[–—-])\s*\S`;

/** One item of a menu or breadcrumb: up to three words, starting with a letter. */
export const MENU_ITEM = String.raw`\p{L}[\p{L}\p{N}&'’.+-]*(?: [\p{L}\p{N}&'’.+-]+){0,2}`;

/** Social networks and messengers named by share and follow widgets. */
export const SOCIAL = [
  'facebook',
  'twitter',
  'x \\(?(?:formerly )?twitter\\)?',
  'whatsapp',
  'telegram',
  'linkedin',
  'pinterest',
  'reddit',
  'instagram',
  'tiktok',
  'youtube',
  'threads',
  'bluesky',
  'mastodon',
  'messenger',
  'flipboard',
  'xing',
  'viber',
  'vk',
  'vkontakte',
  'e-?mail',
].join('|');

/** News and photo agencies that appear alone in credit lines. */
export const AGENCY = [
  'reuters',
  'afp',
  'ap(?: photo)?',
  'dpa(?:-infocom)?',
  'epa(?:-efe)?',
  'getty images',
  'getty',
  'imago(?: images)?',
  'picture[ -]alliance',
  'keystone',
  'anadolu(?: agency)?',
  'xinhua',
  'kyodo',
  'yonhap',
  'pa(?: images| media| wire)',
  'ddp(?: images)?',
  'sipa(?: press)?',
  'abaca(?:press)?',
  'ullstein ?bild',
  'zuma(?: press| wire)?',
  'rex(?: features| shutterstock)?',
  'shutterstock',
  'istock(?:photo)?',
  'alamy',
  'unsplash',
  'wikimedia commons',
  'sopa images',
  'nurphoto',
  'ansa',
  'efe',
  'agencia efe',
  'europa press',
  'lusa',
  'anp',
  'belga',
  'pap',
  'tass',
  'ria novosti',
  'sputnik',
  'ukrinform',
  'unian',
  'тасс',
  'риа новости',
  'интерфакс',
  'укрінформ',
  'уніан',
].join('|');

export interface LineOptions {
  /** The line heads a block of link teasers. */
  opensBlock?: boolean;
  /** A count may precede the phrase, as in "12 Comments". */
  counted?: boolean;
}

/**
 * A line that is nothing but one of the phrases, give or take bullets, a colon, an arrow or a count.
 * Each phrase is a regex alternation; a plain ' also matches ’ and ʼ.
 */
export function wholeLine(
  reason: RemovalReason,
  phrases: readonly string[],
  options: LineOptions = {},
): BoilerplateRule {
  const count = options.counted ? String.raw`(?:[(\[]?\d+[)\]]?\s+)?` : '';
  return rule(reason, `${LEAD}${count}(?:${alternatives(phrases)})${TAIL}`, options.opensBlock);
}

/** A phrase, then a colon, bar, arrow or spaced dash, then a teaser: the whole line goes. */
export function teaserPrefix(reason: RemovalReason, phrases: readonly string[]): BoilerplateRule {
  return rule(reason, `${LEAD}(?:${alternatives(phrases)})${TEASER_SEPARATOR}`);
}

/** "Photo: …", "(Foto ANSA)": a credit word followed by a colon, or directly by an agency name. */
export function creditPrefix(words: readonly string[]): BoilerplateRule {
  const word = `[(\\[]?(?:${alternatives(words)})`;
  return rule('photo_credit', `^${word}(?:\\s*:\\s*\\S|\\s+(?:${AGENCY})(?![\\p{L}\\p{N}]))`);
}

/** "Startseite › Politik › Ausland": a home word followed by menu items. */
export function breadcrumb(homeWords: readonly string[]): BoilerplateRule {
  const item = String.raw`\s*[›»>/|•·]\s*${MENU_ITEM}`;
  return rule('navigation', `${LEAD}(?:${alternatives(homeWords)})(?:${item})+\\s*[›»>]?$`);
}

/** A rule from a raw pattern source; all rules are case-insensitive and Unicode-aware. */
export function rule(reason: RemovalReason, source: string, opensBlock = false): BoilerplateRule {
  const pattern = new RegExp(source, 'iu');
  return opensBlock ? { reason, pattern, opensBlock } : { reason, pattern };
}

function alternatives(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.replaceAll("'", "['’ʼ]")).join('|');
}
