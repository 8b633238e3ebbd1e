/** Publication dates: normalised to ISO 8601 and checked against the crawl date. */

const EARLIEST = Date.UTC(1995, 0, 1);
const DAY = 86_400_000;

/** Month names (and common abbreviations) of the languages the project reads, lower case → month number. */
const MONTHS: Record<string, number> = {};
const NAMES: string[] = [
  'january jan januar jänner janvier enero gennaio janeiro januari styczeń stycznia styczen января январь',
  'february feb februar février fevrier febrero febbraio fevereiro februari luty lutego февраля февраль',
  'march mar märz maerz mars marzo março maart marzec marca марта март',
  'april apr avril abril aprile kwiecień kwietnia апреля апрель',
  'may mai mayo maggio maio mei maj maja мая май',
  'june jun juni juin junio giugno junho czerwiec czerwca июня июнь',
  'july jul juli juillet julio luglio julho lipiec lipca июля июль',
  'august aug août aout agosto augustus sierpień sierpnia августа август',
  'september sep sept septembre septiembre settembre setembro wrzesień września сентября сентябрь',
  'october oct oktober octobre octubre ottobre outubro październik października октября октябрь',
  'november nov novembre noviembre novembro listopad listopada ноября ноябрь',
  'december dec dezember décembre decembre diciembre dicembre dezembro grudzień grudnia декабря декабрь',
];
NAMES.forEach((names, i) => {
  for (const name of names.split(' ')) MONTHS[name] = i + 1;
});

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/u;
const DOTTED = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/u;
const SLASHED_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/u;
const DAY_MONTH = /\b(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?([\p{L}]{3,12})\.?,?\s+(?:de\s+)?(\d{4})\b/u;
const MONTH_DAY = /\b([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?:\/|$|[-_])/u;

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * An ISO 8601 form of a date as pages write it: ISO (kept, time and zone included), compact, 13.06.2024,
 * 2024/06/13, "13 June 2024", "June 13, 2024", "13. Juni 2024"; undefined when none is recognised.
 */
export function normaliseDate(value: string): string | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const day = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return undefined;
    if (iso[4] === undefined) return day;
    const zone = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/u, '$1:$2')) : '';
    return `${day}T${iso[4]}:${iso[5]}${iso[6] ? `:${iso[6]}` : ''}${zone}`;
  }
  const compact = COMPACT.exec(text);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const lower = text.toLowerCase();
  const dotted = DOTTED.exec(lower);
  if (dotted) return ymd(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = SLASHED_YMD.exec(lower);
  if (slashed) return ymd(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const dayMonth = DAY_MONTH.exec(lower);
  const dm = dayMonth && MONTHS[dayMonth[2] as string];
  if (dayMonth && dm) return ymd(Number(dayMonth[3]), dm, Number(dayMonth[1]));
  const monthDay = MONTH_DAY.exec(lower);
  const md = monthDay && MONTHS[monthDay[1] as string];
  if (monthDay && md) return ymd(Number(monthDay[3]), md, Number(monthDay[2]));
  return undefined;
}

/** The date a URL path carries (/2024/06/13/, /2024-06-13-, /2024/06/ → the first of the month). */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = URL_DATE.exec(path);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3] ?? 1)) : undefined;
}

/** Whether a normalised date is plausible: not before 1995, not more than a day after the reference date. */
export function isPlausible(date: string, reference: string | undefined): boolean {
  const time = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(time) || time < EARLIEST) return false;
  if (reference === undefined) return true;
  const ref = Date.parse(reference);
  return Number.isNaN(ref) || time <= ref + DAY;
}

/** The first candidate that normalises to a plausible date. */
export function firstPlausible(
  candidates: Iterable<string | undefined>,
  reference: string | undefined,
): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const date = normaliseDate(candidate);
    if (date && isPlausible(date, reference)) return date;
  }
  return undefined;
}
