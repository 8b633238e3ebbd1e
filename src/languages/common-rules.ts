import type { BoilerplateRule } from './profile.js';
import { AGENCY, MENU_ITEM, rule, SOCIAL } from './rules.js';

const CREDIT_NAME = String.raw`\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,3}`;
const FOOTER_SEP = String.raw`\s*[|·•]\s*`;
const FOOTER_COPYRIGHT = String.raw`(?:©|\(c\)|copyright\s+(?=\d{4}))[^|·•]{1,80}`;
const COMPANY = String.raw`gmbh|ag|kg|ltd|inc|llc|plc|s\.?a\.?|s\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|sp\. z o\.o\.|corp(?:oration)?|company|verlag|media group|ооо|ао|тов`;

/**
 * Structural boilerplate that looks the same in every language: menus of short items,
 * share bars of network names, agency credits, copyright lines and footers, numeric dates.
 * Every profile carries these after its own rules.
 */
export const commonRules: readonly BoilerplateRule[] = [
  rule('share_widget', `^(?:${SOCIAL})(?:(?:\\s*[|•·,/]\\s*|\\s+)(?:${SOCIAL}))*$`),
  rule(
    'legal',
    String.raw`^(?=.{0,160}$)(?:copyright\s*(?:©|\(c\))?\s*\d{4}(?!\d)|(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?!\d)|.*[\s,(](?:${COMPANY})(?:$|[\s.,)])))`,
  ),
  rule('legal', String.raw`^(?:0|6|12|16|18)\+$`),
  rule(
    'photo_credit',
    String.raw`^[(\[]?(?:(?:©|\(c\))\s*)?(?:${CREDIT_NAME}\s*[/|]\s*)?(?:${AGENCY})(?:\s*(?:via|[/|,&])\s*(?:${AGENCY}|${CREDIT_NAME}))*[)\]]?$`,
  ),
  rule('photo_credit', String.raw`^[(\[]?(?:©|\(c\))\s*[^\s/.!?|–—][^/.!?|–—]{0,40}/[^/.!?|–—]{1,40}[)\]]?$`),
  // menu items and a copyright in any order, each part once to keep the pattern small; checks at the end
  rule(
    'legal',
    `^(?:(?:${FOOTER_COPYRIGHT}|${MENU_ITEM})(?:${FOOTER_SEP}|$))*$(?<=^.{0,200})(?<=[|·•].*)(?<=(?:©|\\(c\\)|copyright\\s+\\d).*)`,
  ),
  rule('navigation', String.raw`^${MENU_ITEM}(?:\s*›\s*${MENU_ITEM})+$`),
  rule('navigation', String.raw`^${MENU_ITEM}(?:\s*[|•·›»>]\s*${MENU_ITEM}|\s+/\s+${MENU_ITEM}){2,}$`),
  rule(
    'dateline',
    String.raw`^(?:[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d{2})|\d{4}-[01]\d-[0-3]\d)(?:[T,\s]+[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?$`,
  ),
];
