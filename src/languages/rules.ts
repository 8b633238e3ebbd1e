import type { RemovalReason } from '../core/types.js';
import { notSentence } from './guards.js';
import type { BoilerplateRule } from './profile.js';

const DECOR = '»›>▶►▸•·*■▪→+|–—-';
const LEAD = String.raw`^[\s${DECOR}]*`;
const TRAIL = String.raw`[\s:.…!${DECOR}]*`;
const TAIL = String.raw`(?:${TRAIL}[(\[]?\d+[)\]]?)?${TRAIL}$`;
const TEASER_SEPARATOR = String.raw`(?:\s*[:|»›>▶►→]|\s+[–—-])\s*\S`;

/** One item of a menu or breadcrumb: up to three words, starting with a letter. */
/** Longest rights line, and the end of it that holds the rights phrase. */
const RIGHTS_LINE = 200;
const RIGHTS_TAIL = 60;

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

/** Share targets in a share bar, where a bare "X" can only mean the network. */
const SHARE_TARGET = `${SOCIAL}|x`;

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
  return labelLike(rule(reason, `${LEAD}${count}(?:${alternatives(phrases)})${TAIL}`, options.opensBlock));
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

/** "Teilen: Facebook | X | E-Mail": a share label, then only share targets and actions. */
export function shareBar(labels: string, actions: string): BoilerplateRule {
  // the item appears once: each copy of SOCIAL adds much compiled code
  const item = `(?:${SHARE_TARGET}|${alternatives([actions])})`;
  const label = `(?:${alternatives([labels])})(?:\\s*:\\s*|\\s+)(?=[^\\s|•·,/])`;
  return labelLike(
    rule('share_widget', `${LEAD}${label}(?:${item}(?:\\s*[|•·,/]\\s*|\\s+|(?=${TRAIL}$)))*${TRAIL}$`),
  );
}

/** "Bild: kw": a credit label, a colon and a short source without sentence punctuation. */
export function shortCredit(labels: string): BoilerplateRule {
  // a full stop only inside a domain ("nato.int") or after an initial ("J. Smith")
  const char = String.raw`(?:[^\s.!?:;…"“”„«»‘]|\s(?=\S)|\.(?=[^\s.])|(?<=(?:^|[\s/])[^\s/.])\.)`;
  return labelLike(
    rule('photo_credit', `^[(\\[]?(?:${labels})\\s*:\\s*(?=[^\\s'’()-])${char}{1,40}[)\\]]?$`),
  );
}

/** "Startseite › Politik › Ausland": a home word followed by menu items. */
export function breadcrumb(homeWords: readonly string[]): BoilerplateRule {
  const item = String.raw`\s*[›»>/|•·]\s*${MENU_ITEM}`;
  return labelLike(rule('navigation', `${LEAD}(?:${alternatives(homeWords)})(?:${item})+\\s*[›»>]?$`));
}

/** A rule that tells capitals apart (names): wrap its fixed words in caseless(). */
export function casedRule(reason: RemovalReason, source: string): BoilerplateRule {
  return { reason, pattern: new RegExp(source, 'u') };
}

/** A pattern source that matches its letters in any case, for use inside a casedRule (no letter ranges). */
export function caseless(source: string): string {
  const token = /\\(?:[pPu]\{[^}]*\}|.)|\[(?:\\(?:[pPu]\{[^}]*\}|.)|[^\]\\])*\]|\p{L}/gsu;
  return source.replace(token, (part) => {
    if (part.startsWith('\\')) return part;
    if (!part.startsWith('[')) return _cases(part).length > 1 ? `[${_cases(part)}]` : part;
    return part.replace(/\\(?:[pPu]\{[^}]*\}|.)|\p{L}/gsu, (inner) =>
      inner.startsWith('\\') ? inner : _cases(inner),
    );
  });
}

function _cases(letter: string): string {
  const forms = new Set([letter, letter.toLowerCase(), letter.toUpperCase()]);
  return [...forms].filter((form) => form.length === 1).join('');
}

/** "© 2025 Brekka Post. All rights reserved.": a short line that ends with a rights phrase after a separator. */
export function rightsTail(phrase: string): BoilerplateRule {
  const tail = new RegExp(`(?:${phrase})\\.?$`, 'iu');
  const pattern = rule('legal', String.raw`^[^.!?]{1,120}[.,|–—-]\s*(?:${phrase})\.?$`);
  // the tail is tested on the end of the line only, so most lines never reach the backtracking prefix
  return { ...pattern, maxLength: RIGHTS_LINE, guard: (line) => tail.test(line.slice(-RIGHTS_TAIL)) };
}

/** A rule for a label, menu or credit: such lines never read as a sentence, so sentences skip the pattern. */
export function labelLike(rule_: BoilerplateRule): BoilerplateRule {
  const guard = rule_.guard;
  return { ...rule_, guard: guard ? (line) => notSentence(line) && guard(line) : notSentence };
}

/** A rule from a raw pattern source; rules are case-insensitive (unless cased) and Unicode-aware. */
export function rule(reason: RemovalReason, source: string, opensBlock = false): BoilerplateRule {
  const pattern = new RegExp(source, 'iu');
  return opensBlock ? { reason, pattern, opensBlock } : { reason, pattern };
}

function alternatives(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.replaceAll("'", "['’ʼ]")).join('|');
}
