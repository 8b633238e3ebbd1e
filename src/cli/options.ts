import { InvalidArgumentError, Option } from 'commander';
import { languageCode } from '../languages/code.js';

/** Options shared by commands, declared once: the parser, --help and the docs read this table. */
export const OPTIONS = {
  db: {
    flags: '--db <file>',
    description: 'SQLite database file (env PARALLAX_DB; default ./parallax.db)',
  },
  json: { flags: '--json', description: 'print machine-readable JSON on stdout' },
  quiet: { flags: '-q, --quiet', description: 'print no progress or notes, only results and errors' },
  lang: { flags: '--lang <code>', description: 'only articles in this language (ISO 639-1, e.g. de)' },
  entityType: {
    flags: '--type <type>',
    description: 'only entities of this type',
    choices: ['person', 'organization', 'place'],
  },
  article: { flags: '--article <id>', description: 'only entities mentioned in this article' },
  story: { flags: '--story <id>', description: 'only entities mentioned in the articles of this story' },
  limit: { flags: '--limit <n>', description: 'show at most n rows (default 100)', parse: positiveInt },
  offset: { flags: '--offset <n>', description: 'skip the first n rows', parse: nonNegativeInt },
  format: {
    flags: '--format <kind>',
    description: 'read stdin or unknown files as this kind',
    choices: ['text', 'html', 'json', 'jsonl', 'feed', 'warc'],
  },
  maxSize: {
    flags: '--max-size <mb>',
    description: 'largest single document file to read, in MB (default 20; JSONL is streamed)',
    parse: positiveNumber,
  },
  embedder: {
    flags: '--embedder <folder>',
    description:
      'a sentence-embedding model folder for transformers.js (config.json, tokenizer.json, onnx/model.onnx): ' +
      'its similarity adds to the entity, number and date evidence of stories; never downloads (env PARALLAX_EMBEDDER)',
  },
  storyLang: {
    flags: '--lang <code>',
    description:
      'only stories with an article in this language, titled in it where a source offers a title (ISO 639-1, e.g. de)',
  },
  reportLang: {
    flags: '--lang <code>',
    parse: languageTag,
    description:
      'summarise in this language where a source writes in it (ISO 639-1, e.g. de); other claims stay in their own words',
  },
  since: {
    flags: '--since <date>',
    description:
      'only stories seen on or after this date or time (YYYY-MM-DD, or ISO 8601 such as 2024-06-13T08:00Z)',
    parse: isoDateOrTime,
  },
  exportFormat: {
    flags: '--format <kind>',
    description: 'output format: jsonl, one JSON object per article and line (default jsonl)',
    choices: ['jsonl'],
  },
  out: { flags: '--out <file>', description: 'write to this file instead of stdout' },
  pageUrl: {
    flags: '--url <url>',
    description:
      'the address the page was fetched from: fallback canonical URL, and a date source (/2024/06/13/)',
  },
  interval: {
    flags: '--interval <seconds>',
    description: 'seconds between polls of a feed (default 900); failing feeds back off exponentially',
    parse: positiveNumber,
  },
  once: { flags: '--once', description: 'poll each feed once, ingest what is new, and exit' },
  timeout: {
    flags: '--timeout <seconds>',
    description: 'give up on a request that has not answered completely after this many seconds (default 20)',
    parse: positiveNumber,
  },
  hostDelay: {
    flags: '--delay <seconds>',
    description: 'minimum seconds between two requests to one host (default 1; robots.txt may ask for more)',
    parse: nonNegativeNumber,
  },
  staleAfter: {
    flags: '--stale-after <hours>',
    description: 'a feed that showed no new item for this long is stale (default 48)',
    parse: positiveNumber,
  },
  labels: {
    flags: '--labels <file>',
    description: 'gold labels: JSONL, one {"id": …, "story": …} object per line (other fields are ignored)',
  },
} as const;

export type OptionName = keyof typeof OPTIONS;

export function option(name: OptionName): Option {
  const def: {
    flags: string;
    description: string;
    parse?: (v: string) => unknown;
    choices?: readonly string[];
  } = OPTIONS[name];
  const opt = new Option(def.flags, def.description);
  if (def.parse) opt.argParser(def.parse);
  if (def.choices) opt.choices(def.choices);
  return opt;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0');
  return n;
}

function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number, 0 or more');
  return n;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date stays as given (it compares with stored dates and times alike); a time becomes UTC, assumed UTC without a zone. */
/** A language tag as Parallax keys languages ("DE", "de-AT" → "de"); unknown tags are usage errors. */
function languageTag(value: string): string {
  const code = languageCode(value);
  if (code === 'und') throw new InvalidArgumentError('expected a language code such as de or en');
  return code;
}

function isoDateOrTime(value: string): string {
  if (ISO_DATE.test(value) && isCalendarDate(value)) return value;
  const time = ISO_TIME.exec(value);
  if (time?.[1] && isCalendarDate(time[1])) {
    const ms = Date.parse(time[4] ? value : `${value}Z`);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  throw new InvalidArgumentError(
    'expected a date (YYYY-MM-DD) or an ISO time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])',
  );
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
