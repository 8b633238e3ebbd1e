import { AGENCY } from '../../languages/rules.js';

/** A news or photo agency's name as a whole ("Reuters", "Getty Images", "ТАСС"). */
const AGENCY_NAME = new RegExp(`^(?:${AGENCY})$`, 'iu');
/** What may follow a credit up to the end of its line: more credits, spaces, a closing bracket. */
const CREDIT_REST = /^[\p{L}\s/|'’-]*\)?\s*$/u;
/** A dash after a bracketed agency tag: "LONDON (Reuters) –". */
const TAG_END = /^\)\s*[-–—]/u;
/** How far into its line a dateline's agency tag opens. */
const DATELINE = 40;

/**
 * Whether the name at [start, end) credits a photo or a wire story rather than appearing in it:
 * a name in a slash chain ending its line ("REUTERS/Jane Roe", "PAP/EPA/John Doe"), an agency
 * ending its line or bracketed ("… the crowd. Reuters", "Photo: AP", "(with AFP)"), or a
 * bracketed tag before a dash after a dateline ("CITY (Some Press) –").
 */
export function isCredit(text: string, start: number, end: number): boolean {
  const lineEnd = _indexOr(text, '\n', end, text.length);
  const rest = text.slice(end, lineEnd);
  if ((text[start - 1] === '/' || text[end] === '/') && CREDIT_REST.test(rest)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const bracket = text.lastIndexOf('(', start - 1);
  const bracketed = bracket >= lineStart && !text.slice(bracket, start).includes(')') && rest[0] === ')';
  if (bracketed && bracket - lineStart <= DATELINE && TAG_END.test(rest)) return true;
  if (!AGENCY_NAME.test(text.slice(start, end))) return false;
  return bracketed || /^\s*$/u.test(rest);
}

function _indexOr(text: string, search: string, from: number, fallback: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? fallback : at;
}
