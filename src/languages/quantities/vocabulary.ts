/** Units a duration is counted in; decades and centuries are normalised to years by the extractor. */
export type DurationUnit =
  | 'year'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'decade'
  | 'century';

/**
 * What one language says about numbers and quantities. Pure data: the shared extractor in
 * core/analyze/quantities reads it and never branches on a language code.
 * Word keys are matched case-insensitively; spaces and hyphens in a key match either, and an
 * apostrophe matches every apostrophe sign (' ’ ʼ).
 */
export interface QuantityVocabulary {
  /** BCP 47 locale whose Intl.NumberFormat separators digits are read with ("de" reads 1.500,5). */
  locale: string;
  /** Cardinal number words and phrases → value ("fifteen", "vingt et un", "пяти", "Dutzend"). */
  numbers: Readonly<Record<string, number>>;
  /** Words for "a"/"one" that only count before a scale word ("a million", "eine Milliarde"). */
  articles: readonly string[];
  /** Words joining two number words into a sum ("one hundred and five"). */
  numberJoiners: readonly string[];
  /** Multiplier words and abbreviations → factor ("billion", "bn", "Mrd.", "млрд", "dozen"). */
  scales: Readonly<Record<string, number>>;
  /** Multipliers that also abbreviate units ("£6m" but "6m" metres): they scale money only. */
  moneyScales: Readonly<Record<string, number>>;
  /** Words between a scale word and what it multiplies ("millones de euros", "milliards d'euros"). */
  connectors: readonly string[];
  /** Currency symbols and codes, matched before or after the number → ISO 4217 ("£", "US$", "EUR"). */
  currencySymbols: Readonly<Record<string, string>>;
  /** Currency words, matched after the number → ISO 4217 ("pounds", "US-Dollar", "гривень"). */
  currencies: Readonly<Record<string, string>>;
  /** Percent words and signs ("%", "per cent", "Prozent", "відсотків"). */
  percent: readonly string[];
  /** Percentage point words ("percentage points", "Prozentpunkte", "п.п."). */
  percentagePoints: readonly string[];
  /** Duration unit words in every form used after a number ("Jahren", "лет", "decades"). */
  durations: Readonly<Record<string, DurationUnit>>;
  /** Singular decade words that mean ten years on their own ("over the next decade"). */
  decades: readonly string[];
  /** Compound duration adjectives: a number stem, then a unit stem ("zehn|jährig", "десяти|річн"). */
  compounds: {
    /** Number stems → value ("zehn", "десяти", "dziesięcio"); digits are always accepted. */
    stems: Readonly<Record<string, number>>;
    /** Unit stems; any letters may follow ("jährig" → "zehnjähriges"). */
    units: Readonly<Record<string, DurationUnit>>;
  };
  /** Whole-word duration adjectives → [value, unit] ("decennale" → [10, 'year']). */
  durationAdjectives: Readonly<Record<string, readonly [number, DurationUnit]>>;
  /** Letters written right after digits to make an ordinal ("st", "e", "º", "-й"); a sign ("°") only before a noun. */
  ordinalSuffixes: readonly string[];
  /** A dot after digits marks an ordinal when a noun follows ("31. Mitglied"). */
  ordinalDot: boolean;
  /**
   * With ordinalDot: words after which a number and a dot is an ordinal even before a capital
   * ("als 31. Mitglied", "zum 3. Mal"), not a sentence end ("stieg auf 31. Retter suchen …").
   */
  ordinalLeads: readonly string[];
  /** Month names and abbreviations in the forms used around a day number ("Juni", "июня", "janv"). */
  months: readonly string[];
  /** Words between a day number and its month ("13 de junio", "13th of June"). */
  dayMonthLinks: readonly string[];
  /** Words after a number that make it a time of day, which is no quantity ("Uhr", "o'clock"). */
  clockWords: readonly string[];
  /** Words joining the two ends of a range ("5 to 10 percent", "zwischen 5 und 10 Prozent"). */
  rangeWords: readonly string[];
  /** Function words that are never the counted noun after a number ("of", "der", "de"). */
  functionWords: readonly string[];
  /** Endings of words that follow numbers but are not nouns ("killed", "погибли"). */
  nonNounEndings: readonly string[];
  /** Nouns are capitalised, so only a capitalised word is a counted noun (German). */
  nounsCapitalized: boolean;
}

/** Writes a number as words, such as an n2words `toCardinal`. */
export type CardinalWriter = (value: number) => string;

/** Number words n..m written by a cardinal writer (such as an n2words toCardinal), keyed by word. */
export function cardinalWords(write: CardinalWriter, from: number, to: number): Record<string, number> {
  const words: Record<string, number> = {};
  for (let value = from; value <= to; value++) words[write(value).toLowerCase()] = value;
  return words;
}

/** Number words for the hundreds 100..900 written by a cardinal writer. */
export function hundredWords(write: CardinalWriter): Record<string, number> {
  const words: Record<string, number> = {};
  for (let value = 100; value <= 900; value += 100) words[write(value).toLowerCase()] = value;
  return words;
}

/** Maps every form to one value: `forms(year, 'Jahr', 'Jahre')`. */
export function forms<T>(value: T, ...words: string[]): Record<string, T> {
  return Object.fromEntries(words.map((word) => [word, value]));
}
