import { InvalidArgumentError, Option } from 'commander';

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
  limit: { flags: '--limit <n>', description: 'show at most n rows (default 100)', parse: positiveInt },
  offset: { flags: '--offset <n>', description: 'skip the first n rows', parse: nonNegativeInt },
  format: {
    flags: '--format <kind>',
    description: 'read stdin or unknown files as this kind',
    choices: ['text', 'html', 'json', 'jsonl'],
  },
  maxSize: {
    flags: '--max-size <mb>',
    description: 'largest single document file to read, in MB (default 20; JSONL is streamed)',
    parse: positiveNumber,
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
