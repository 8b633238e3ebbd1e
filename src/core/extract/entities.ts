/** HTML 4 named character references (Latin-1, punctuation, symbols, Greek) plus `apos`; numeric ones. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ' +
  'ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml';

const OTHERS =
  'quot:22 amp:26 apos:27 lt:3c gt:3e OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 ' +
  'tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f ndash:2013 mdash:2014 ' +
  'lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020 Dagger:2021 bull:2022 ' +
  'hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 rsaquo:203a oline:203e frasl:2044 euro:20ac ' +
  'trade:2122 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 minus:2212 le:2264 ge:2265 ne:2260 ' +
  'infin:221e asymp:2248 equiv:2261 sum:2211 radic:221a loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666 ' +
  'hyphen:2010 dash:2010 horbar:2015 nbhy:2011 lowbar:5f half:bd';

const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  LATIN1.split(' ').forEach((name, i) => {
    table.set(name, String.fromCharCode(160 + i));
  });
  for (const pair of OTHERS.split(' ')) {
    const [name, hex] = pair.split(':') as [string, string];
    table.set(name, String.fromCodePoint(Number.parseInt(hex, 16)));
  }
  GREEK.split(' ').forEach((name, i) => {
    // lower-case Greek runs from U+03B1; sigmaf (final sigma, U+03C2) sits before sigma
    const lower = String.fromCharCode(0x3b1 + i);
    table.set(name, lower);
    if (name !== 'sigmaf') table.set(name[0]?.toUpperCase() + name.slice(1), String.fromCharCode(0x391 + i));
  });
  return table;
}

const NAMED = buildTable();
const LEGACY = new Set([...LATIN1.split(' '), 'amp', 'lt', 'gt', 'quot']);
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/gu;

/** Code points that HTML maps to windows-1252 characters when written as numeric references. */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromCode(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return C1.charAt(code - 0x80);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decode character references in text or an attribute value; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCode(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCode(Number.parseInt(hex, 16));
    const found = NAMED.get(name ?? '');
    if (found === undefined) return whole;
    // without its ";" only a legacy name decodes ("&copy 2024"), as in browsers; "&copyright" stays
    return whole.endsWith(';') || LEGACY.has(name ?? '') ? found : whole;
  });
}
